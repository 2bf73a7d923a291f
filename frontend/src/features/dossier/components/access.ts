import type { Access } from '@/features/me';

/** Who may build inspection packages: whoever reads an organization (the server checks the one chosen). */
export const canBuildPackages = (access: Access) => access.canBrowseOrganizations;
