// The obligation API's shapes, written from the API outline (wt/OBLIGATION-API.md) until the backend's
// openapi.yaml names them. Switching to the generated contract is this file only: each type becomes
// `Schemas['…']` (see features/integration/imports/api/types.ts) and obligation-api.ts uses `api` itself.
import type { DutyRole, OrganizationRef, OrgType } from '@/lib/api-types';

export type ObligationKind =
  'MEETING' | 'STUDY' | 'ANALYSIS' | 'REPORT' | 'BRIEFING' | 'INSPECTION' | 'PLEDGE' | 'TRAINING' | 'OTHER';
export type ObligationPeriod = 'MONTH' | 'QUARTER' | 'HALF' | 'YEAR';
export type ObligationStatus = 'UPCOMING' | 'DUE' | 'OVERDUE' | 'MET' | 'MET_LATE' | 'WAIVED' | 'MISSED';
export type DecisionPosition = 'AGREE' | 'OBJECT';

export interface PersonRef {
  id: number;
  name: string;
}

export interface ObligationRule {
  id: number;
  version: number;
  seriesId: number;
  issuer: OrganizationRef;
  issuerOrganizationId: number;
  title: string;
  kind: ObligationKind;
  period: ObligationPeriod;
  minCount: number;
  /** "06-30"; null: the last day of the period. */
  dueMonthDay?: string | null;
  appliesTo: OrgType[];
  includeIssuer: boolean;
  perHolderRole?: DutyRole | null;
  accountableRole: DutyRole;
  basis?: string | null;
  validFrom: string;
  validTo?: string | null;
  retired: boolean;
  retireReason?: string | null;
  /** The version that replaced this one from the next period on. */
  supersededById?: number | null;
  createdAt: string;
}

export interface SaveObligationRule {
  issuerOrganizationId: number;
  title: string;
  kind: ObligationKind;
  period: ObligationPeriod;
  minCount: number;
  dueMonthDay: string | null;
  appliesTo: OrgType[];
  includeIssuer: boolean;
  perHolderRole: DutyRole | null;
  accountableRole: DutyRole;
  basis?: string | null;
  validFrom: string;
  validTo: string | null;
}

export type UpdateObligationRule = SaveObligationRule & { version: number };

export interface VersionedReason {
  reason: string;
  version: number;
}

export interface Obligation {
  id: number;
  version: number;
  ruleId: number;
  title: string;
  kind: ObligationKind;
  organization: OrganizationRef;
  /** The period's key: 2026-07, 2026-Q3, 2026-H1, 2026. */
  period: string;
  periodStart: string;
  periodEnd: string;
  dueDate: string;
  holder?: PersonRef | null;
  minCount: number;
  metCount: number;
  status: ObligationStatus;
  responsible: PersonRef[];
  waivedReason?: string | null;
  fulfilmentIds: number[];
}

export interface FulfilmentSummary {
  id: number;
  title: string;
  kind: ObligationKind;
  happenedOn: string;
  late: boolean;
  attachmentCount: number;
}

export interface ObligationDetail extends Obligation {
  fulfilments: FulfilmentSummary[];
}

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  size: number;
}

export type ObligationPage = Paged<Obligation>;

export interface PositionInput {
  personId: number;
  position: DecisionPosition;
  text?: string | null;
}

export interface DecisionInput {
  text: string;
  positions: PositionInput[];
}

export interface SaveFulfilment {
  organizationId: number;
  happenedOn: string;
  title: string;
  kind: ObligationKind;
  participantIds: number[];
  guests?: string | null;
  summary?: string | null;
  decisions: DecisionInput[];
  obligationIds: number[];
}

/** A correction names no organization: the record stays where it is. */
export type CorrectFulfilment = Omit<SaveFulfilment, 'organizationId'> & VersionedReason;

export interface FulfilmentAttachment {
  id: number;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
}

export interface Position {
  person: PersonRef;
  position: DecisionPosition;
  text?: string | null;
}

export interface Decision {
  text: string;
  positions: Position[];
}

export interface Fulfilment {
  id: number;
  version: number;
  organization: OrganizationRef;
  happenedOn: string;
  title: string;
  kind: ObligationKind;
  participants: PersonRef[];
  guests?: string | null;
  summary?: string | null;
  decisions: Decision[];
  obligationIds: number[];
  late: boolean;
  recordedAt: string;
  recordedBy?: PersonRef | null;
  /** How many times it was corrected (the reasons are in the audit trail). */
  corrections: number;
  attachments: FulfilmentAttachment[];
}

export type FulfilmentPage = Paged<Fulfilment>;

/** Counts of one cell (ruleId: the rule's seriesId), a row's total or the subtree's totals. rate: (met + metLate + waived) / total; null when total = 0. */
export interface ComplianceCounts {
  met: number;
  metLate: number;
  upcoming: number;
  due: number;
  overdue: number;
  missed: number;
  waived: number;
  total: number;
  rate?: number | null;
}

export interface ComplianceCell extends ComplianceCounts {
  ruleId: number;
}

export interface ComplianceRow {
  organization: OrganizationRef;
  hasChildren: boolean;
  cells: ComplianceCell[];
  total: ComplianceCounts;
}

export interface Compliance {
  organization: OrganizationRef;
  period: string;
  /** id: the rule's seriesId (all its versions). */
  rules: { id: number; title: string; kind: ObligationKind }[];
  rows: ComplianceRow[];
  totals: ComplianceCounts;
}
