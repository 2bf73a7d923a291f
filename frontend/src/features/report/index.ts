// Reports up the hierarchy (issue 14): work reports and major-matter reports. Pages are loaded by the route table.
export { canReadReports, canWriteReports } from './components/access';
export { MajorMatterCrumb, WorkReportCrumb } from './components/crumbs';
export type { MajorMatter, WorkReport } from './api/types';
