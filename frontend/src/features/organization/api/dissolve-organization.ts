import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Organization } from '@/lib/api-types';
import { organizationKeys } from './keys';

export function dissolveOrganization(id: number, version: number): Promise<Organization> {
  return unwrap(
    api.POST('/api/v1/organizations/{id}/dissolve', {
      params: { path: { id: String(id) } },
      body: { version },
    }),
  );
}

export function useDissolveOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) => dissolveOrganization(id, version),
    onSuccess: (saved) => {
      queryClient.setQueryData(organizationKeys.detail(saved.id), saved);
      return queryClient.invalidateQueries({ queryKey: organizationKeys.lists() });
    },
  });
}
