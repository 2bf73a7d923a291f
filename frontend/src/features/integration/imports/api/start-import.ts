import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { contentTypeOf, isCsv } from './kinds';
import { importKeys } from './keys';
import type { ImportJob, ImportKind } from './types';

export type CsvEncoding = 'auto' | 'UTF-8' | 'GB18030';

export interface StartImport {
  kind: ImportKind;
  file: File;
  encoding: CsvEncoding;
}

/**
 * Sends the file as the raw request body (no multipart), its format named by Content-Type;
 * the server answers 202 with the job and validates in the background.
 */
export async function startImport({ kind, file, encoding }: StartImport): Promise<ImportJob> {
  const query = {
    kind,
    fileName: file.name,
    encoding: isCsv(file.name) && encoding !== 'auto' ? encoding : undefined,
  };
  const body = await file.arrayBuffer();
  return unwrap(
    api.POST('/api/v1/imports', {
      params: { query },
      body: body as never,
      bodySerializer: (raw: unknown) => raw as BodyInit,
      headers: { 'Content-Type': contentTypeOf(file.name) },
    }),
  );
}

export function useStartImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startImport,
    onSuccess: (job) => {
      queryClient.setQueryData(importKeys.job(job.id), job);
      void queryClient.invalidateQueries({ queryKey: [...importKeys.all, 'recent'] });
    },
  });
}
