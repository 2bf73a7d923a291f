import { valuesOf } from '@/lib/api-types';
import type { ImportJob, ImportKind, ImportStatus } from './types';

/** In the order an office fills a new ledger: organizations before the people and duties in them. */
export const IMPORT_KINDS = valuesOf<ImportKind>({
  organizations: true,
  people: true,
  memberships: true,
  'duty-assignments': true,
  channels: true,
  fulfilments: true,
});

/** The job is still working: its page polls it. */
export function isRunning(status: ImportStatus | undefined): boolean {
  return status === 'VALIDATING' || status === 'COMMITTING';
}

/** Validation finished (with or without errors) and nothing was written yet. */
export function isDryRun(job: ImportJob): boolean {
  return job.status === 'VALIDATING' || job.status === 'VALID' || job.status === 'INVALID';
}

export function percent(job: ImportJob): number {
  if (job.total <= 0) return job.status === 'VALIDATING' || job.status === 'COMMITTING' ? 0 : 100;
  return Math.min(100, Math.floor((job.processed / job.total) * 100));
}

/** The file's format as the API takes it (Content-Type), by its extension. */
export function contentTypeOf(fileName: string): string {
  const extension = fileName.toLowerCase().split('.').pop();
  if (extension === 'csv') return 'text/csv';
  if (extension === 'xlsx') return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (extension === 'json') return 'application/json';
  return 'application/octet-stream';
}

export function isCsv(fileName: string): boolean {
  return fileName.toLowerCase().endsWith('.csv');
}
