import { asQuery } from '@/lib/api-client';
import type { LedgerParams } from './keys';

/** Where the pages' files come from: fetched with the bearer token (lib/use-download), not opened as links. */
export const inspectionFileUrls = {
  /** Results and ranking as a sheet. */
  results: (id: number) => `/api/v1/inspections/${id}/results/export`,
  /** The 整改台账 as filtered, without paging. */
  ledger: (filters: Omit<LedgerParams, 'page' | 'size'>) =>
    `/api/v1/rectifications/export?${new URLSearchParams(asQuery(filters)).toString()}`,
  evidence: (id: number, progressId: number, attachmentId: number) =>
    `/api/v1/rectifications/${id}/progress/${progressId}/attachments/${attachmentId}`,
};
