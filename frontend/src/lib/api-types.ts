// Names the SPA uses for the contract's schemas, generated from ../openapi.yaml.
// The published contract serialises absent values as null although it declares them optional:
// read optional fields with `??` / `!= null`.
import type { components } from './api-schema';

/** The contract's schemas by name; a feature's own api/types.ts names its aliases from these. */
export type Schemas = components['schemas'];

/**
 * Every value of one of the contract's enums, in the order written. The object must name each
 * value of `T` once and nothing else, so a value added to openapi.yaml fails the build
 * (`tsc`) until the list follows it.
 */
export function valuesOf<T extends string>(values: Record<T, true>): T[] {
  return Object.keys(values) as T[];
}

export type ClientConfig = Schemas['ClientConfig'];
export type OrgType = Schemas['OrganizationType'];
export type Organization = Schemas['Organization'];
export type OrganizationRef = Schemas['OrganizationRef'];
export type OrganizationPage = Schemas['OrganizationPage'];
export type CreateOrganization = Schemas['CreateOrganization'];
export type UpdateOrganization = Schemas['UpdateOrganization'];
export type AuditEvent = Schemas['AuditEvent'];
export type AuditEventPage = Schemas['AuditEventPage'];
export type AuditVerification = Schemas['AuditVerification'];
export type Problem = Schemas['Problem'];
export type Me = Schemas['Me'];
export type ScopeEntry = Schemas['ScopeRoot'];
export type Person = Schemas['Person'];
export type PersonPage = Schemas['PersonPage'];
export type CreatePerson = Schemas['CreatePerson'];
export type UpdatePerson = Schemas['UpdatePerson'];
export type Membership = Schemas['Membership'];
export type MembershipInput = Schemas['MembershipEntry'];
export type MembershipRole = Schemas['MembershipRole'];
export type LeadingGroup = Schemas['LeadingGroup'];
export type LeadingGroupMember = Schemas['LeadingGroupMember'];
export type LeadingGroupPosition = Schemas['LeadingGroupPosition'];
export type PutLeadingGroup = Schemas['ReplaceLeadingGroup'];
export type DutyRole = Schemas['DutyRole'];
export type DutyAssignment = Schemas['DutyAssignment'];
export type DutyAssignmentPage = Schemas['DutyAssignmentPage'];
export type DutyBasis = Schemas['DutyBasis'];
export type DutyTimeline = Schemas['DutyTimeline'];
export type DutySettings = Schemas['DutySettingsView'];
export type AssignDuty = Schemas['AssignDuty'];
export type EndDuty = Schemas['EndDuty'];
export type CorrectDuty = Schemas['CorrectDuty'];
export type HandOverDuty = Schemas['HandOverDuty'];
export type HandoverResult = Schemas['HandoverResult'];
export type Responsibility = Schemas['Responsibility'];
export type RoleHolders = Schemas['RoleHolders'];
export type MyDuties = Schemas['MyDuties'];
export type ResponsibilityMatrix = Schemas['ResponsibilityMatrix'];
export type ResponsibilityMatrixRow = Schemas['ResponsibilityMatrixRow'];
export type ResponsibilityMatrixCell = Schemas['ResponsibilityMatrixCell'];
export type Vacancy = Schemas['Vacancy'];
export type VacancyType = Vacancy['type'];
export type Channel = Schemas['Channel'];
export type ChannelPage = Schemas['ChannelPage'];
export type ChannelRef = Schemas['ChannelRef'];
export type ChannelType = Schemas['ChannelType'];
export type ChannelStatus = Schemas['ChannelStatus'];
export type ChannelAdministrator = Schemas['ChannelAdministrator'];
export type CreateChannel = Schemas['CreateChannel'];
export type UpdateChannel = Schemas['UpdateChannel'];
export type CloseChannel = Schemas['CloseChannel'];
export type ImportKind = Schemas['ImportJob']['kind'];

export const ORG_TYPES = valuesOf<OrgType>({
  PARTY_COMMITTEE: true,
  PARTY_GROUP: true,
  PARTY_WORKING_COMMITTEE: true,
  PARTY_BRANCH: true,
  GOVERNMENT_DEPARTMENT: true,
  COMPANY: true,
  DEPARTMENT: true,
  TOWN: true,
  STREET: true,
  VILLAGE: true,
  COMMUNITY: true,
  SCHOOL: true,
  OTHER: true,
});

/** The roles in the order of the ledger (责任分工表). */
export const DUTY_ROLES = valuesOf<DutyRole>({
  FIRST_RESPONSIBLE: true,
  DIRECT_RESPONSIBLE: true,
  PROPAGANDA_OFFICER: true,
  MEMBER_DUAL_DUTY: true,
  LIAISON: true,
  INFORMATION_OFFICER: true,
  CHANNEL_ADMIN: true,
});

/** Leader, deputies, members: the order of the leading group's document. */
export const LEADING_GROUP_POSITIONS = valuesOf<LeadingGroupPosition>({
  LEADER: true,
  DEPUTY: true,
  MEMBER: true,
});

export const MEMBERSHIP_ROLES = valuesOf<MembershipRole>({ STAFF: true, MEMBER: true });

export const CHANNEL_TYPES = valuesOf<ChannelType>({
  WEBSITE: true,
  WECHAT_OFFICIAL_ACCOUNT: true,
  WEIBO: true,
  SHORT_VIDEO: true,
  WORK_GROUP: true,
  BULLETIN_SCREEN: true,
  OTHER: true,
});

export const CHANNEL_STATUSES = valuesOf<ChannelStatus>({
  PENDING_LAUNCH: true,
  ACTIVE: true,
  CLOSED: true,
});
export type Publication = Schemas['Publication'];
export type PublicationSummary = Schemas['PublicationSummary'];
export type PublicationPage = Schemas['PublicationPage'];
export type PublicationStatus = Schemas['PublicationStatus'];
export type PublicationReview = Schemas['PublicationReview'];
export type PublicationRevision = Schemas['PublicationRevision'];
export type PublicationAttachment = Schemas['PublicationAttachment'];
export type PublicationTrace = Schemas['PublicationTrace'];
export type PublicationEvent = Schemas['PublicationEvent'];
export type RevisionComparison = Schemas['RevisionComparison'];
export type DiffLine = Schemas['DiffLine'];
export type ReviewStep = Schemas['ReviewStep'];
export type CreatePublication = Schemas['CreatePublication'];
export type UpdatePublication = Schemas['UpdatePublication'];
export type ApprovePublication = Schemas['ApprovePublication'];
export type RejectPublication = Schemas['RejectPublication'];
export type RetractPublication = Schemas['RetractPublication'];
export type PublishPublication = Schemas['PublishPublication'];
export type Notification = Schemas['Notification'];
export type NotificationList = Schemas['NotificationList'];
export type MyCounts = Schemas['MyCounts'];

export const PUBLICATION_STATUSES = valuesOf<PublicationStatus>({
  DRAFT: true,
  IN_REVIEW: true,
  APPROVED: true,
  PUBLISHED: true,
  RETRACTED: true,
});
export type VersionedAction = Schemas['VersionedAction'];
export type ReviewPolicy = Schemas['ReviewPolicy'];
export type CreateReviewPolicy = Schemas['CreateReviewPolicy'];
export type UpdateReviewPolicy = Schemas['UpdateReviewPolicy'];
export type EffectiveReviewPolicy = Schemas['EffectiveReviewPolicy'];
export type PublicationStatistics = Schemas['PublicationStatistics'];
export type PublicationStatisticsRow = Schemas['PublicationStatisticsRow'];
