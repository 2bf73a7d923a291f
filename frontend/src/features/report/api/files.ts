import { useMutation } from '@tanstack/react-query';
import { asQuery, downloadFile } from '@/lib/api-client';
import type { StatusBoardParams } from './keys';

/** Where the pages' files come from: fetched with the bearer token (downloadFile), not opened as links. */
export const reportFileUrls = {
  /** The report as a Word document. */
  workReportDocument: (id: number) => `/api/v1/work-reports/${id}/document`,
  /** The status board as a sheet. */
  statusSheet: (params: StatusBoardParams) =>
    `/api/v1/work-reports/status/export?${new URLSearchParams(asQuery(params)).toString()}`,
  workReportAttachment: (id: number, attachmentId: number) =>
    `/api/v1/work-reports/${id}/attachments/${attachmentId}`,
  followUpAttachment: (id: number, followUpId: number, attachmentId: number) =>
    `/api/v1/major-matters/${id}/follow-ups/${followUpId}/attachments/${attachmentId}`,
};

export function useDownloadReportFile() {
  return useMutation({
    mutationFn: ({ url, fileName }: { url: string; fileName: string }) => downloadFile(url, fileName),
  });
}
