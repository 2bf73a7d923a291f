import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';
import { dutyKeys } from './keys';

export type DutyCandidate = components['schemas']['DutyCandidate'];

/** Whether a person is in the organization's line: the matrix's own rule, asked before a hand-over. */
export function getDutyCandidate(organizationId: number, personId: number): Promise<DutyCandidate> {
  return unwrap(
    api.GET('/api/v1/organizations/{id}/duty-candidates/{personId}', {
      params: { path: { id: String(organizationId), personId: String(personId) } },
    }),
  );
}

export function useDutyCandidate(organizationId: number, personId: number | undefined) {
  return useQuery({
    queryKey: [...dutyKeys.all, 'candidate', organizationId, personId ?? 0] as const,
    queryFn: () => getDutyCandidate(organizationId, personId!),
    enabled: personId !== undefined,
  });
}
