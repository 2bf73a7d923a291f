import type { QueryClient } from '@tanstack/react-query';
import { channelKeys } from '@/features/channel';
import { dutyKeys } from './keys';

/** A duty change shows in timelines, the matrix, my duties and (for administrators) the channels. */
export function invalidateDuties(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: dutyKeys.all }),
    queryClient.invalidateQueries({ queryKey: channelKeys.all }),
  ]);
}
