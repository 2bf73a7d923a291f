import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { HandOverDuty, HandoverResult } from '@/lib/api-types';
import { invalidateDuties } from './invalidate';

/** Ends the current holder(s) the day before the effective date and starts the new one, at once. */
export function handOverDuty(organizationId: number, body: HandOverDuty): Promise<HandoverResult> {
  return unwrap(
    api.POST('/api/v1/organizations/{id}/handover', {
      params: { path: { id: String(organizationId) } },
      body,
    }),
  );
}

export function useHandOverDuty() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ organizationId, body }: { organizationId: number; body: HandOverDuty }) =>
      handOverDuty(organizationId, body),
    onSuccess: () => invalidateDuties(queryClient),
  });
}
