import type { OrgType } from '@/lib/api-types';

export interface OrganizationListParams {
  parent?: number;
  under?: number;
  type?: OrgType;
  q?: string;
  includeDissolved?: boolean;
  page?: number;
  size?: number;
}

export const organizationKeys = {
  all: ['organizations'] as const,
  lists: () => [...organizationKeys.all, 'list'] as const,
  list: (params: OrganizationListParams) => [...organizationKeys.lists(), params] as const,
  detail: (id: number) => [...organizationKeys.all, 'detail', id] as const,
};
