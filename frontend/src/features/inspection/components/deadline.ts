import type { Escalation, EscalationLevel, Rectification } from '../api/types';

const DAY = 86_400_000;

/** Whole days between two days (YYYY-MM-DD): positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/**
 * The day a rectification is due next: the server's `dueOn` when it sends one, else its deadline, or for
 * 长期坚持 the first check date not yet past.
 */
export function nextDue(
  r: Pick<Rectification, 'deadline' | 'longTerm' | 'checkDates'> & { dueOn?: string | null },
  today: string,
) {
  if (r.dueOn) return r.dueOn;
  if (!r.longTerm) return r.deadline ?? undefined;
  const sorted = [...r.checkDates].sort();
  return sorted.find((day) => day >= today) ?? sorted[sorted.length - 1];
}

export interface DaysLeft {
  overdue: boolean;
  /** Days to the due day (0 on the day), or days past it when overdue. */
  days: number;
}

/** Due on a day: due through that day, overdue from the next. */
export function daysLeft(due: string, today: string): DaysLeft {
  const diff = daysBetween(today, due);
  return diff < 0 ? { overdue: true, days: -diff } : { overdue: false, days: diff };
}

/** A finished rectification is not waiting on any deadline. */
export const isSettled = (status: Rectification['status']) =>
  status === 'VERIFIED' || status === 'MONITORING';

/** The escalation ladder: who has been told, by level (i18n keys). */
export const ESCALATION_AUDIENCES: Record<Exclude<EscalationLevel, 0>, string[]> = {
  1: ['inspection.escalation.owner', 'inspection.escalation.liaison'],
  2: [
    'inspection.escalation.owner',
    'inspection.escalation.liaison',
    'inspection.escalation.firstResponsible',
  ],
  3: [
    'inspection.escalation.owner',
    'inspection.escalation.liaison',
    'inspection.escalation.firstResponsible',
    'inspection.escalation.raising',
  ],
};

/** The contract's level as the ladder's step (0 to 3). */
export function ladderStep(level: number | null | undefined): EscalationLevel {
  if (!level || level < 1) return 0;
  return level >= 3 ? 3 : (Math.floor(level) as 1 | 2);
}

/** Everybody told so far, by name, each once, in the order they were told (the escalations come oldest first). */
export function namesTold(
  escalations: readonly Pick<Escalation, 'notifiedNames'>[] | null | undefined,
): string[] {
  return [...new Set((escalations ?? []).flatMap((escalation) => escalation.notifiedNames))];
}

/** The level the ladder should have reached after `daysOverdue` days: 1 on the day after, 2 after 7, 3 after 15. */
export function expectedLevel(daysOverdue: number): EscalationLevel {
  if (daysOverdue >= 15) return 3;
  if (daysOverdue >= 7) return 2;
  if (daysOverdue >= 1) return 1;
  return 0;
}
