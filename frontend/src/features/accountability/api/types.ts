// The accountability API's shapes, written by hand from ACCOUNTABILITY-API.md (issue 16) until openapi.yaml
// carries them; then these become aliases of the generated schemas. Optional fields may come as null.

export const SITUATIONS = [
  'HARMFUL_ORIENTATION',
  'UNREVIEWED_PUBLICATION',
  'MAJOR_MATTER_CONCEALED',
  'RECTIFICATION_FAILED',
  'OTHER',
] as const;
export type Situation = (typeof SITUATIONS)[number];

export const DECISION_KINDS = ['COLLECTIVE', 'INDIVIDUAL'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export const CASE_STATUSES = ['DRAFT', 'UNDER_REVIEW', 'DECIDED', 'FILED_UPWARD', 'CLOSED'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const LINK_KINDS = [
  'PUBLICATION',
  'MAJOR_MATTER',
  'FINDING',
  'RECTIFICATION',
  'OBLIGATION',
  'FULFILMENT',
] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** Heaviest first: 主要领导责任, 重要领导责任, 直接责任, 不承担. */
export const RESPONSIBILITIES = ['MAIN_LEADERSHIP', 'IMPORTANT_LEADERSHIP', 'DIRECT', 'NONE'] as const;
export type Responsibility = (typeof RESPONSIBILITIES)[number];

/** Lightest first: 提醒 … 纪律处分（移送）. */
export const OUTCOMES = [
  'REMINDER',
  'CRITICISM',
  'WRITTEN_SELF_EXAMINATION',
  'CIRCULATED_CRITICISM',
  'ORGANIZATIONAL_HANDLING',
  'DISCIPLINARY_REFERRAL',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export type LineSource = 'DUTY' | 'DUAL_DUTY' | 'DECISION' | 'REVIEW' | 'AUTHOR';

export interface CaseLink {
  kind: LinkKind;
  id: number;
  decisionIndex?: number | null;
  /** The server's name of the record; absent on what the form sends. */
  label?: string;
}

export interface ExemptingRecord {
  kind: 'DECISION_OBJECTION' | 'REVIEW_REJECTION';
  id: number;
  at: string;
  text: string;
}

export interface Line {
  id: number;
  personId: number;
  personName: string;
  responsibility: Responsibility;
  source: LineSource;
  role?: string | null;
  assignmentId?: number | null;
  assignmentBasis?: string | null;
  why: string;
  exempt: boolean;
  exemptingRecord?: ExemptingRecord | null;
  edited: boolean;
  editReason?: string | null;
  statement?: { text: string; at: string } | null;
  outcome?: Outcome | null;
}

export interface AccountabilityCase {
  id: number;
  version: number;
  filingOrganizationId: number;
  filingOrganizationName: string;
  subjectOrganizationId: number;
  subjectOrganizationName: string;
  title: string;
  incidentDate: string;
  situation: Situation;
  situationText?: string | null;
  description: string;
  decisionKind: DecisionKind;
  links: CaseLink[];
  status: CaseStatus;
  decidedAt?: string | null;
  decidedByName?: string | null;
  decisionBasis?: string | null;
  filedUpwardToId?: number | null;
  filedUpwardToName?: string | null;
  closedAt?: string | null;
  createdAt: string;
  createdByName?: string | null;
  lines: Line[];
  ownLineOnly: boolean;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  size: number;
}

export interface CaseListParams {
  filingOrganizationId?: number;
  subjectOrganizationId?: number;
  status?: CaseStatus;
  page?: number;
  size?: number;
}

export interface Versioned {
  version: number;
}

export interface FileCase {
  filingOrganizationId: number;
  subjectOrganizationId: number;
  title: string;
  incidentDate: string;
  situation: Situation;
  situationText?: string;
  description: string;
  decisionKind: DecisionKind;
  links: CaseLink[];
}

export interface EditLine extends Versioned {
  responsibility: Responsibility;
  exempt: boolean;
  reason: string;
}

export interface DecideLine {
  lineId: number;
  responsibility: Responsibility;
  outcome: Outcome | null;
}

export interface Decide extends Versioned {
  decisionKind: DecisionKind;
  decisionBasis: string;
  lines: DecideLine[];
}

export interface Filer {
  id: number;
  organizationId: number;
  organizationName: string;
  personId: number;
  personName: string;
  grantedAt: string;
  grantedByName?: string | null;
}

export interface MyLine {
  caseId: number;
  title: string;
  incidentDate: string;
  status: CaseStatus;
  subjectOrganizationName: string;
  line: Line;
}
