import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { isRunning } from './kinds';
import { importKeys } from './keys';
import type { ImportJob } from './types';

export function getImport(id: number): Promise<ImportJob> {
  return unwrap(api.GET('/api/v1/imports/{id}', { params: { path: { id: String(id) } } }));
}

/** One import job, polled once a second while it validates or commits. */
export function useImportJob(id: number | undefined) {
  return useQuery({
    queryKey: importKeys.job(id ?? 0),
    queryFn: () => getImport(id!),
    enabled: id !== undefined,
    refetchInterval: (query) => (isRunning(query.state.data?.status) ? 1000 : false),
  });
}
