import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { CreateReviewPolicy, ReviewPolicy } from '@/lib/api-types';
import { publicationKeys } from './keys';

export function createReviewPolicy(body: CreateReviewPolicy): Promise<ReviewPolicy> {
  return unwrap(api.POST('/api/v1/review-policies', { body }));
}

export function useCreateReviewPolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createReviewPolicy,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: publicationKeys.policies() }),
  });
}
