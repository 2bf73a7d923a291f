import { useMutation } from '@tanstack/react-query';
import { downloadFile } from '@/lib/api-client';

/** Fetches an attachment with the bearer token and saves it under its name. */
export function downloadAttachment({
  id,
  attachmentId,
  fileName,
}: {
  id: number;
  attachmentId: number;
  fileName: string;
}) {
  return downloadFile(`/api/v1/publications/${id}/attachments/${attachmentId}`, fileName);
}

export function useDownloadAttachment() {
  return useMutation({ mutationFn: downloadAttachment });
}
