import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { RejectPublication, Publication } from '@/lib/api-types';
import { refreshOnConflict, savedPublication } from './saved';

export function rejectPublication(id: number, body: RejectPublication): Promise<Publication> {
  return unwrap(api.POST('/api/v1/publications/{id}/reject', { params: { path: { id: String(id) } }, body }));
}

export function useRejectPublication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: RejectPublication }) => rejectPublication(id, body),
    onSuccess: (saved) => savedPublication(queryClient, saved),
    onError: (error, { id }) => refreshOnConflict(queryClient, id, error),
  });
}
