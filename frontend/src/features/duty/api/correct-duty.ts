import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { CorrectDuty, DutyAssignment } from '@/lib/api-types';
import { invalidateDuties } from './invalidate';

/** Replaces a mistaken entry; the reason is required and audited with before and after. */
export function correctDuty(id: number, body: CorrectDuty): Promise<DutyAssignment> {
  return unwrap(
    api.POST('/api/v1/duty-assignments/{id}/correct', { params: { path: { id: String(id) } }, body }),
  );
}

export function useCorrectDuty() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: CorrectDuty }) => correctDuty(id, body),
    onSuccess: () => invalidateDuties(queryClient),
  });
}
