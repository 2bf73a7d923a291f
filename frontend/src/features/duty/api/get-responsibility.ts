import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, asQuery, unwrap } from '@/lib/api-client';
import type { Responsibility } from '@/lib/api-types';
import { dutyKeys } from './keys';

/** Who held each role on a day (default today), with the 一岗双责 holders whose scope covers it. */
export function getResponsibility(organizationId: number, at?: string): Promise<Responsibility> {
  return unwrap(
    api.GET('/api/v1/organizations/{id}/responsibility', {
      params: { path: { id: String(organizationId) }, query: asQuery({ at }) },
    }),
  );
}

export const responsibilityQuery = (organizationId: number, at?: string) =>
  queryOptions({
    queryKey: dutyKeys.responsibility(organizationId, at),
    queryFn: () => getResponsibility(organizationId, at),
  });

export function useResponsibility(organizationId: number | undefined, at?: string) {
  return useQuery({
    ...responsibilityQuery(organizationId ?? 0, at),
    enabled: organizationId !== undefined,
    placeholderData: keepPreviousData,
  });
}
