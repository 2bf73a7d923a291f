import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ReviewPolicy, UpdateReviewPolicy } from '@/lib/api-types';
import { publicationKeys } from './keys';

/** A new version of the policy; items already in review keep the version they were submitted under. */
export function updateReviewPolicy(id: number, body: UpdateReviewPolicy): Promise<ReviewPolicy> {
  return unwrap(api.PUT('/api/v1/review-policies/{id}', { params: { path: { id: String(id) } }, body }));
}

export function useUpdateReviewPolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UpdateReviewPolicy }) => updateReviewPolicy(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: publicationKeys.policies() }),
  });
}
