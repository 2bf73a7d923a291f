import { useMutation } from '@tanstack/react-query';
import { downloadFile } from '@/lib/api-client';
import { compactFilters, type AuditFilters } from './filters';

export type ExportFormat = 'jsonl' | 'csv';

export function exportUrl(format: ExportFormat, filters: AuditFilters): string {
  const query = new URLSearchParams({ format });
  for (const [key, value] of Object.entries(compactFilters(filters))) query.set(key, String(value));
  return `/api/v1/audit-events/export?${query.toString()}`;
}

/** Fetches the export with the bearer token (a plain link could not send it) and saves it. */
export function exportAuditEvents(format: ExportFormat, filters: AuditFilters): Promise<void> {
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
  // CSV is named by the server (审计日志_<local date and time>.csv); the verifiable JSONL keeps its own name
  return downloadFile(exportUrl(format, filters), `audit-events-${stamp}.${format}`, {
    serverName: format === 'csv',
  });
}

export function useExportAuditEvents() {
  return useMutation({
    mutationFn: ({ format, filters }: { format: ExportFormat; filters: AuditFilters }) =>
      exportAuditEvents(format, filters),
  });
}
