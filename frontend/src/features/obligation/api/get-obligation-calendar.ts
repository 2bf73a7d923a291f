import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { obligationKeys, validId } from './keys';
import type { Obligation } from './types';

/** The organization's instances of one year. */
export function getObligationCalendar(organizationId: number, year: number): Promise<Obligation[]> {
  return unwrap(
    api.GET('/api/v1/obligations/calendar', {
      params: { query: { organizationId: String(organizationId), year: String(year) } },
    }),
  );
}

export function useObligationCalendar(organizationId: number | undefined, year: number) {
  return useQuery({
    queryKey: obligationKeys.calendar(organizationId ?? 0, year),
    queryFn: () => getObligationCalendar(organizationId!, year),
    enabled: validId(organizationId),
  });
}
