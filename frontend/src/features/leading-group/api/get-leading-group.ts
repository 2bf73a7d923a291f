import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { LeadingGroup } from '@/lib/api-types';

export const leadingGroupKey = (organizationId: number) => ['leading-group', organizationId] as const;

export function getLeadingGroup(organizationId: number): Promise<LeadingGroup> {
  return unwrap(
    api.GET('/api/v1/organizations/{id}/leading-group', { params: { path: { id: String(organizationId) } } }),
  );
}

export const leadingGroupQuery = (organizationId: number) =>
  queryOptions({ queryKey: leadingGroupKey(organizationId), queryFn: () => getLeadingGroup(organizationId) });

export function useLeadingGroup(organizationId: number | undefined) {
  return useQuery({ ...leadingGroupQuery(organizationId ?? 0), enabled: organizationId !== undefined });
}
