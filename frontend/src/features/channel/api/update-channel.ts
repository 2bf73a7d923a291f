import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Channel, UpdateChannel } from '@/lib/api-types';
import { channelKeys } from './keys';

export function updateChannel(id: number, body: UpdateChannel): Promise<Channel> {
  return unwrap(api.PATCH('/api/v1/channels/{id}', { params: { path: { id: String(id) } }, body }));
}

export function useUpdateChannel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UpdateChannel }) => updateChannel(id, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(channelKeys.detail(saved.id), saved);
      return queryClient.invalidateQueries({ queryKey: channelKeys.lists() });
    },
  });
}
