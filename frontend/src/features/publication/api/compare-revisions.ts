import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { RevisionComparison } from '@/lib/api-types';
import { publicationKeys, validId } from './keys';

export function compareRevisions(id: number, from: number, to: number): Promise<RevisionComparison> {
  return unwrap(
    api.GET('/api/v1/publications/{id}/revisions/compare', {
      params: { path: { id: String(id) }, query: { from: String(from), to: String(to) } },
    }),
  );
}

export const compareQuery = (id: number, from: number, to: number) =>
  queryOptions({
    queryKey: publicationKeys.compare(id, from, to),
    queryFn: () => compareRevisions(id, from, to),
    staleTime: Infinity, // revisions never change
  });

export function useCompareRevisions(
  id: number | undefined,
  from: number | undefined,
  to: number | undefined,
) {
  return useQuery({
    ...compareQuery(id ?? 0, from ?? 0, to ?? 0),
    enabled: validId(id) && validId(from) && validId(to) && from !== to,
  });
}
