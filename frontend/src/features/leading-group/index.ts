export { useLeadingGroup, leadingGroupQuery } from './api/get-leading-group';
