import { useInfiniteQuery } from '@tanstack/react-query';
import { api, asQuery, unwrap } from '@/lib/api-client';
import type { AuditEventPage } from '@/lib/api-types';
import { auditKeys, compactFilters, type AuditFilters } from './filters';

const PAGE_SIZE = 50;

export function listAuditEvents(filters: AuditFilters, cursor?: string): Promise<AuditEventPage> {
  return unwrap(
    api.GET('/api/v1/audit-events', {
      params: { query: asQuery({ ...compactFilters(filters), cursor, limit: PAGE_SIZE }) },
    }),
  );
}

/** Newest first, "load more" follows nextCursor. */
export function useAuditEvents(filters: AuditFilters) {
  const compact = compactFilters(filters);
  return useInfiniteQuery({
    queryKey: auditKeys.list(compact),
    queryFn: ({ pageParam }) => listAuditEvents(compact, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
