import type { Access } from '@/features/me';

/** Who may see the reports pages: whoever reads somewhere (the server filters by scope). */
export const canReadReports = (access: Access) => access.canBrowseObligations;

/** Who may start reports and report major matters: STAFF of an organization, or admin. */
export const canWriteReports = (access: Access) => access.canManagePeople;
