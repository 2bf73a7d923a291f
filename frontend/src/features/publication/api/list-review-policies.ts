import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ReviewPolicy } from '@/lib/api-types';
import { publicationKeys, validId } from './keys';

/** The policies of an organization's subtree (organization-wide and per channel). */
export function listReviewPolicies(under: number): Promise<ReviewPolicy[]> {
  return unwrap(api.GET('/api/v1/review-policies', { params: { query: { under: String(under) } } }));
}

export const reviewPoliciesQuery = (under: number) =>
  queryOptions({ queryKey: publicationKeys.policyList(under), queryFn: () => listReviewPolicies(under) });

export function useReviewPolicies(under: number | undefined) {
  return useQuery({ ...reviewPoliciesQuery(under ?? 0), enabled: validId(under) });
}
