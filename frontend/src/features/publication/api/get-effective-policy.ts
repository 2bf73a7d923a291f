import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { EffectiveReviewPolicy } from '@/lib/api-types';
import { publicationKeys, validId } from './keys';

/** The policy in force for an organization: its own, an ancestor's, or the default. */
export function getEffectivePolicy(organizationId: number): Promise<EffectiveReviewPolicy> {
  return unwrap(
    api.GET('/api/v1/review-policies/effective', {
      params: { query: { organizationId: String(organizationId) } },
    }),
  );
}

export const effectivePolicyQuery = (organizationId: number) =>
  queryOptions({
    queryKey: publicationKeys.effectivePolicy(organizationId),
    queryFn: () => getEffectivePolicy(organizationId),
  });

export function useEffectivePolicy(organizationId: number | undefined) {
  return useQuery({ ...effectivePolicyQuery(organizationId ?? 0), enabled: validId(organizationId) });
}
