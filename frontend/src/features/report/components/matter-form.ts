import type { Dayjs } from 'dayjs';

/** Why the two times of a matter do not fit (i18n keys), or undefined: not in the future, learned after it happened. */
export function matterTimesProblem(
  occurredAt: Dayjs | null | undefined,
  learnedAt: Dayjs | null | undefined,
  now: number,
): { field: 'occurredAt' | 'learnedAt'; key: string } | undefined {
  if (occurredAt && occurredAt.valueOf() > now)
    return { field: 'occurredAt', key: 'report.matter.form.future' };
  if (learnedAt && learnedAt.valueOf() > now) return { field: 'learnedAt', key: 'report.matter.form.future' };
  if (occurredAt && learnedAt && learnedAt.isBefore(occurredAt, 'minute')) {
    return { field: 'learnedAt', key: 'report.matter.form.learnedBeforeOccurred' };
  }
  return undefined;
}
