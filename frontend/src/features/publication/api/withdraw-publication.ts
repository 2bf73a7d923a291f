import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { VersionedAction, Publication } from '@/lib/api-types';
import { refreshOnConflict, savedPublication } from './saved';

export function withdrawPublication(id: number, body: VersionedAction): Promise<Publication> {
  return unwrap(
    api.POST('/api/v1/publications/{id}/withdraw', { params: { path: { id: String(id) } }, body }),
  );
}

export function useWithdrawPublication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: VersionedAction }) => withdrawPublication(id, body),
    onSuccess: (saved) => savedPublication(queryClient, saved),
    onError: (error, { id }) => refreshOnConflict(queryClient, id, error),
  });
}
