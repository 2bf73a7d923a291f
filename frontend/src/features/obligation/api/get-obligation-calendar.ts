import { useQuery } from '@tanstack/react-query';
import { unwrap } from '@/lib/api-client';
import { obligationKeys, validId } from './keys';
import { obligationApi } from './obligation-api';
import type { Obligation } from './types';

/** The organization's instances of one year (a page or a plain list; both are read). */
export async function getObligationCalendar(organizationId: number, year: number): Promise<Obligation[]> {
  const body = await unwrap<Obligation[] | { items: Obligation[] }>(
    obligationApi.GET('/api/v1/obligations/calendar', {
      params: { query: { organizationId: String(organizationId), year: String(year) } },
    }),
  );
  return Array.isArray(body) ? body : body.items;
}

export function useObligationCalendar(organizationId: number | undefined, year: number) {
  return useQuery({
    queryKey: obligationKeys.calendar(organizationId ?? 0, year),
    queryFn: () => getObligationCalendar(organizationId!, year),
    enabled: validId(organizationId),
  });
}
