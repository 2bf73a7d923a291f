import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateObligations } from './invalidate';
import type { Obligation, VersionedReason } from './types';

export function waiveObligation(id: number, body: VersionedReason): Promise<Obligation> {
  return unwrap(api.POST('/api/v1/obligations/{id}/waive', { params: { path: { id: String(id) } }, body }));
}

export function useWaiveObligation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: VersionedReason }) => waiveObligation(id, body),
    onSuccess: () => invalidateObligations(queryClient),
  });
}
