import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { DutySettings } from '@/lib/api-types';
import { dutyKeys } from './keys';

export function putDutySettings(
  organizationId: number,
  allowMultipleDirectResponsible: boolean,
): Promise<DutySettings> {
  return unwrap(
    api.PUT('/api/v1/organizations/{id}/duty-settings', {
      params: { path: { id: String(organizationId) } },
      body: { allowMultipleDirectResponsible },
    }),
  );
}

export function usePutDutySettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ organizationId, allow }: { organizationId: number; allow: boolean }) =>
      putDutySettings(organizationId, allow),
    onSuccess: (saved) =>
      queryClient.invalidateQueries({ queryKey: dutyKeys.timeline(saved.organizationId) }),
  });
}
