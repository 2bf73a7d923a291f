import type { TFunction } from 'i18next';
import { periodLabel } from './labels';

/** The periods a filter offers: each year's halves and the year itself, newest first. */
export function periodOptions(today: string, t: TFunction, years = 4) {
  const year = Number(today.slice(0, 4));
  return Array.from({ length: years }, (_, i) => year - i).flatMap((y) =>
    [`${y}-H2`, `${y}-H1`, String(y)].map((value) => ({ value, label: periodLabel(value, t) })),
  );
}
