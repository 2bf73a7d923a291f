import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, asQuery, unwrap } from '@/lib/api-client';
import type { ChannelPage } from '@/lib/api-types';
import { channelKeys, type ChannelListParams } from './keys';

export function listChannels(params: ChannelListParams): Promise<ChannelPage> {
  return unwrap(api.GET('/api/v1/channels', { params: { query: asQuery(params) } }));
}

export const channelsQuery = (params: ChannelListParams) =>
  queryOptions({
    queryKey: channelKeys.list(params),
    queryFn: () => listChannels(params),
    staleTime: 30 * 1000,
  });

export function useChannels(params: ChannelListParams, enabled = true) {
  return useQuery({ ...channelsQuery(params), enabled, placeholderData: keepPreviousData });
}
