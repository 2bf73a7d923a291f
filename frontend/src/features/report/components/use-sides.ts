import { useQueries } from '@tanstack/react-query';
import { useMe, writesIn } from '@/features/me';
import { organizationQuery } from '@/features/organization';
import type { Sides } from './status';

/**
 * On which side of a report the user writes: STAFF of the reporting organization (or above it),
 * of a recipient (or above it), or admin. The organizations are read for their ancestors.
 */
export function useSides(authorId: number | undefined, recipientIds: number[]): Sides {
  const { data: me } = useMe();
  const ids = [authorId ?? 0, ...recipientIds];
  const organizations = useQueries({
    queries: ids.map((id) => ({ ...organizationQuery(id), enabled: id > 0 })),
  });
  if (!me) return { author: false, recipient: false };
  const writes = (index: number) => {
    const organization = organizations[index]?.data;
    return !!organization && writesIn(me, organization);
  };
  return {
    author: writes(0),
    recipient: recipientIds.some((_, index) => writes(index + 1)),
  };
}
