export { useOrganization, getOrganization, organizationQuery } from './api/get-organization';
export { organizationKeys } from './api/keys';
export { OrganizationSelect, type OrganizationOption } from './components/OrganizationSelect';
