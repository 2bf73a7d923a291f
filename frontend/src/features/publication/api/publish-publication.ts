import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { PublishPublication, Publication } from '@/lib/api-types';
import { refreshOnConflict, savedPublication } from './saved';

export function publishPublication(id: number, body: PublishPublication): Promise<Publication> {
  return unwrap(
    api.POST('/api/v1/publications/{id}/publish', { params: { path: { id: String(id) } }, body }),
  );
}

export function usePublishPublication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: PublishPublication }) => publishPublication(id, body),
    onSuccess: (saved) => savedPublication(queryClient, saved),
    onError: (error, { id }) => refreshOnConflict(queryClient, id, error),
  });
}
