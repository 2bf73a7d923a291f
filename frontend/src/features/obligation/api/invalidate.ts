import type { QueryClient } from '@tanstack/react-query';
import { obligationKeys } from './keys';

/** A fulfilment, a waiver or a rule change moves statuses everywhere: instances, roll-up, my list. */
export function invalidateObligations(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: obligationKeys.all }),
    queryClient.invalidateQueries({ queryKey: obligationKeys.mine() }),
    queryClient.invalidateQueries({ queryKey: obligationKeys.fulfilments() }),
    queryClient.invalidateQueries({ queryKey: ['compliance'] }),
  ]);
}
