import type { TFunction } from 'i18next';

/** 2026-H2 → 2026年下半年, 2026 → 2026年度; anything else as it is. */
export function periodLabel(period: string, t: TFunction): string {
  const half = /^(\d{4})-(H[12])$/.exec(period);
  if (half) return t('report.period.half', { year: half[1], half: t(`report.period.${half[2]}`) });
  if (/^\d{4}$/.test(period)) return t('report.period.year', { year: period });
  return period;
}
