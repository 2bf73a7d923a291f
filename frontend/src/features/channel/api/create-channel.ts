import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Channel, CreateChannel } from '@/lib/api-types';
import { channelKeys } from './keys';

export function createChannel(body: CreateChannel): Promise<Channel> {
  return unwrap(api.POST('/api/v1/channels', { body }));
}

export function useCreateChannel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createChannel,
    onSuccess: (saved) => {
      queryClient.setQueryData(channelKeys.detail(saved.id), saved);
      return queryClient.invalidateQueries({ queryKey: channelKeys.lists() });
    },
  });
}
