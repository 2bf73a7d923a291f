import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Me } from '@/lib/api-types';

export const meQueryKey = ['me'] as const;

export function getMe(): Promise<Me> {
  return unwrap(api.GET('/api/v1/me'));
}

export const meQuery = queryOptions({
  queryKey: meQueryKey,
  queryFn: getMe,
  staleTime: 5 * 60 * 1000,
});

export function useMe() {
  return useQuery(meQuery);
}
