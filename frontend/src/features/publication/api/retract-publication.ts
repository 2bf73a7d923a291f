import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { RetractPublication, Publication } from '@/lib/api-types';
import { refreshOnConflict, savedPublication } from './saved';

export function retractPublication(id: number, body: RetractPublication): Promise<Publication> {
  return unwrap(
    api.POST('/api/v1/publications/{id}/retract', { params: { path: { id: String(id) } }, body }),
  );
}

export function useRetractPublication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: RetractPublication }) => retractPublication(id, body),
    onSuccess: (saved) => savedPublication(queryClient, saved),
    onError: (error, { id }) => refreshOnConflict(queryClient, id, error),
  });
}
