// The report API's shapes, from the generated contract (../openapi.yaml). The contract declares
// optional fields that the service sends as null: read them with `??` / `!= null`.
import type { components } from '@/lib/api-schema';

type Schemas = components['schemas'];

export type WorkReportKind = Schemas['WorkReportKind'];
export type WorkReportForm = Schemas['WorkReportForm'];
export type WorkReportStatus = Schemas['WorkReportStatus'];
/** A row of the status board also knows organizations that have not started. */
export type BoardStatus = Schemas['WorkReportBoardStatus'];

export type WorkReport = Schemas['WorkReport'];
export type WorkReportPage = Schemas['WorkReportPage'];
export type ReportSource = Schemas['WorkReportSource'];
export type CreateWorkReport = Schemas['WorkReportCreate'];
export type UpdateWorkReport = Schemas['WorkReportUpdate'];
export type CompileWorkReport = Schemas['WorkReportCompile'];
export type ReturnWorkReport = Schemas['WorkReportReturn'];
/** A step that takes only the version the user saw (sign-off, submit, acknowledge). */
export type Versioned = Schemas['VersionedAction'];
export type StatusBoard = Schemas['WorkReportStatusBoard'];
export type StatusBoardRow = Schemas['WorkReportStatusRow'];
export type MyWorkReports = Schemas['MyWorkReports'];

export type MajorMatterCategory = Schemas['MajorMatterCategory'];
export type MajorMatterStatus = Schemas['MajorMatterStatus'];
export type MajorMatter = Schemas['MajorMatter'];
export type MajorMatterPage = Schemas['MajorMatterPage'];
export type MatterRecipient = Schemas['MajorMatterRecipient'];
export type FollowUp = Schemas['MajorMatterFollowUp'];
export type CreateMajorMatter = Schemas['MajorMatterBody'];
export type FollowUpBody = Schemas['MajorMatterFollowUpBody'];
export type CloseMatter = Schemas['MajorMatterCloseBody'];
export type ForwardMatter = Schemas['MajorMatterForwardBody'];
export type MatterLimits = Schemas['MajorMatterLimits'];
export type MyMajorMatters = Schemas['MyMajorMatters'];
