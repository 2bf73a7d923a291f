// Names the SPA uses for the contract's schemas, generated from ../openapi.yaml
// (api-schema) and, until the backend publishes them, from src/lib/contract/pending.yaml.
// The published contract serialises absent values as null although it declares them optional:
// read optional fields with `??` / `!= null`.
import type { components as Pending } from './api-pending';
import type { components as Published } from './api-schema';

type Schemas = Published['schemas'];
type PendingSchemas = Pending['schemas'];

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

export type Me = PendingSchemas['Me'];
export type ScopeEntry = PendingSchemas['ScopeRoot'];
export type Person = PendingSchemas['Person'];
export type PersonPage = PendingSchemas['PersonPage'];
export type CreatePerson = PendingSchemas['CreatePerson'];
export type UpdatePerson = PendingSchemas['UpdatePerson'];
export type Membership = PendingSchemas['Membership'];
export type MembershipInput = PendingSchemas['MembershipEntry'];
export type MembershipRole = PendingSchemas['MembershipRole'];
export type LeadingGroup = PendingSchemas['LeadingGroup'];
export type LeadingGroupMember = PendingSchemas['LeadingGroupMember'];
export type LeadingGroupPosition = PendingSchemas['LeadingGroupPosition'];
export type PutLeadingGroup = PendingSchemas['ReplaceLeadingGroup'];

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
