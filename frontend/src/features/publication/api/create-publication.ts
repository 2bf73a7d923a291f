import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { CreatePublication, Publication } from '@/lib/api-types';
import { savedPublication } from './saved';

/** `submit`: 保存并提交审核 — the server saves and submits in one transaction (nothing saved if submitting fails). */
export function createPublication(body: CreatePublication, submit = false): Promise<Publication> {
  return unwrap(
    api.POST('/api/v1/publications', { params: { query: submit ? { submit: 'true' } : {} }, body }),
  );
}

export function useCreatePublication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, submit }: { body: CreatePublication; submit?: boolean }) =>
      createPublication(body, submit),
    onSuccess: (saved) => savedPublication(queryClient, saved),
  });
}
