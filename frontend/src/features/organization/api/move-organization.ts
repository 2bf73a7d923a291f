import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Organization } from '@/lib/api-types';
import { organizationKeys } from './keys';

export function moveOrganization(id: number, version: number, newParentId: number): Promise<Organization> {
  return unwrap(
    api.POST('/api/v1/organizations/{id}/move', {
      params: { path: { id: String(id) } },
      body: { version, newParentId },
    }),
  );
}

export function useMoveOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, newParentId }: { id: number; version: number; newParentId: number }) =>
      moveOrganization(id, version, newParentId),
    // a move changes the path of a whole subtree
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizationKeys.all }),
  });
}
