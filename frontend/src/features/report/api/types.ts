// The report API's shapes, written by hand from REPORT-API.md (issue 14) until openapi.yaml carries them;
// then these become aliases of the generated schemas, as features/obligation/api/types.ts does.
// Optional fields may come as null: read them with `??` / `!= null`.

export const WORK_REPORT_KINDS = ['SEMIANNUAL', 'ANNUAL', 'DUTY_REPORT'] as const;
export type WorkReportKind = (typeof WORK_REPORT_KINDS)[number];

export const WORK_REPORT_FORMS = ['WRITTEN', 'IN_PERSON'] as const;
export type WorkReportForm = (typeof WORK_REPORT_FORMS)[number];

export const WORK_REPORT_STATUSES = ['DRAFT', 'SIGNED_OFF', 'SUBMITTED', 'ACKNOWLEDGED', 'RETURNED'] as const;
export type WorkReportStatus = (typeof WORK_REPORT_STATUSES)[number];

/** A row of the status board also knows organizations that have not started. */
export type BoardStatus = WorkReportStatus | 'NOT_STARTED';

export interface ReportAttachment {
  id: number;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedAt?: string | null;
  uploadedByName?: string | null;
}

export interface ReportSource {
  reportId: number;
  organizationId: number;
  organizationName: string;
}

export interface WorkReport {
  id: number;
  version: number;
  organizationId: number;
  organizationName: string;
  recipientOrganizationId: number;
  recipientOrganizationName: string;
  copyOrganizationIds: number[];
  kind: WorkReportKind;
  period: string;
  title: string;
  form: WorkReportForm;
  /** The three sections, sanitized HTML: 工作开展情况, 存在问题, 下一步打算. */
  progress?: string | null;
  problems?: string | null;
  plans?: string | null;
  status: WorkReportStatus;
  dueOn?: string | null;
  late: boolean;
  createdAt: string;
  createdByName?: string | null;
  signedOffAt?: string | null;
  signedOffByName?: string | null;
  submittedAt?: string | null;
  acknowledgedAt?: string | null;
  acknowledgedByName?: string | null;
  returnedAt?: string | null;
  returnComment?: string | null;
  sources: ReportSource[];
  attachments: ReportAttachment[];
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  size: number;
}

export interface WorkReportListParams {
  organizationId?: number;
  recipientId?: number;
  period?: string;
  kind?: WorkReportKind;
  status?: WorkReportStatus;
  page?: number;
  size?: number;
}

export interface CreateWorkReport {
  organizationId: number;
  recipientOrganizationId?: number;
  copyOrganizationIds?: number[];
  kind: WorkReportKind;
  period: string;
  title?: string;
  form: WorkReportForm;
  progress?: string;
  problems?: string;
  plans?: string;
}

export interface UpdateWorkReport {
  version: number;
  title: string;
  form: WorkReportForm;
  progress: string;
  problems: string;
  plans: string;
  copyOrganizationIds: number[];
}

export interface CompileWorkReport {
  organizationId: number;
  kind: WorkReportKind;
  period: string;
}

export interface Versioned {
  version: number;
}

export interface StatusBoardParams {
  under: number;
  period: string;
  kind: WorkReportKind;
}

export interface StatusBoardRow {
  organizationId: number;
  organizationName: string;
  reportId: number | null;
  status: BoardStatus;
  late: boolean;
  submittedAt?: string | null;
}

export interface StatusBoard {
  period: string;
  kind: WorkReportKind;
  dueOn?: string | null;
  rows: StatusBoardRow[];
}

export interface MyWorkReports {
  toSignOff: WorkReport[];
  toAcknowledge: WorkReport[];
  returned: WorkReport[];
}

export const MAJOR_MATTER_CATEGORIES = [
  'HARMFUL_CONTENT',
  'ACCOUNT_HIJACKED',
  'INFORMATION_LEAK',
  'SERIOUS_INCIDENT',
  'OTHER',
] as const;
export type MajorMatterCategory = (typeof MAJOR_MATTER_CATEGORIES)[number];

export const MAJOR_MATTER_STATUSES = ['REPORTED', 'ACKNOWLEDGED', 'HANDLING', 'CLOSED'] as const;
export type MajorMatterStatus = (typeof MAJOR_MATTER_STATUSES)[number];

export interface MatterRecipient {
  organizationId: number;
  organizationName: string;
  forwardedAt?: string | null;
  forwardedByName?: string | null;
}

export interface FollowUp {
  id: number;
  organizationId: number;
  organizationName: string;
  authorName: string;
  text: string;
  createdAt: string;
  attachments: ReportAttachment[];
}

export interface MajorMatter {
  id: number;
  version: number;
  organizationId: number;
  organizationName: string;
  recipientOrganizationId: number;
  recipientOrganizationName: string;
  recipients: MatterRecipient[];
  category: MajorMatterCategory;
  title: string;
  description: string;
  occurredAt: string;
  learnedAt: string;
  actionsTaken?: string | null;
  publicationId?: number | null;
  channelId?: number | null;
  status: MajorMatterStatus;
  reportedAt: string;
  reportDeadline: string;
  late: boolean;
  ackDeadline: string;
  ackOverdue: boolean;
  acknowledgedAt?: string | null;
  acknowledgedByName?: string | null;
  conclusion?: string | null;
  closedAt?: string | null;
  followUps: FollowUp[];
}

export interface CreateMajorMatter {
  organizationId: number;
  recipientOrganizationId?: number;
  category: MajorMatterCategory;
  title: string;
  description: string;
  occurredAt: string;
  learnedAt: string;
  actionsTaken?: string;
  publicationId?: number;
  channelId?: number;
}

export interface MajorMatterListParams {
  organizationId?: number;
  status?: MajorMatterStatus;
  page?: number;
  size?: number;
}

export interface MatterLimits {
  organizationId: number;
  reportHours: number;
  ackHours: number;
  version: number;
}

export interface MyMajorMatters {
  toAcknowledge: MajorMatter[];
  open: MajorMatter[];
}
