import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Organization, UpdateOrganization } from '@/lib/api-types';
import { organizationKeys } from './keys';

export function updateOrganization(id: number, body: UpdateOrganization): Promise<Organization> {
  return unwrap(api.PATCH('/api/v1/organizations/{id}', { params: { path: { id: String(id) } }, body }));
}

export function useUpdateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UpdateOrganization }) => updateOrganization(id, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(organizationKeys.detail(saved.id), saved);
      return queryClient.invalidateQueries({ queryKey: organizationKeys.lists() });
    },
  });
}
