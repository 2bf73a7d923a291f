import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Channel, CloseChannel } from '@/lib/api-types';
import { channelKeys } from './keys';

export function closeChannel(id: number, body: CloseChannel): Promise<Channel> {
  return unwrap(api.POST('/api/v1/channels/{id}/close', { params: { path: { id: String(id) } }, body }));
}

export function useCloseChannel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: CloseChannel }) => closeChannel(id, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(channelKeys.detail(saved.id), saved);
      // Closing ends the channel's administrators: duties, the matrix and vacancies change too.
      return queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
    },
  });
}
