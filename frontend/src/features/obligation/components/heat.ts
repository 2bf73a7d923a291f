import type { ComplianceCounts } from '../api/types';

/** How a heatmap cell looks: its background, text colour and a level name for tests and legends. */
export interface Heat {
  level: 'none' | 'good' | 'fair' | 'poor' | 'bad';
  background: string;
  color: string;
}

const NONE: Heat = { level: 'none', background: '#fafafa', color: 'rgba(0,0,0,0.45)' };
const LEVELS: Heat[] = [
  { level: 'good', background: '#b7eb8f', color: 'rgba(0,0,0,0.88)' },
  { level: 'fair', background: '#fff1b8', color: 'rgba(0,0,0,0.88)' },
  { level: 'poor', background: '#ffd591', color: 'rgba(0,0,0,0.88)' },
  { level: 'bad', background: '#ff7875', color: '#fff' },
];

/**
 * Colour by rate: everything met (or waived) is green, from 80 % yellow, from 50 % orange, below red.
 * Nothing owed (rate null) is grey. An overdue or missed instance keeps a cell out of green even when
 * the rate rounds to 1, so a problem never hides.
 */
export function heatOf(
  counts: Pick<ComplianceCounts, 'overdue' | 'missed'> & { rate?: number | null },
): Heat {
  const rate = counts.rate;
  if (rate === null || rate === undefined) return NONE;
  const problem = counts.overdue + counts.missed > 0;
  if (rate >= 1 && !problem) return LEVELS[0];
  if (rate >= 0.8) return LEVELS[1];
  if (rate >= 0.5) return LEVELS[2];
  return LEVELS[3];
}

/** The rate as a whole percentage, or "—" when nothing was owed. */
export function formatRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${Math.round(rate * 100)}%`;
}

/** A row or cell that needs attention: something overdue, due or missed. */
export function hasProblem(counts: Pick<ComplianceCounts, 'overdue' | 'missed' | 'due'>): boolean {
  return counts.overdue + counts.missed + counts.due > 0;
}

/** The share done: (met + met late + waived) / total, as the server computes it; null when nothing is owed. */
export function rateOf(counts: Omit<ComplianceCounts, 'rate'>): number | null {
  return counts.total > 0 ? (counts.met + counts.metLate + counts.waived) / counts.total : null;
}

const ZERO = { met: 0, metLate: 0, upcoming: 0, due: 0, overdue: 0, missed: 0, waived: 0, total: 0 };

/** Several cells added up (a rule's column over the children), with their rate (absent when nothing is owed). */
export function sumCounts(list: Omit<ComplianceCounts, 'rate'>[]): ComplianceCounts {
  const sum = { ...ZERO };
  for (const counts of list) {
    for (const key of Object.keys(ZERO) as (keyof typeof ZERO)[]) sum[key] += counts[key];
  }
  return { ...sum, rate: rateOf(sum) ?? undefined };
}
