import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Publication } from '@/lib/api-types';
import { publicationKeys, validId } from './keys';

export function getPublication(id: number): Promise<Publication> {
  return unwrap(api.GET('/api/v1/publications/{id}', { params: { path: { id: String(id) } } }));
}

export const publicationQuery = (id: number) =>
  queryOptions({ queryKey: publicationKeys.detail(id), queryFn: () => getPublication(id) });

export function usePublication(id: number | undefined) {
  return useQuery({ ...publicationQuery(id ?? 0), enabled: validId(id) });
}
