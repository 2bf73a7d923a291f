import type { TFunction } from 'i18next';

const QUARTERS = ['一', '二', '三', '四'];

/** 2026 → 2026年度, 2026-H1 → 2026年上半年, 2026-Q3 → 2026年第三季度, 2026-07 → 2026年7月. */
export function periodLabel(period: string, t: TFunction): string {
  const [, year, rest] = /^(\d{4})(?:-(.+))?$/.exec(period) ?? [];
  if (!year) return period;
  if (!rest) return t('inspection.period.year', { year });
  if (/^H[12]$/.test(rest)) return t(`inspection.period.${rest}`, { year });
  if (/^Q[1-4]$/.test(rest)) {
    const n = Number(rest.slice(1));
    return t('inspection.period.quarter', {
      year,
      quarter: t('inspection.period.quarterName', { n, cn: QUARTERS[n - 1] }),
    });
  }
  if (/^(0[1-9]|1[0-2])$/.test(rest)) return t('inspection.period.month', { year, month: Number(rest) });
  return period;
}

/** The periods a plan offers: the year, its halves and quarters, this year and the last. */
export function periodOptions(today: string, t: TFunction, years = 2) {
  const year = Number(today.slice(0, 4));
  return Array.from({ length: years }, (_, i) => year - i).flatMap((y) =>
    [String(y), `${y}-H1`, `${y}-H2`, `${y}-Q1`, `${y}-Q2`, `${y}-Q3`, `${y}-Q4`].map((value) => ({
      value,
      label: periodLabel(value, t),
    })),
  );
}
