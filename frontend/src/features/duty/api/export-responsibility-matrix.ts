import { useMutation } from '@tanstack/react-query';
import { downloadFile } from '@/lib/api-client';
import type { MatrixParams } from './keys';

export function matrixExportUrl({ under, at, onlyProblems }: MatrixParams): string {
  const query = new URLSearchParams({ under: String(under) });
  if (at) query.set('at', at);
  if (onlyProblems) query.set('onlyProblems', 'true');
  return `/api/v1/responsibility-matrix/export.xlsx?${query.toString()}`;
}

/** Fetches the matrix as Excel with the bearer token and saves it. */
export function exportResponsibilityMatrix(params: MatrixParams, fileName: string): Promise<void> {
  return downloadFile(matrixExportUrl(params), fileName);
}

export function useExportResponsibilityMatrix() {
  return useMutation({
    mutationFn: ({ params, fileName }: { params: MatrixParams; fileName: string }) =>
      exportResponsibilityMatrix(params, fileName),
  });
}
