import type { TFunction } from 'i18next';
import type { ObligationPeriod } from '../api/types';

/** A period key taken apart: MONTH 2026-07 (index 7), QUARTER 2026-Q3 (3), HALF 2026-H1 (1), YEAR 2026 (1). */
export interface PeriodParts {
  period: ObligationPeriod;
  year: number;
  index: number;
}

export { RULE_PERIODS as PERIODS } from './kinds';

/** How many of each period a year has, and how many months each spans. */
const COUNT: Record<ObligationPeriod, number> = { MONTH: 12, QUARTER: 4, HALF: 2, YEAR: 1 };
const MONTHS: Record<ObligationPeriod, number> = { MONTH: 1, QUARTER: 3, HALF: 6, YEAR: 12 };

const pad = (value: number) => String(value).padStart(2, '0');

/** Reads a key strictly, as the server does; anything else is undefined. */
export function parsePeriodKey(key: string | null | undefined): PeriodParts | undefined {
  const match = /^(\d{4})(?:-(?:(\d{2})|Q([1-4])|H([12])))?$/.exec(key ?? '');
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] !== undefined) {
    const month = Number(match[2]);
    return month >= 1 && month <= 12 ? { period: 'MONTH', year, index: month } : undefined;
  }
  if (match[3] !== undefined) return { period: 'QUARTER', year, index: Number(match[3]) };
  if (match[4] !== undefined) return { period: 'HALF', year, index: Number(match[4]) };
  return { period: 'YEAR', year, index: 1 };
}

export function formatPeriodKey({ period, year, index }: PeriodParts): string {
  switch (period) {
    case 'MONTH':
      return `${year}-${pad(index)}`;
    case 'QUARTER':
      return `${year}-Q${index}`;
    case 'HALF':
      return `${year}-H${index}`;
    case 'YEAR':
      return String(year);
  }
}

/** The key of the period of that kind holding the day (YYYY-MM-DD). */
export function periodKeyOf(period: ObligationPeriod, day: string): string {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return formatPeriodKey({ period, year, index: Math.floor((month - 1) / MONTHS[period]) + 1 });
}

/** First and last day of the period (YYYY-MM-DD). */
export function periodRange(key: string): { start: string; end: string } | undefined {
  const parts = parsePeriodKey(key);
  if (!parts) return undefined;
  const firstMonth = (parts.index - 1) * MONTHS[parts.period] + 1;
  const lastMonth = firstMonth + MONTHS[parts.period] - 1;
  // day 0 of the next month is the last day of this one (leap years included)
  const lastDay = new Date(Date.UTC(parts.year, lastMonth, 0)).getUTCDate();
  return {
    start: `${parts.year}-${pad(firstMonth)}-01`,
    end: `${parts.year}-${pad(lastMonth)}-${pad(lastDay)}`,
  };
}

/** Every key of that kind in the year, in order. */
export function periodKeysOf(period: ObligationPeriod, year: number): string[] {
  return Array.from({ length: COUNT[period] }, (_, i) => formatPeriodKey({ period, year, index: i + 1 }));
}

/** The key `delta` periods later (earlier when negative), across years. */
export function shiftPeriod(key: string, delta: number): string | undefined {
  const parts = parsePeriodKey(key);
  if (!parts) return undefined;
  const count = COUNT[parts.period];
  const position = parts.year * count + (parts.index - 1) + delta;
  return formatPeriodKey({
    period: parts.period,
    year: Math.floor(position / count),
    index: (position % count) + 1,
  });
}

/** The period's name: 2026年第三季度 / Q3 2026. */
export function periodLabel(key: string, t: TFunction): string {
  const parts = parsePeriodKey(key);
  if (!parts) return key;
  // halves have names of their own (上半年 / 下半年), so each has its own text
  const name = parts.period === 'HALF' ? `HALF${parts.index}` : parts.period;
  return t(`obligation.periodLabel.${name}`, { year: parts.year, index: parts.index });
}
