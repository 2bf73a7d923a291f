export { NotificationBell } from './components/NotificationBell';
export { notificationKeys } from './api/keys';
