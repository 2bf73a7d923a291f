import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@/lib/api-client';
import { invalidateObligations } from './invalidate';
import { obligationApi } from './obligation-api';
import type { Obligation, VersionedReason } from './types';

export function waiveObligation(id: number, body: VersionedReason): Promise<Obligation> {
  return unwrap(obligationApi.POST('/api/v1/obligations/{id}/waive', { params: { path: { id } }, body }));
}

export function useWaiveObligation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: VersionedReason }) => waiveObligation(id, body),
    onSuccess: () => invalidateObligations(queryClient),
  });
}
