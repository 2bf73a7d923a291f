import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { importKeys } from './keys';
import type { ImportJob } from './types';

/** Writes a validated import, all rows or none; the server answers 202 and commits in the background. */
export function commitImport(id: number): Promise<ImportJob> {
  return unwrap(api.POST('/api/v1/imports/{id}/commit', { params: { path: { id: String(id) } } }));
}

export function useCommitImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: commitImport,
    onSuccess: (job) => {
      queryClient.setQueryData(importKeys.job(job.id), job);
      void queryClient.invalidateQueries({ queryKey: [...importKeys.all, 'recent'] });
    },
  });
}
