export interface AuditFilters {
  entityType?: string;
  entityId?: string;
  action?: string;
  actor?: string;
  /** Subtree root organization id. */
  organization?: number;
  /** ISO instants. */
  from?: string;
  to?: string;
}

/** Drops empty values so they are neither sent nor part of the cache key. */
export function compactFilters(filters: AuditFilters): AuditFilters {
  return Object.fromEntries(
    Object.entries(filters).filter(([, value]) => value !== undefined && value !== null && value !== ''),
  ) as AuditFilters;
}

export const auditKeys = {
  all: ['audit-events'] as const,
  list: (filters: AuditFilters) => [...auditKeys.all, 'list', filters] as const,
};
