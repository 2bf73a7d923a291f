import type { PublicationStatus } from '@/lib/api-types';

export interface PublicationListParams {
  channelId?: number;
  under?: number;
  status?: PublicationStatus;
  q?: string;
  page?: number;
  size?: number;
}

export const publicationKeys = {
  all: ['publications'] as const,
  lists: () => [...publicationKeys.all, 'list'] as const,
  list: (params: PublicationListParams) => [...publicationKeys.lists(), params] as const,
  detail: (id: number) => [...publicationKeys.all, 'detail', id] as const,
  revisions: (id: number) => [...publicationKeys.all, 'detail', id, 'revisions'] as const,
  compare: (id: number, from: number, to: number) =>
    [...publicationKeys.all, 'detail', id, 'compare', from, to] as const,
  trace: (id: number) => [...publicationKeys.all, 'detail', id, 'trace'] as const,
  myReviews: () => ['me', 'reviews'] as const,
  statistics: (params: StatisticsParams) => ['publication-statistics', params] as const,
  policies: () => ['review-policies'] as const,
  policyList: (under: number) => ['review-policies', 'list', under] as const,
  effectivePolicy: (organizationId: number) => ['review-policies', 'effective', organizationId] as const,
};

export interface StatisticsParams {
  under: number;
  from?: string;
  to?: string;
}

export const validId = (id: number | undefined): id is number =>
  id !== undefined && Number.isSafeInteger(id) && id > 0;
