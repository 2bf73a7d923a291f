import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { MyCounts } from '@/lib/api-types';
import { notificationKeys } from './keys';

/** What waits for me, for the menu's badges: one request for every inbox. */
export function getMyCounts(): Promise<MyCounts> {
  return unwrap(api.GET('/api/v1/me/counts'));
}

export const myCountsQuery = () =>
  queryOptions({
    queryKey: notificationKeys.counts(),
    queryFn: getMyCounts,
    staleTime: 30 * 1000,
    refetchInterval: 60 * 1000,
  });

export function useMyCounts(enabled = true) {
  return useQuery({ ...myCountsQuery(), enabled });
}
