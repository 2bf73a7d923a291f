import type { BoardStatus, MajorMatter, MajorMatterStatus, WorkReport, WorkReportKind } from '../api/types';

export const WORK_STATUS_COLORS: Record<BoardStatus, string> = {
  NOT_STARTED: 'default',
  DRAFT: 'blue',
  SIGNED_OFF: 'cyan',
  SUBMITTED: 'orange',
  ACKNOWLEDGED: 'green',
  RETURNED: 'red',
};

export const MATTER_STATUS_COLORS: Record<MajorMatterStatus, string> = {
  REPORTED: 'red',
  ACKNOWLEDGED: 'orange',
  HANDLING: 'blue',
  CLOSED: 'default',
};

/** Which side of a report the user writes on: its organization's, its recipient's, or both (admin). */
export interface Sides {
  author: boolean;
  recipient: boolean;
}

export interface WorkReportActions {
  save: boolean;
  signOff: boolean;
  submit: boolean;
  acknowledge: boolean;
  returnReport: boolean;
  attach: boolean;
}

/**
 * The buttons a report offers, by status and side (the server still decides; sign-off also needs
 * the organization's 第一责任人 of the day, which only the server knows). A signed-off report may
 * still be edited: saving puts it back to DRAFT. A returned one is edited and sent again.
 */
export function workReportActions(report: Pick<WorkReport, 'status'>, sides: Sides): WorkReportActions {
  const { status } = report;
  const editable = status === 'DRAFT' || status === 'RETURNED' || status === 'SIGNED_OFF';
  return {
    save: sides.author && editable,
    signOff: sides.author && (status === 'DRAFT' || status === 'RETURNED'),
    submit: sides.author && status === 'SIGNED_OFF',
    acknowledge: sides.recipient && status === 'SUBMITTED',
    returnReport: sides.recipient && status === 'SUBMITTED',
    attach: sides.author && (status === 'DRAFT' || status === 'RETURNED'),
  };
}

export interface MajorMatterActions {
  acknowledge: boolean;
  followUp: boolean;
  close: boolean;
  forward: boolean;
}

/** The current recipient acknowledges, closes and forwards; either side follows up once acknowledged. */
export function majorMatterActions(matter: Pick<MajorMatter, 'status'>, sides: Sides): MajorMatterActions {
  const { status } = matter;
  const open = status !== 'CLOSED';
  const acknowledged = status === 'ACKNOWLEDGED' || status === 'HANDLING';
  return {
    acknowledge: sides.recipient && status === 'REPORTED',
    followUp: (sides.author || sides.recipient) && acknowledged,
    close: sides.recipient && acknowledged,
    forward: sides.recipient && open,
  };
}

/** The report kinds' periods: a half-year (2026-H1) for 专题汇报, a year (2026) otherwise. */
export function periodsOf(kind: WorkReportKind, year: number): string[] {
  return kind === 'SEMIANNUAL' ? [`${year}-H1`, `${year}-H2`] : [String(year)];
}

/** The period a report written on `today` (YYYY-MM-DD) is usually about: this half, or this year. */
export function currentPeriod(kind: WorkReportKind, today: string): string {
  const year = today.slice(0, 4);
  if (kind !== 'SEMIANNUAL') return year;
  return Number(today.slice(5, 7)) <= 6 ? `${year}-H1` : `${year}-H2`;
}

/** True when the period is written the way the server expects for the kind. */
export function periodFits(kind: WorkReportKind, period: string | null | undefined): boolean {
  return kind === 'SEMIANNUAL' ? /^\d{4}-H[12]$/.test(period ?? '') : /^\d{4}$/.test(period ?? '');
}
