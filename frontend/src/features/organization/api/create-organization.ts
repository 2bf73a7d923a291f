import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { CreateOrganization, Organization } from '@/lib/api-types';
import { organizationKeys } from './keys';

export function createOrganization(body: CreateOrganization): Promise<Organization> {
  return unwrap(api.POST('/api/v1/organizations', { body }));
}

export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganization,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizationKeys.all }),
  });
}
