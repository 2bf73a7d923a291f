// The inspection package (迎检材料包, issue 17): one verifiable zip per organization and period. The page is loaded by the route table.
export { canBuildPackages } from './components/access';
export type { InspectionPackage, PackagePart, PackageStatus } from './api/types';
