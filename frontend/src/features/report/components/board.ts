import type { StatusBoardRow } from '../api/types';

export interface BoardSummary {
  total: number;
  /** Submitted or acknowledged (a late one counts here too). */
  submitted: number;
  late: number;
  /** Not started, draft, signed off but not sent, or returned. */
  missing: number;
}

/** The board's one-line summary: who has reported, who late, who not yet. */
export function summarize(rows: StatusBoardRow[]): BoardSummary {
  const submitted = rows.filter((row) => row.status === 'SUBMITTED' || row.status === 'ACKNOWLEDGED').length;
  return {
    total: rows.length,
    submitted,
    late: rows.filter((row) => row.late).length,
    missing: rows.length - submitted,
  };
}
