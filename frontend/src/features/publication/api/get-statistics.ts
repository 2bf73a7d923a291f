import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, asQuery, unwrap } from '@/lib/api-client';
import type { PublicationStatistics } from '@/lib/api-types';
import { publicationKeys, type StatisticsParams } from './keys';

export function getStatistics(params: StatisticsParams): Promise<PublicationStatistics> {
  return unwrap(api.GET('/api/v1/publication-statistics', { params: { query: asQuery(params) } }));
}

export const statisticsQuery = (params: StatisticsParams) =>
  queryOptions({
    queryKey: publicationKeys.statistics(params),
    queryFn: () => getStatistics(params),
    staleTime: 60 * 1000,
  });

export function useStatistics(params: StatisticsParams | undefined) {
  return useQuery({
    ...statisticsQuery(params ?? { under: 0 }),
    enabled: !!params && params.under > 0,
    placeholderData: keepPreviousData,
  });
}
