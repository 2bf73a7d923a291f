import { createContext, useContext } from 'react';

/**
 * How far from the top of the window the app's sticky header ends: tables stick their heads just below it
 * (`<Table sticky={{ offsetHeader }}>`). 0 where the header does not stick (a phone, a print page, a test).
 */
export const StickyOffsetContext = createContext(0);

export function useStickyOffset(): number {
  return useContext(StickyOffsetContext);
}
