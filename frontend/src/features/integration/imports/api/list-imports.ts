import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { importKeys } from './keys';
import type { ImportJobList } from './types';

export function listImports(limit: number): Promise<ImportJobList> {
  return unwrap(api.GET('/api/v1/imports', { params: { query: { limit: String(limit) } } }));
}

/** The caller's recent imports (an admin sees everyone's); refreshed while one of them runs. */
export function useRecentImports(limit = 20) {
  return useQuery({
    queryKey: importKeys.recent(limit),
    queryFn: () => listImports(limit),
    staleTime: 10 * 1000,
  });
}
