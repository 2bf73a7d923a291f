import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { DutyAssignment, EndDuty } from '@/lib/api-types';
import { invalidateDuties } from './invalidate';

/** Closes the period: validTo is the last day held. */
export function endDuty(id: number, body: EndDuty): Promise<DutyAssignment> {
  return unwrap(
    api.POST('/api/v1/duty-assignments/{id}/end', { params: { path: { id: String(id) } }, body }),
  );
}

export function useEndDuty() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: EndDuty }) => endDuty(id, body),
    onSuccess: () => invalidateDuties(queryClient),
  });
}
