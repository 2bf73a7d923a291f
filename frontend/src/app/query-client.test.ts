import { describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '@/lib/problem';
import { createQueryClient } from './query-client';

function failWith(queryClient: ReturnType<typeof createQueryClient>, problem: ApiProblem) {
  return queryClient
    .getMutationCache()
    .build(queryClient, { mutationFn: () => Promise.reject(problem) })
    .execute(undefined)
    .catch(() => undefined);
}

describe('createQueryClient', () => {
  it('reloads what is shown after a save refused for a stale version', async () => {
    const queryClient = createQueryClient();
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    await failWith(
      queryClient,
      new ApiProblem({ status: 409, type: 'https://dutyledger.org/problems/version-conflict' }),
    );
    expect(invalidate).toHaveBeenCalled();
  });

  it('leaves the cache alone after other refusals', async () => {
    const queryClient = createQueryClient();
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    await failWith(
      queryClient,
      new ApiProblem({ status: 409, type: 'https://dutyledger.org/problems/conflict' }),
    );
    expect(invalidate).not.toHaveBeenCalled();
  });
});
