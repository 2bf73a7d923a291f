import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { LeadingGroup, PutLeadingGroup } from '@/lib/api-types';
import { leadingGroupKey } from './get-leading-group';

export function putLeadingGroup(organizationId: number, body: PutLeadingGroup): Promise<LeadingGroup> {
  return unwrap(
    api.PUT('/api/v1/organizations/{id}/leading-group', {
      params: { path: { id: String(organizationId) } },
      body,
    }),
  );
}

export function usePutLeadingGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ organizationId, body }: { organizationId: number; body: PutLeadingGroup }) =>
      putLeadingGroup(organizationId, body),
    onSuccess: (saved) => queryClient.setQueryData(leadingGroupKey(saved.organizationId), saved),
  });
}
