import { useQueries } from '@tanstack/react-query';
import { useMe, writesIn } from '@/features/me';
import { organizationQuery } from '@/features/organization';
import type { Rectification } from '../api/types';
import type { RectificationSides } from './status';

/**
 * On which side of a rectification the user writes: STAFF of the target (or above it) owns it; STAFF of the
 * raising organization (or above it) verifies. The organizations are read for their ancestors.
 */
export function useRectificationSides(r: Pick<Rectification, 'finding'> | undefined): RectificationSides {
  const { data: me } = useMe();
  const ids = [r?.finding.targetOrganizationId ?? 0, r?.finding.raisingOrganizationId ?? 0];
  const organizations = useQueries({
    queries: ids.map((id) => ({ ...organizationQuery(id), enabled: id > 0 })),
  });
  if (!me) return { owner: false, raising: false };
  const writes = (index: number) => {
    const organization = organizations[index]?.data;
    return !!organization && writesIn(me, organization);
  };
  return { owner: writes(0), raising: writes(1) };
}
