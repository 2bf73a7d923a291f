import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { PublicationRevision } from '@/lib/api-types';
import { publicationKeys, validId } from './keys';

export function listRevisions(id: number): Promise<PublicationRevision[]> {
  return unwrap(api.GET('/api/v1/publications/{id}/revisions', { params: { path: { id: String(id) } } }));
}

export const revisionsQuery = (id: number) =>
  queryOptions({ queryKey: publicationKeys.revisions(id), queryFn: () => listRevisions(id) });

export function useRevisions(id: number | undefined) {
  return useQuery({ ...revisionsQuery(id ?? 0), enabled: validId(id) });
}
