// Inspections, assessments, findings and rectification (issue 15). Pages are loaded by the route table.
export { canReadInspections, canWriteInspections } from './components/access';
export { InspectionCrumb, RectificationCrumb, TemplateCrumb } from './components/crumbs';
export type { Inspection, Rectification, ScoringTemplate } from './api/types';
