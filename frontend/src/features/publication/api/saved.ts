import type { QueryClient } from '@tanstack/react-query';
import type { Publication } from '@/lib/api-types';
import { publicationKeys } from './keys';

/** After any write: the item as answered, and everything derived from it (lists, inbox, revisions) refetched. */
export function savedPublication(queryClient: QueryClient, saved: Publication) {
  queryClient.setQueryData(publicationKeys.detail(saved.id), saved);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: publicationKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: publicationKeys.revisions(saved.id) }),
    queryClient.invalidateQueries({ queryKey: publicationKeys.trace(saved.id) }),
    queryClient.invalidateQueries({ queryKey: publicationKeys.myReviews() }),
    queryClient.invalidateQueries({ queryKey: ['me', 'notifications'] }),
  ]);
}
