import type { ObligationStatus } from './types';

export interface ObligationListParams {
  under?: number;
  period?: string;
  status?: ObligationStatus;
  page?: number;
  size?: number;
}

export interface FulfilmentListParams {
  organizationId: number;
  from?: string;
  to?: string;
}

export interface ComplianceParams {
  under: number;
  period: string;
  onlyProblems?: boolean;
}

export const obligationKeys = {
  all: ['obligations'] as const,
  mine: () => ['me', 'obligations'] as const,
  list: (params: ObligationListParams) => [...obligationKeys.all, 'list', params] as const,
  detail: (id: number) => [...obligationKeys.all, 'detail', id] as const,
  calendar: (organizationId: number, year: number) =>
    [...obligationKeys.all, 'calendar', organizationId, year] as const,
  rules: () => ['obligation-rules'] as const,
  ruleList: (issuer: number | undefined, includeRetired: boolean) =>
    ['obligation-rules', 'list', issuer ?? null, includeRetired] as const,
  fulfilments: () => ['fulfilments'] as const,
  fulfilmentList: (params: FulfilmentListParams) => ['fulfilments', 'list', params] as const,
  fulfilment: (id: number) => ['fulfilments', 'detail', id] as const,
  compliance: (params: ComplianceParams) => ['compliance', params] as const,
};

export const validId = (id: number | undefined): id is number =>
  id !== undefined && Number.isSafeInteger(id) && id > 0;
