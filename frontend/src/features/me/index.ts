export {
  accessOf,
  channelActions,
  dutyActions,
  obligationActions,
  organizationActions,
  ruleActions,
  writesIn,
} from './access';
export type {
  Access,
  ChannelActions,
  DutyActions,
  ObligationActions,
  OrganizationActions,
  OrganizationInScope,
} from './access';
export { getMe, meQuery, meQueryKey, useMe } from './api/get-me';
export { useAccess } from './api/use-access';
export { NoAccessPage } from './components/NoAccessPage';
