import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateObligations } from './invalidate';
import { obligationKeys } from './keys';
import type { ObligationRule, SaveObligationRule, UpdateObligationRule, VersionedReason } from './types';

export function createRule(body: SaveObligationRule): Promise<ObligationRule> {
  return unwrap(api.POST('/api/v1/obligation-rules', { body }));
}

export function updateRule(id: number, body: UpdateObligationRule): Promise<ObligationRule> {
  return unwrap(api.PUT('/api/v1/obligation-rules/{id}', { params: { path: { id: String(id) } }, body }));
}

export function retireRule(id: number, body: VersionedReason): Promise<ObligationRule> {
  return unwrap(
    api.POST('/api/v1/obligation-rules/{id}/retire', { params: { path: { id: String(id) } }, body }),
  );
}

function useRuleMutation<A>(call: (args: A) => Promise<ObligationRule>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: obligationKeys.rules() }),
        invalidateObligations(queryClient),
      ]),
  });
}

export const useCreateRule = () => useRuleMutation((body: SaveObligationRule) => createRule(body));
export const useUpdateRule = () =>
  useRuleMutation(({ id, body }: { id: number; body: UpdateObligationRule }) => updateRule(id, body));
export const useRetireRule = () =>
  useRuleMutation(({ id, body }: { id: number; body: VersionedReason }) => retireRule(id, body));
