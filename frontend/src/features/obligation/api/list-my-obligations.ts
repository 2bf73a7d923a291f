import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { obligationKeys } from './keys';
import type { Obligation } from './types';

/** What the caller's organizations owe, soonest due first (a page or a plain list; both are read). */
export async function listMyObligations(): Promise<Obligation[]> {
  const body = await unwrap<Obligation[] | { items: Obligation[] }>(api.GET('/api/v1/me/obligations', {}));
  return Array.isArray(body) ? body : body.items;
}

export const myObligationsQuery = queryOptions({
  queryKey: obligationKeys.mine(),
  queryFn: listMyObligations,
  staleTime: 30 * 1000,
});

export function useMyObligations() {
  return useQuery(myObligationsQuery);
}
