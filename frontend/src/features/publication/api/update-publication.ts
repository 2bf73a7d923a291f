import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Publication, UpdatePublication } from '@/lib/api-types';
import { refreshOnConflict, savedPublication } from './saved';

/** `submit`: 保存并提交审核 — the server saves and submits in one transaction (nothing saved if submitting fails). */
export function updatePublication(id: number, body: UpdatePublication, submit = false): Promise<Publication> {
  return unwrap(
    api.PUT('/api/v1/publications/{id}', {
      params: { path: { id: String(id) }, query: submit ? { submit: 'true' } : {} },
      body,
    }),
  );
}

export function useUpdatePublication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body, submit }: { id: number; body: UpdatePublication; submit?: boolean }) =>
      updatePublication(id, body, submit),
    onSuccess: (saved) => savedPublication(queryClient, saved),
    onError: (error, { id }) => refreshOnConflict(queryClient, id, error),
  });
}
