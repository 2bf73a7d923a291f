// The inspection API's shapes, written by hand from INSPECTION-API.md (issue 15) until openapi.yaml carries them;
// then these become aliases of the generated schemas, as features/obligation/api/types.ts does.
// Optional fields may come as null: read them with `??` / `!= null`.

export const SCORING_METHODS = [
  'DOCUMENT_CHECK',
  'INTERVIEW',
  'QUESTIONNAIRE',
  'DEMOCRATIC_EVALUATION',
  'SITE_VISIT',
] as const;
export type ScoringMethod = (typeof SCORING_METHODS)[number];

/** Best first: 优秀, 良好, 一般, 较差. */
export const GRADES = ['EXCELLENT', 'GOOD', 'FAIR', 'POOR'] as const;
export type Grade = (typeof GRADES)[number];

export interface TemplateItem {
  code: string;
  text: string;
  maxPoints: number;
  method: ScoringMethod;
  veto: boolean;
  obligationRuleId?: number | null;
}

export interface GradeBand {
  grade: Grade;
  minPoints: number;
}

export interface ScoringTemplate {
  id: number;
  version: number;
  organizationId: number;
  organizationName: string;
  name: string;
  revision: number;
  frozen: boolean;
  createdAt: string;
  items: TemplateItem[];
  grades: GradeBand[];
}

export interface TemplateListParams {
  organizationId?: number;
  page?: number;
  size?: number;
}

export interface CreateTemplate {
  organizationId: number;
  name: string;
  items: TemplateItem[];
  grades: GradeBand[];
}

export interface UpdateTemplate {
  version: number;
  name: string;
  items: TemplateItem[];
  grades: GradeBand[];
}

export const INSPECTION_KINDS = ['ANNUAL_ASSESSMENT', 'SPECIAL', 'RANDOM', 'CROSS', 'SELF'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

export const INSPECTION_STATUSES = ['PLANNED', 'IN_PROGRESS', 'SCORING', 'CONCLUDED'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

export interface Draw {
  candidateIds: number[];
  count: number;
  seed?: string | number | null;
}

export interface Inspection {
  id: number;
  version: number;
  organizationId: number;
  organizationName: string;
  kind: InspectionKind;
  title: string;
  period: string;
  templateId: number;
  templateName: string;
  startsOn: string;
  endsOn: string;
  status: InspectionStatus;
  concludedAt?: string | null;
  team: { personId: number; name: string }[];
  targets: { organizationId: number; organizationName: string }[];
  draw?: Draw | null;
}

export interface InspectionListParams {
  organizationId?: number;
  status?: InspectionStatus;
  period?: string;
  page?: number;
  size?: number;
}

export interface CreateInspection {
  organizationId: number;
  kind: InspectionKind;
  title: string;
  period: string;
  templateId: number;
  startsOn: string;
  endsOn: string;
  teamPersonIds: number[];
  targetIds?: number[];
  draw?: Draw;
}

export interface UpdateInspection {
  version: number;
  title: string;
  startsOn: string;
  endsOn: string;
  teamPersonIds: number[];
  targetIds: number[];
}

/** What `GET /inspections/draw` answers: the drawn ids (the seed when the server picked one). */
export interface DrawResult {
  ids?: number[];
  targetIds?: number[];
  seed?: string | number | null;
}

export interface ScoreItem {
  code: string;
  text: string;
  maxPoints: number;
  veto: boolean;
  points: number | null;
  passed: boolean | null;
  note?: string | null;
}

export interface TargetScores {
  organizationId: number;
  /** Not in INSPECTION-API.md: the version a PUT must carry, when the server gives one. */
  version?: number;
  items: ScoreItem[];
  total: number | null;
  grade: Grade | null;
}

export interface SaveScores {
  version: number;
  items: { code: string; points: number; passed?: boolean; note?: string }[];
}

export interface TargetRecord {
  obligations: { due: number; fulfilled: number; overdue: number; waived: number };
  obligationsByRule: { ruleId: number; ruleName: string; due: number; fulfilled: number; overdue: number }[];
  workReports: { id: number; kind: string; period: string; status: string; late: boolean }[];
  vacancies: { role: string; since: string }[];
  reviews: { published: number; rejected: number; retracted: number };
}

export interface ResultRow {
  organizationId: number;
  organizationName: string;
  total: number | null;
  grade: Grade | null;
  rank: number | null;
  vetoFailed: boolean;
}

export interface Results {
  rows: ResultRow[];
}

export const FINDING_SOURCES = ['INSPECTION', 'SELF_CHECK', 'DIRECT'] as const;
export type FindingSource = (typeof FINDING_SOURCES)[number];

export const SEVERITIES = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  id: number;
  version: number;
  targetOrganizationId: number;
  targetOrganizationName: string;
  raisingOrganizationId: number;
  raisingOrganizationName: string;
  source: FindingSource;
  inspectionId?: number | null;
  itemCode?: string | null;
  description: string;
  severity: Severity;
  createdAt: string;
  rectificationId?: number | null;
}

export interface FindingListParams {
  /** Not in INSPECTION-API.md ("GET /findings?…"): the filters the list sends, assumed. */
  under?: number;
  source?: FindingSource;
  page?: number;
  size?: number;
}

export interface CreateFinding {
  targetOrganizationId: number;
  raisingOrganizationId: number;
  source: FindingSource;
  inspectionId?: number;
  itemCode?: string;
  description: string;
  severity: Severity;
}

export const RECTIFICATION_STATUSES = [
  'OPEN',
  'IN_PROGRESS',
  'SUBMITTED',
  'VERIFIED',
  'REJECTED',
  'MONITORING',
] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];

/** 0 none yet; 1 owner and 联络员; 2 the target's 第一责任人; 3 the raising organization. */
export type EscalationLevel = 0 | 1 | 2 | 3;

export interface Attachment {
  id: number;
  fileName: string;
  size: number;
  sha256: string;
}

export interface Progress {
  id: number;
  text: string;
  createdAt: string;
  authorName: string;
  attachments: Attachment[];
}

export const EXTENSION_STATUSES = ['PENDING', 'APPROVED', 'REFUSED'] as const;
export type ExtensionStatus = (typeof EXTENSION_STATUSES)[number];

export interface Extension {
  id: number;
  requestedDeadline: string;
  reason: string;
  status: ExtensionStatus;
  decidedByName?: string | null;
}

export interface Rectification {
  id: number;
  version: number;
  findingId: number;
  finding: Finding;
  measures: string;
  responsibleRole: string;
  responsiblePersonId?: number | null;
  responsiblePersonName?: string | null;
  deadline?: string | null;
  longTerm: boolean;
  checkDates: string[];
  status: RectificationStatus;
  overdue: boolean;
  escalationLevel: EscalationLevel;
  progress: Progress[];
  extensions: Extension[];
  submittedAt?: string | null;
  submittedByName?: string | null;
  verifiedAt?: string | null;
  verifiedByName?: string | null;
  rejectComment?: string | null;
}

export interface CreateRectification {
  findingId: number;
  measures: string;
  responsibleRole: string;
  deadline?: string;
  longTerm?: boolean;
  checkDates?: string[];
}

export interface LedgerParams {
  under?: number;
  status?: RectificationStatus;
  overdue?: boolean;
  source?: FindingSource;
  page?: number;
  size?: number;
}

export interface MyRectifications {
  owned: Rectification[];
  toVerify: Rectification[];
}

export interface Versioned {
  version: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  size: number;
}
