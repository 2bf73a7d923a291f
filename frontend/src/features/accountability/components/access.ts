import type { Access } from '@/features/me';

/**
 * The case list: whoever reads somewhere may open it; the server lists only what they may see (filers of the
 * filing organization and above, admins, auditors) and nothing for anyone else.
 */
export const canReadAccountability = (access: Access) => access.canBrowseOrganizations;

/** The file form: a person (a filer's grants are checked on the form and by the server) or an admin. */
export const canFileCases = (access: Access) => access.isAdmin || access.hasOwnDuties;

/** The filing grants: admins change them, auditors read them. */
export const canReadFilers = (access: Access) => access.isAdmin || access.isAuditor;

/** 涉及本人的问责: anyone linked to a person may be named in a case. */
export const canHaveOwnLines = (access: Access) => access.hasOwnDuties;
