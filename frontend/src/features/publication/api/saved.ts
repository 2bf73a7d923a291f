import type { QueryClient } from '@tanstack/react-query';
import type { Publication } from '@/lib/api-types';
import { ApiProblem } from '@/lib/problem';
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

/** A 409 (moved on, wrong state, approvals missing) means the page is stale: read the item again. */
export function refreshOnConflict(queryClient: QueryClient, id: number, error: unknown) {
  if (error instanceof ApiProblem && error.status === 409) {
    void queryClient.invalidateQueries({ queryKey: publicationKeys.detail(id) });
  }
}
