import { useOrganization } from '@/features/organization';
import { useFulfilments } from '../api/fulfilments';
import { useObligationCalendar } from '../api/get-obligation-calendar';
import { parsePeriodKey, periodRange } from './periods';

/**
 * One organization's record for a period: its own instances (from its calendar of that year, those
 * whose period lies in the chosen one, so a year shows its quarters too) and its fulfilments.
 */
export function useOrganizationRecord(id: number | undefined, period: string) {
  const range = periodRange(period);
  const year = parsePeriodKey(period)?.year ?? new Date().getFullYear();
  const organization = useOrganization(id);
  const calendar = useObligationCalendar(id, year);
  const fulfilments = useFulfilments(
    id && range ? { organizationId: id, from: range.start, to: range.end } : undefined,
  );
  const obligations = (calendar.data ?? [])
    .filter((obligation) => obligation.organization.id === id)
    .filter(
      (obligation) => !range || (obligation.periodStart >= range.start && obligation.periodEnd <= range.end),
    )
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title));
  return { organization, calendar, fulfilments, obligations };
}
