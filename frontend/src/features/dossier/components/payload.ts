import { PACKAGE_PARTS, type CreateInspectionPackage, type PackagePart } from '../api/types';

/** A quick choice of period: a half or the whole of a year. */
export interface PeriodChoice {
  /** `2026-H1`, `2026-H2` or `2026`. */
  key: string;
  year: number;
  half: 'H1' | 'H2' | null;
  from: string;
  to: string;
}

function choice(year: number, half: 'H1' | 'H2' | null): PeriodChoice {
  return {
    key: half ? `${year}-${half}` : String(year),
    year,
    half,
    from: `${year}-${half === 'H2' ? '07-01' : '01-01'}`,
    to: `${year}-${half === 'H1' ? '06-30' : '12-31'}`,
  };
}

/** 上半年, 下半年, 全年 of this year, then of last year (`today` is YYYY-MM-DD). */
export function periodChoices(today: string): PeriodChoice[] {
  const year = Number(today.slice(0, 4));
  return [year, year - 1].flatMap((y) => [choice(y, 'H1'), choice(y, 'H2'), choice(y, null)]);
}

/** The choice a new form starts with: the last half-year that has ended (an inspection looks back). */
export function defaultPeriod(today: string): PeriodChoice {
  const year = Number(today.slice(0, 4));
  return today.slice(5) > '06-30' ? choice(year, 'H1') : choice(year - 1, 'H2');
}

/** The quick choice a period is, if it is one. */
export function choiceOf(from: string | undefined, to: string | undefined, today: string) {
  return periodChoices(today).find((option) => option.from === from && option.to === to);
}

export interface PackageFormValues {
  organizationId?: number;
  from?: string;
  to?: string;
  subtree: boolean;
  parts: PackagePart[];
}

/** The POST body: the parts in the package's order, each once. */
export function createPackageBody(values: PackageFormValues): CreateInspectionPackage {
  return {
    organizationId: values.organizationId!,
    from: values.from!,
    to: values.to!,
    subtree: values.subtree,
    parts: PACKAGE_PARTS.filter((part) => values.parts.includes(part)),
  };
}
