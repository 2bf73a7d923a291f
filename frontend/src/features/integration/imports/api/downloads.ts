import type { ImportKind } from './types';

export { useDownload } from '@/lib/use-download';

export function templateUrl(kind: ImportKind): string {
  return `/api/v1/imports/templates/${kind}.xlsx`;
}

export function annotatedUrl(id: number): string {
  return `/api/v1/imports/${id}/annotated.xlsx`;
}
