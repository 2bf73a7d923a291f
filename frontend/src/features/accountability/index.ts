// Accountability cases (issue 16). Pages are loaded by the route table.
export { canFileCases, canHaveOwnLines, canReadAccountability, canReadFilers } from './components/access';
export { CaseCrumb } from './components/crumbs';
export { FileCaseLink } from './components/FileCaseLink';
export type { AccountabilityCase, CaseLink } from './api/types';
