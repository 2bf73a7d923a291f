import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Notification } from '@/lib/api-types';
import { notificationKeys } from './keys';

export function markNotificationRead(id: number): Promise<Notification> {
  return unwrap(api.POST('/api/v1/me/notifications/{id}/read', { params: { path: { id: String(id) } } }));
}

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
