import type { Access } from '@/features/me';

export interface Blocks {
  verification: boolean;
  activity: boolean;
  reviews: boolean;
  duties: boolean;
  notifications: boolean;
  obligations: boolean;
  rectifications: boolean;
  workReports: boolean;
  majorMatters: boolean;
  vacancies: boolean;
}

/**
 * Which blocks the start page shows. The inboxes are a member's: reviewers, report signers and rectification owners
 * are found through duties and memberships, so a person with no membership (the demo auditor) has none of them and
 * sees no empty inboxes, only notifications. Whoever reads the matrix sees the vacancies; the chain's verification
 * and the trail are for those who may verify it (admin, auditor).
 */
export function blocksFor(
  access: Access,
  pages: { readsReports: boolean; readsInspections: boolean },
): Blocks {
  const member = access.hasOwnObligations;
  return {
    verification: access.canVerifyAudit,
    activity: access.canVerifyAudit,
    reviews: member && access.canReview,
    duties: member && access.hasOwnDuties,
    notifications: access.canReview,
    obligations: member,
    rectifications: member && pages.readsInspections,
    workReports: member && pages.readsReports,
    majorMatters: member && pages.readsReports,
    vacancies: access.canReadMatrix,
  };
}
