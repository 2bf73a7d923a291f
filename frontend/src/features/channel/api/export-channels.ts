import { useMutation } from '@tanstack/react-query';
import { downloadFile } from '@/lib/api-client';
import type { ChannelListParams } from './keys';

export function channelsExportUrl({ under, type, status }: ChannelListParams): string {
  const query = new URLSearchParams();
  if (under) query.set('under', String(under));
  if (type) query.set('type', type);
  if (status) query.set('status', status);
  const text = query.toString();
  return `/api/v1/channels/export.xlsx${text ? `?${text}` : ''}`;
}

/** Fetches the register (阵地台账) with the bearer token and saves it. */
export function exportChannels(params: ChannelListParams): Promise<void> {
  const stamp = new Date().toISOString().slice(0, 10);
  return downloadFile(channelsExportUrl(params), `channels-${stamp}.xlsx`);
}

export function useExportChannels() {
  return useMutation({ mutationFn: exportChannels });
}
