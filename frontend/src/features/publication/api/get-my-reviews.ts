import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { PublicationSummary } from '@/lib/api-types';
import { publicationKeys } from './keys';

/** Items waiting for the caller, longest waiting first (the server's order). */
export function getMyReviews(): Promise<PublicationSummary[]> {
  return unwrap(api.GET('/api/v1/me/reviews'));
}

export const myReviewsQuery = () =>
  queryOptions({ queryKey: publicationKeys.myReviews(), queryFn: getMyReviews, staleTime: 15 * 1000 });

export function useMyReviews() {
  return useQuery(myReviewsQuery());
}
