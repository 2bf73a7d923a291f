import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Channel } from '@/lib/api-types';
import { channelKeys } from './keys';

export function getChannel(id: number): Promise<Channel> {
  return unwrap(api.GET('/api/v1/channels/{id}', { params: { path: { id: String(id) } } }));
}

export const channelQuery = (id: number) =>
  queryOptions({ queryKey: channelKeys.detail(id), queryFn: () => getChannel(id) });

export function useChannel(id: number | undefined) {
  return useQuery({
    ...channelQuery(id ?? 0),
    enabled: id !== undefined && Number.isSafeInteger(id) && id > 0,
  });
}
