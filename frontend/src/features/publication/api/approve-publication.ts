import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ApprovePublication, Publication } from '@/lib/api-types';
import { refreshOnConflict, savedPublication } from './saved';

export function approvePublication(id: number, body: ApprovePublication): Promise<Publication> {
  return unwrap(
    api.POST('/api/v1/publications/{id}/approve', { params: { path: { id: String(id) } }, body }),
  );
}

export function useApprovePublication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: ApprovePublication }) => approvePublication(id, body),
    onSuccess: (saved) => savedPublication(queryClient, saved),
    onError: (error, { id }) => refreshOnConflict(queryClient, id, error),
  });
}
