import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, asQuery, unwrap } from '@/lib/api-client';
import { obligationKeys, type ObligationListParams } from './keys';
import type { ObligationPage } from './types';

export function listObligations(params: ObligationListParams): Promise<ObligationPage> {
  return unwrap(api.GET('/api/v1/obligations', { params: { query: asQuery(params) } }));
}

export function useObligations(params: ObligationListParams | undefined) {
  return useQuery({
    queryKey: obligationKeys.list(params ?? {}),
    queryFn: () => listObligations(params!),
    enabled: !!params,
    placeholderData: keepPreviousData,
  });
}
