import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { PublicationTrace } from '@/lib/api-types';
import { publicationKeys, validId } from './keys';

export function getTrace(id: number): Promise<PublicationTrace> {
  return unwrap(api.GET('/api/v1/publications/{id}/trace', { params: { path: { id: String(id) } } }));
}

export const traceQuery = (id: number) =>
  queryOptions({ queryKey: publicationKeys.trace(id), queryFn: () => getTrace(id) });

export function useTrace(id: number | undefined, enabled = true) {
  return useQuery({ ...traceQuery(id ?? 0), enabled: enabled && validId(id) });
}
