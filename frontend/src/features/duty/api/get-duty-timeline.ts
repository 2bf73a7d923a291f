import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { DutyTimeline } from '@/lib/api-types';
import { dutyKeys } from './keys';

/** Every assignment of one organization, ended and corrected ones included. */
export function getDutyTimeline(organizationId: number): Promise<DutyTimeline> {
  return unwrap(
    api.GET('/api/v1/organizations/{id}/duty-assignments', {
      params: { path: { id: String(organizationId) } },
    }),
  );
}

export const dutyTimelineQuery = (organizationId: number) =>
  queryOptions({
    queryKey: dutyKeys.timeline(organizationId),
    queryFn: () => getDutyTimeline(organizationId),
  });

export function useDutyTimeline(organizationId: number | undefined) {
  return useQuery({ ...dutyTimelineQuery(organizationId ?? 0), enabled: organizationId !== undefined });
}
