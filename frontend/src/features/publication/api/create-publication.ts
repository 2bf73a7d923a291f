import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { CreatePublication, Publication } from '@/lib/api-types';
import { savedPublication } from './saved';

export function createPublication(body: CreatePublication): Promise<Publication> {
  return unwrap(api.POST('/api/v1/publications', { body }));
}

export function useCreatePublication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPublication,
    onSuccess: (saved) => savedPublication(queryClient, saved),
  });
}
