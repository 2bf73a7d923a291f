export { NotificationBell } from './components/NotificationBell';
export { notificationKeys } from './api/keys';
export { useMyCounts } from './api/my-counts';
export { MenuCount } from './components/MenuCount';
export type { CountKey } from './components/MenuCount';
