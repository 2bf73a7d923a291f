import { useMutation } from '@tanstack/react-query';
import { downloadFile } from '@/lib/api-client';

export interface DutyExportFilters {
  person?: number;
  organization?: number;
  under?: number;
  at?: string;
}

export function dutyAssignmentsExportUrl(filters: DutyExportFilters): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value !== undefined) query.set(key, String(value));
  const text = query.toString();
  return `/api/v1/duty-assignments/export.xlsx${text ? `?${text}` : ''}`;
}

/** The filtered assignments (e.g. one person's duties) as Excel, fetched with the bearer token. */
export function exportDutyAssignments(filters: DutyExportFilters, fileName: string): Promise<void> {
  return downloadFile(dutyAssignmentsExportUrl(filters), fileName);
}

export function useExportDutyAssignments() {
  return useMutation({
    mutationFn: ({ filters, fileName }: { filters: DutyExportFilters; fileName: string }) =>
      exportDutyAssignments(filters, fileName),
  });
}
