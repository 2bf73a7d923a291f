import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, asQuery, unwrap } from '@/lib/api-client';
import type { OrganizationPage } from '@/lib/api-types';
import { organizationKeys, type OrganizationListParams } from './keys';

/** Children of a node (parent=), a subtree search (q= & under=), or a filtered page. */
export function listOrganizations(params: OrganizationListParams): Promise<OrganizationPage> {
  return unwrap(api.GET('/api/v1/organizations', { params: { query: asQuery(params) } }));
}

export const organizationsQuery = (params: OrganizationListParams) =>
  queryOptions({
    queryKey: organizationKeys.list(params),
    queryFn: () => listOrganizations(params),
    staleTime: 30 * 1000,
  });

export function useOrganizations(params: OrganizationListParams, enabled = true) {
  return useQuery({ ...organizationsQuery(params), enabled, placeholderData: keepPreviousData });
}
