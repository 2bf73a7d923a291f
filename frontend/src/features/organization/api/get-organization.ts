import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Organization } from '@/lib/api-types';
import { organizationKeys } from './keys';

export function getOrganization(id: number): Promise<Organization> {
  return unwrap(api.GET('/api/v1/organizations/{id}', { params: { path: { id: String(id) } } }));
}

export const organizationQuery = (id: number) =>
  queryOptions({ queryKey: organizationKeys.detail(id), queryFn: () => getOrganization(id) });

export function useOrganization(id: number | undefined) {
  return useQuery({ ...organizationQuery(id ?? 0), enabled: id !== undefined && Number.isFinite(id) });
}
