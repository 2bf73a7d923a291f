// Names the SPA uses for the contract's schemas, generated from ../openapi.yaml.
// The published contract serialises absent values as null although it declares them optional:
// read optional fields with `??` / `!= null`.
import type { components } from './api-schema';

type Schemas = components['schemas'];

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

export const ORG_TYPES: OrgType[] = [
  'PARTY_COMMITTEE',
  'PARTY_GROUP',
  'PARTY_WORKING_COMMITTEE',
  'PARTY_BRANCH',
  'GOVERNMENT_DEPARTMENT',
  'COMPANY',
  'DEPARTMENT',
  'TOWN',
  'STREET',
  'VILLAGE',
  'COMMUNITY',
  'SCHOOL',
  'OTHER',
];

/** The roles in the order of the ledger (责任分工表). */
export const DUTY_ROLES: DutyRole[] = [
  'FIRST_RESPONSIBLE',
  'DIRECT_RESPONSIBLE',
  'PROPAGANDA_OFFICER',
  'MEMBER_DUAL_DUTY',
  'LIAISON',
  'INFORMATION_OFFICER',
  'CHANNEL_ADMIN',
];

export const CHANNEL_TYPES: ChannelType[] = [
  'WEBSITE',
  'WECHAT_OFFICIAL_ACCOUNT',
  'WEIBO',
  'SHORT_VIDEO',
  'WORK_GROUP',
  'BULLETIN_SCREEN',
  'OTHER',
];

export const CHANNEL_STATUSES: ChannelStatus[] = ['PENDING_LAUNCH', 'ACTIVE', 'CLOSED'];
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

export const PUBLICATION_STATUSES: PublicationStatus[] = [
  'DRAFT',
  'IN_REVIEW',
  'APPROVED',
  'PUBLISHED',
  'RETRACTED',
];
export type VersionedAction = Schemas['VersionedAction'];
export type ReviewPolicy = Schemas['ReviewPolicy'];
export type CreateReviewPolicy = Schemas['CreateReviewPolicy'];
export type UpdateReviewPolicy = Schemas['UpdateReviewPolicy'];
export type EffectiveReviewPolicy = Schemas['EffectiveReviewPolicy'];
export type PublicationStatistics = Schemas['PublicationStatistics'];
export type PublicationStatisticsRow = Schemas['PublicationStatisticsRow'];
