import { useMutation } from '@tanstack/react-query';
import { downloadFile } from '@/lib/api-client';

/** Files behind the bearer token: fetched, then saved (a plain link could not send the token). */
export function useDownload() {
  return useMutation({
    mutationFn: ({ url, fileName, serverName }: { url: string; fileName: string; serverName?: boolean }) =>
      downloadFile(url, fileName, { serverName }),
  });
}
