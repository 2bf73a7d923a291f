import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { AssignDuty, DutyAssignment } from '@/lib/api-types';
import { invalidateDuties } from './invalidate';

export function assignDuty(body: AssignDuty): Promise<DutyAssignment> {
  return unwrap(api.POST('/api/v1/duty-assignments', { body }));
}

export function useAssignDuty() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: assignDuty, onSuccess: () => invalidateDuties(queryClient) });
}
