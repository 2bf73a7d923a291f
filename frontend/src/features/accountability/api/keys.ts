import type { CaseListParams } from './types';

export const accountabilityKeys = {
  cases: ['accountability-cases'] as const,
  caseList: (params: CaseListParams) => [...accountabilityKeys.cases, 'list', params] as const,
  case: (id: number) => [...accountabilityKeys.cases, 'detail', id] as const,
  filers: ['accountability-filers'] as const,
  filerList: (organizationId?: number) => [...accountabilityKeys.filers, organizationId ?? 0] as const,
  mine: () => ['me', 'accountability-lines'] as const,
};

export const validId = (id: number | undefined): id is number =>
  id !== undefined && Number.isSafeInteger(id) && id > 0;
