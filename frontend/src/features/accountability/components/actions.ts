import type { Access } from '@/features/me';
import type { AccountabilityCase, CaseStatus, Line } from '../api/types';

/**
 * Who is looking at a case: a named person (the server sent only their own line), a reader (an auditor, who
 * changes nothing), or a filer (the filing organization's authorised people or above, or an admin; the server
 * still decides each write).
 */
export type Side = 'filer' | 'named' | 'reader';

export function sideOf(c: Pick<AccountabilityCase, 'ownLineOnly'>, access: Access): Side {
  if (c.ownLineOnly) return 'named';
  if (access.isAuditor && !access.isAdmin) return 'reader';
  return 'filer';
}

export interface CaseActions {
  submit: boolean;
  /** Change the draft's facts and links (the proposal follows). */
  editFacts: boolean;
  /** Derive the proposal again from the ledger (a correction of an assignment since filing). */
  recompute: boolean;
  decide: boolean;
  fileUpward: boolean;
  close: boolean;
  /** Change a proposed line (with a reason) before the decision. */
  editLines: boolean;
  print: boolean;
}

const BEFORE_DECISION: CaseStatus[] = ['DRAFT', 'UNDER_REVIEW'];
const DECIDED: CaseStatus[] = ['DECIDED', 'FILED_UPWARD', 'CLOSED'];

/** The buttons a case offers, by its status and the side of the viewer. */
export function caseActions(status: CaseStatus, side: Side): CaseActions {
  const filer = side === 'filer';
  return {
    submit: filer && status === 'DRAFT',
    editFacts: filer && status === 'DRAFT',
    recompute: filer && status === 'DRAFT',
    decide: filer && status === 'UNDER_REVIEW',
    fileUpward: filer && status === 'DECIDED',
    close: filer && (status === 'DECIDED' || status === 'FILED_UPWARD'),
    editLines: filer && BEFORE_DECISION.includes(status),
    print: side !== 'named' && DECIDED.includes(status),
  };
}

/** A named person adds (or replaces) their 申辩 on their own line, until the case is decided. */
export function canAddStatement(status: CaseStatus, line: Line, personId: number | undefined): boolean {
  return personId !== undefined && line.personId === personId && BEFORE_DECISION.includes(status);
}
