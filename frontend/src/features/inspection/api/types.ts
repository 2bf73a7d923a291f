// The inspection API's shapes, named from the contract's schemas as lib/api-types.ts names the shared ones (and
// read as it says: optional fields come as null). A write that takes only the version uses its VersionedAction.
import { valuesOf, type Schemas } from '@/lib/api-types';

export type ScoringMethod = Schemas['ScoringMethod'];
export const SCORING_METHODS = valuesOf<ScoringMethod>({
  DOCUMENT_CHECK: true,
  INTERVIEW: true,
  QUESTIONNAIRE: true,
  DEMOCRATIC_EVALUATION: true,
  SITE_VISIT: true,
});

/** Best first: 优秀, 良好, 一般, 较差. */
export type Grade = Schemas['InspectionGrade'];
export const GRADES = valuesOf<Grade>({ EXCELLENT: true, GOOD: true, FAIR: true, POOR: true });

export type ScoringTemplate = Schemas['ScoringTemplate'];
export type ScoringTemplatePage = Schemas['ScoringTemplatePage'];
export type TemplateItem = Schemas['ScoringTemplateItem'];
export type GradeBand = Schemas['ScoringTemplateGrade'];
export type CreateTemplate = Schemas['ScoringTemplateCreateBody'];
export type UpdateTemplate = Schemas['ScoringTemplateUpdateBody'];

export type InspectionKind = Schemas['InspectionKind'];
export const INSPECTION_KINDS = valuesOf<InspectionKind>({
  ANNUAL_ASSESSMENT: true,
  SPECIAL: true,
  RANDOM: true,
  CROSS: true,
  SELF: true,
});

export type InspectionStatus = Schemas['InspectionStatus'];
export const INSPECTION_STATUSES = valuesOf<InspectionStatus>({
  PLANNED: true,
  IN_PROGRESS: true,
  SCORING: true,
  CONCLUDED: true,
});

export type Inspection = Schemas['Inspection'];
export type InspectionPage = Schemas['InspectionPage'];
export type CreateInspection = Schemas['InspectionCreateBody'];
export type UpdateInspection = Schemas['InspectionUpdateBody'];
/** A draw re-run (GET /inspections/draw): the candidates, count and seed, and the ids drawn in draw order. */
export type DrawResult = Schemas['InspectionDrawResult'];

/** One target's score sheet; its own `version` goes back with PUT …/scores. */
export type ScoreSheet = Schemas['InspectionScoreSheet'];
export type ScoreLine = Schemas['InspectionScoreLine'];
export type SaveScores = Schemas['InspectionScoresBody'];
export type TargetRecord = Schemas['InspectionTargetRecord'];
export type Results = Schemas['InspectionResults'];
export type ResultRow = Schemas['InspectionResultRow'];

export type FindingSource = Schemas['FindingSource'];
export const FINDING_SOURCES = valuesOf<FindingSource>({ INSPECTION: true, SELF_CHECK: true, DIRECT: true });

export type Severity = Schemas['FindingSeverity'];
export const SEVERITIES = valuesOf<Severity>({ LOW: true, MEDIUM: true, HIGH: true });

export type Finding = Schemas['Finding'];
export type FindingPage = Schemas['FindingPage'];
export type CreateFinding = Schemas['FindingBody'];

export type RectificationStatus = Schemas['RectificationStatus'];
export const RECTIFICATION_STATUSES = valuesOf<RectificationStatus>({
  OPEN: true,
  IN_PROGRESS: true,
  SUBMITTED: true,
  VERIFIED: true,
  REJECTED: true,
  MONITORING: true,
});

/** 0 none yet; 1 owner and 联络员; 2 the target's 第一责任人; 3 the raising organization. */
export type EscalationLevel = 0 | 1 | 2 | 3;

export type Rectification = Schemas['Rectification'];
export type RectificationPage = Schemas['RectificationPage'];
export type Escalation = Schemas['RectificationEscalation'];
export type Progress = Schemas['RectificationProgress'];
export type Attachment = Schemas['RectificationAttachment'];
export type Extension = Schemas['RectificationExtension'];
export type ExtensionStatus = Schemas['RectificationExtensionStatus'];
export type CreateRectification = Schemas['RectificationBody'];
export type MyRectifications = Schemas['MyRectifications'];
