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
