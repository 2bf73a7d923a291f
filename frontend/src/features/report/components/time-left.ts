import type { TFunction } from 'i18next';
import type { MajorMatter } from '../api/types';

export interface TimeLeft {
  overdue: boolean;
  /** Whole minutes to the deadline, or since it when overdue. */
  minutes: number;
}

/** How long until `deadline` (an ISO instant) from `now` (milliseconds), or how long past it. */
export function timeLeft(deadline: string, now: number): TimeLeft {
  const diff = Date.parse(deadline) - now;
  return { overdue: diff < 0, minutes: Math.floor(Math.abs(diff) / 60_000) };
}

/** 2天3小时, 3小时20分, 15分 — the two largest units that are not zero. */
export function formatMinutes(minutes: number, t: TFunction): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) return t('report.time.daysHours', { days, hours });
  if (hours > 0) return t('report.time.hoursMinutes', { hours, minutes: rest });
  return t('report.time.minutes', { minutes: rest });
}

/** The deadline a matter waits on: the recipient's acknowledgement while it is only reported; none after. */
export function pendingDeadline(matter: Pick<MajorMatter, 'status' | 'ackDeadline'>): string | undefined {
  return matter.status === 'REPORTED' ? matter.ackDeadline : undefined;
}

/** When a matter learned at `learnedAt` must be reported, under a limit of `reportHours` (24 by default). */
export function reportDeadlineOf(learnedAt: number, reportHours = 24): number {
  return learnedAt + reportHours * 3_600_000;
}
