import type { ChannelStatus, ChannelType } from '@/lib/api-types';

export interface ChannelListParams {
  under?: number;
  type?: ChannelType;
  status?: ChannelStatus;
  q?: string;
  page?: number;
  size?: number;
}

export const channelKeys = {
  all: ['channels'] as const,
  lists: () => [...channelKeys.all, 'list'] as const,
  list: (params: ChannelListParams) => [...channelKeys.lists(), params] as const,
  detail: (id: number) => [...channelKeys.all, 'detail', id] as const,
};
