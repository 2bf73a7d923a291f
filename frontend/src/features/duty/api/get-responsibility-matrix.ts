import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, asQuery, unwrap } from '@/lib/api-client';
import type { ResponsibilityMatrix } from '@/lib/api-types';
import { dutyKeys, type MatrixParams } from './keys';

export function getResponsibilityMatrix(params: MatrixParams): Promise<ResponsibilityMatrix> {
  return unwrap(
    api.GET('/api/v1/responsibility-matrix', {
      params: {
        query: {
          ...asQuery({
            at: params.at,
            onlyProblems: params.onlyProblems || undefined,
            offset: params.offset || undefined,
            limit: params.limit,
          }),
          under: String(params.under),
        },
      },
    }),
  );
}

export const responsibilityMatrixQuery = (params: MatrixParams) =>
  queryOptions({
    queryKey: dutyKeys.matrix(params),
    queryFn: () => getResponsibilityMatrix(params),
    staleTime: 30 * 1000,
  });

export function useResponsibilityMatrix(params: MatrixParams | undefined) {
  return useQuery({
    ...responsibilityMatrixQuery(params ?? { under: 0 }),
    enabled: params !== undefined,
    placeholderData: keepPreviousData,
  });
}
