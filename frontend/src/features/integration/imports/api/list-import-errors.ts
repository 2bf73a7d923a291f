import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { importKeys } from './keys';
import type { ImportErrorPage } from './types';

export function listImportErrors(id: number, offset: number, limit: number): Promise<ImportErrorPage> {
  return unwrap(
    api.GET('/api/v1/imports/{id}/errors', {
      params: { path: { id: String(id) }, query: { offset: String(offset), limit: String(limit) } },
    }),
  );
}

/** One page of a dry run's row errors. */
export function useImportErrors(id: number, offset: number, limit: number, enabled = true) {
  return useQuery({
    queryKey: importKeys.errors(id, offset, limit),
    queryFn: () => listImportErrors(id, offset, limit),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}
