import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { filerApi } from './client';
import { accountabilityKeys } from './keys';
import type { Filer } from './types';

/** The filing grants the caller may see. */
export function useFilers(organizationId?: number, enabled = true) {
  return useQuery({
    queryKey: accountabilityKeys.filerList(organizationId),
    queryFn: () => filerApi.list(organizationId),
    enabled,
    staleTime: 60 * 1000,
  });
}

export function useGrantFiler() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: filerApi.grant,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountabilityKeys.filers }),
  });
}

export function useRemoveFiler() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (filer: Filer) => filerApi.remove(filer.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountabilityKeys.filers }),
  });
}

/**
 * The organizations the caller may file in: their own grants (the list is read without an organization and
 * kept to the caller's person). An admin files anywhere; a caller without a person has no grants.
 */
export function useOwnGrants(personId: number | undefined, isAdmin: boolean) {
  const filers = useFilers(undefined, personId !== undefined && !isAdmin);
  const grants = (filers.data ?? []).filter((filer) => filer.personId === personId);
  return { grants, isPending: filers.isLoading, canFile: isAdmin || grants.length > 0 };
}
