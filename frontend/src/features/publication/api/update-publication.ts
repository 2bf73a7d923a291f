import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Publication, UpdatePublication } from '@/lib/api-types';
import { refreshOnConflict, savedPublication } from './saved';

export function updatePublication(id: number, body: UpdatePublication): Promise<Publication> {
  return unwrap(api.PUT('/api/v1/publications/{id}', { params: { path: { id: String(id) } }, body }));
}

export function useUpdatePublication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UpdatePublication }) => updatePublication(id, body),
    onSuccess: (saved) => savedPublication(queryClient, saved),
    onError: (error, { id }) => refreshOnConflict(queryClient, id, error),
  });
}
