import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, asQuery, unwrap } from '@/lib/api-client';
import { obligationKeys } from './keys';
import type { ObligationRule } from './types';

/** The rules visible to the caller (issued in or above their scope); a page or a plain list. */
export async function listRules(
  issuer: number | undefined,
  includeRetired: boolean,
): Promise<ObligationRule[]> {
  const body = await unwrap<ObligationRule[] | { items: ObligationRule[] }>(
    api.GET('/api/v1/obligation-rules', {
      params: { query: asQuery({ issuer, includeRetired, size: 200 }) },
    }),
  );
  return Array.isArray(body) ? body : body.items;
}

export function useRules(issuer: number | undefined, includeRetired = false) {
  return useQuery({
    queryKey: obligationKeys.ruleList(issuer, includeRetired),
    queryFn: () => listRules(issuer, includeRetired),
    staleTime: 60 * 1000,
    placeholderData: keepPreviousData,
  });
}
