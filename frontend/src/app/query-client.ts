import { MutationCache, QueryClient } from '@tanstack/react-query';
import { isApiProblem } from '@/lib/problem';

/**
 * Client errors (4xx) are answers, not glitches: they are not retried. A save refused for a
 * stale version reloads what is shown, so the next attempt starts from the current record.
 */
export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    mutationCache: new MutationCache({
      onError: (error) => {
        if (isApiProblem(error) && error.isVersionConflict) void queryClient.invalidateQueries();
      },
    }),
    defaultOptions: {
      queries: {
        retry: (failures, error) => !(isApiProblem(error) && error.status < 500) && failures < 2,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
