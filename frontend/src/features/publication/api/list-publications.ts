import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, asQuery, unwrap } from '@/lib/api-client';
import type { PublicationPage } from '@/lib/api-types';
import { publicationKeys, type PublicationListParams } from './keys';

export function listPublications(params: PublicationListParams): Promise<PublicationPage> {
  return unwrap(api.GET('/api/v1/publications', { params: { query: asQuery(params) } }));
}

export const publicationsQuery = (params: PublicationListParams) =>
  queryOptions({
    queryKey: publicationKeys.list(params),
    queryFn: () => listPublications(params),
    staleTime: 15 * 1000,
  });

export function usePublications(params: PublicationListParams) {
  return useQuery({ ...publicationsQuery(params), placeholderData: keepPreviousData });
}
