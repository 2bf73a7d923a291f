import { useEffect, useState } from 'react';

function matches(query: string): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia(query).matches
  );
}

/** Whether the window matches a CSS media query now; follows it as the window is resized or turned. */
export function useMediaQuery(query: string): boolean {
  const [matched, setMatched] = useState(() => matches(query));
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const media = window.matchMedia(query);
    const changed = () => setMatched(media.matches);
    changed();
    media.addEventListener?.('change', changed);
    return () => media.removeEventListener?.('change', changed);
  }, [query]);
  return matched;
}

/**
 * A phone held upright (narrower than antd's `md`, 768 px): the side menu becomes a drawer behind a button.
 * Asked explicitly (not antd's Grid), so where nothing answers (jsdom) the app is laid out for a desk.
 */
export function usePhone(): boolean {
  return useMediaQuery('(max-width: 767.98px)');
}
