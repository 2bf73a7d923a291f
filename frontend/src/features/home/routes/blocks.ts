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
 * Which blocks the start page shows: the inboxes of a person (the endpoints answer only for a login linked to
 * one), the vacancies of whoever reads the matrix, the chain's verification and the trail for those who may
 * verify it (admin, auditor).
 */
export function blocksFor(
  access: Access,
  pages: { readsReports: boolean; readsInspections: boolean },
): Blocks {
  const person = access.canReview;
  return {
    verification: access.canVerifyAudit,
    activity: access.canVerifyAudit,
    reviews: person,
    duties: access.hasOwnDuties,
    notifications: person,
    obligations: access.hasOwnObligations,
    rectifications: person && pages.readsInspections,
    workReports: person && pages.readsReports,
    majorMatters: person && pages.readsReports,
    vacancies: access.canReadMatrix,
  };
}
