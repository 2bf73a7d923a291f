import { useMutation } from '@tanstack/react-query';
import { downloadFile } from '@/lib/api-client';
import type { ExportFormat } from './kinds';
import type { ImportKind } from './types';

export function templateUrl(kind: ImportKind): string {
  return `/api/v1/imports/templates/${kind}.xlsx`;
}

export function annotatedUrl(id: number): string {
  return `/api/v1/imports/${id}/annotated.xlsx`;
}

/** The same columns as the import template, so the file can be edited and imported again. */
export function exportUrl(kind: ImportKind, format: ExportFormat, under?: number): string {
  const query = under ? `?under=${under}` : '';
  return `/api/v1/exports/${kind}.${format}${query}`;
}

/** Files behind the bearer token: fetched, then saved (a plain link could not send the token). */
export function useDownload() {
  return useMutation({
    mutationFn: ({ url, fileName }: { url: string; fileName: string }) => downloadFile(url, fileName),
  });
}
