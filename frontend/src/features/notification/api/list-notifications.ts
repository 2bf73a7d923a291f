import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { NotificationList } from '@/lib/api-types';
import { notificationKeys } from './keys';

export function listNotifications(limit: number): Promise<NotificationList> {
  return unwrap(api.GET('/api/v1/me/notifications', { params: { query: { limit: String(limit) } } }));
}

export const notificationsQuery = (limit: number) =>
  queryOptions({
    queryKey: notificationKeys.list(limit),
    queryFn: () => listNotifications(limit),
    staleTime: 30 * 1000,
    refetchInterval: 60 * 1000,
  });

export function useNotifications(limit = 10, enabled = true) {
  return useQuery({ ...notificationsQuery(limit), enabled });
}
