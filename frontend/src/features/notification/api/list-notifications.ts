import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { NotificationList } from '@/lib/api-types';
import { notificationKeys } from './keys';

export function listNotifications(limit: number, unreadOnly = false): Promise<NotificationList> {
  const query = unreadOnly ? { limit: String(limit), unreadOnly: 'true' } : { limit: String(limit) };
  return unwrap(api.GET('/api/v1/me/notifications', { params: { query } }));
}

export const notificationsQuery = (limit: number, unreadOnly = false) =>
  queryOptions({
    queryKey: notificationKeys.list(limit, unreadOnly),
    queryFn: () => listNotifications(limit, unreadOnly),
    staleTime: 30 * 1000,
    refetchInterval: 60 * 1000,
  });

export function useNotifications(limit = 10, enabled = true, unreadOnly = false) {
  return useQuery({ ...notificationsQuery(limit, unreadOnly), enabled });
}
