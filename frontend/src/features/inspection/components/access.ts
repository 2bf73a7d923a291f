import type { Access } from '@/features/me';

/** Who may see the inspection pages: whoever reads somewhere (the server filters by scope). */
export const canReadInspections = (access: Access) => access.canBrowseObligations;

/** Who may write templates, plans, scores and findings: STAFF of an organization, or admin (the server decides where). */
export const canWriteInspections = (access: Access) => access.canManagePeople;
