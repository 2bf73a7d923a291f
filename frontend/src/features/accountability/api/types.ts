// The accountability API's shapes, from the generated contract (../openapi.yaml). The contract declares
// optional fields that the service sends as null: read them with `??` / `!= null`.
import type { components } from '@/lib/api-schema';
import { valuesOf } from '@/lib/api-types';

type Schemas = components['schemas'];

export type Situation = Schemas['AccountabilitySituation'];
export const SITUATIONS = valuesOf<Situation>({
  HARMFUL_ORIENTATION: true,
  UNREVIEWED_PUBLICATION: true,
  MAJOR_MATTER_CONCEALED: true,
  RECTIFICATION_FAILED: true,
  OTHER: true,
});

export type DecisionKind = Schemas['AccountabilityDecisionKind'];
export const DECISION_KINDS = valuesOf<DecisionKind>({ COLLECTIVE: true, INDIVIDUAL: true });

export type CaseStatus = Schemas['AccountabilityCaseStatus'];
export const CASE_STATUSES = valuesOf<CaseStatus>({
  DRAFT: true,
  UNDER_REVIEW: true,
  DECIDED: true,
  FILED_UPWARD: true,
  CLOSED: true,
});

export type LinkKind = Schemas['AccountabilityLinkKind'];
export const LINK_KINDS = valuesOf<LinkKind>({
  PUBLICATION: true,
  MAJOR_MATTER: true,
  FINDING: true,
  RECTIFICATION: true,
  OBLIGATION: true,
  FULFILMENT: true,
});

/** Heaviest first: 主要领导责任, 重要领导责任, 直接责任, 不承担. */
export type Responsibility = Schemas['AccountabilityResponsibility'];
export const RESPONSIBILITIES = valuesOf<Responsibility>({
  MAIN_LEADERSHIP: true,
  IMPORTANT_LEADERSHIP: true,
  DIRECT: true,
  NONE: true,
});

/** Lightest first: 提醒 … 纪律处分（移送）. */
export type Outcome = Schemas['AccountabilityOutcome'];
export const OUTCOMES = valuesOf<Outcome>({
  REMINDER: true,
  CRITICISM: true,
  WRITTEN_SELF_EXAMINATION: true,
  CIRCULATED_CRITICISM: true,
  ORGANIZATIONAL_HANDLING: true,
  DISCIPLINARY_REFERRAL: true,
});

export type LineSource = Schemas['AccountabilityLineSource'];

/** A linked record as the server names it, or as a form sends it (without `label`). */
export type CaseLink = Schemas['AccountabilityLinkBody'] & { label?: string };
export type ExemptingRecord = Schemas['AccountabilityExemptingRecord'];
export type Line = Schemas['AccountabilityLine'];
export type AccountabilityCase = Schemas['AccountabilityCase'];
export type CasePage = Schemas['AccountabilityCasePage'];

export interface CaseListParams {
  filingOrganizationId?: number;
  subjectOrganizationId?: number;
  status?: CaseStatus;
  page?: number;
  size?: number;
}

/** A step that takes only the version the user saw (submit, file upward, close, recompute). */
export type Versioned = Schemas['VersionedAction'];
export type FileCase = Schemas['AccountabilityCaseBody'];
export type EditCase = Schemas['AccountabilityCaseEditBody'];
export type EditLine = Schemas['AccountabilityLineEditBody'];
export type DecideLine = Schemas['AccountabilityDecidedLine'];
export type Decide = Schemas['AccountabilityDecideBody'];
export type Filer = Schemas['AccountabilityFiler'];
export type MyLine = Schemas['MyAccountabilityLine'];
