import type { PackageStatus } from './types';

export interface PackageListParams {
  organizationId?: number;
  status?: PackageStatus;
  page?: number;
  size?: number;
}

export const packageKeys = {
  all: ['inspection-packages'] as const,
  list: (params: PackageListParams) => [...packageKeys.all, 'list', params] as const,
  detail: (id: number) => [...packageKeys.all, 'detail', id] as const,
};
