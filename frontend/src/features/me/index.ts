export { accessOf, channelActions, dutyActions, organizationActions, writesIn } from './access';
export type { Access, ChannelActions, DutyActions, OrganizationActions } from './access';
export { getMe, meQuery, meQueryKey, useMe } from './api/get-me';
export { useAccess } from './api/use-access';
export { NoAccessPage } from './components/NoAccessPage';
