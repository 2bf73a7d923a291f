// The inspection package API's shapes (issue 17), from the generated contract (../openapi.yaml). The contract declares
// optional fields that the service sends as null: read them with `??` / `!= null`.
import type { components } from '@/lib/api-schema';
import { valuesOf } from '@/lib/api-types';

type Schemas = components['schemas'];

export type PackagePart = Schemas['PackagePart'];
export type InspectionPackage = Schemas['InspectionPackage'];
export type PackageStatus = InspectionPackage['status'];
export type InspectionPackagePage = Schemas['InspectionPackagePage'];
export type CreateInspectionPackage = Schemas['InspectionPackageCreate'];

/** Every part, in the order of the package (and of the form's checkboxes). */
export const PACKAGE_PARTS = valuesOf<PackagePart>({
  LEDGERS: true,
  PUBLICATIONS: true,
  OBLIGATIONS: true,
  REPORTS: true,
  INSPECTIONS: true,
  AUDIT: true,
});

export const PACKAGE_STATUSES = valuesOf<PackageStatus>({
  QUEUED: true,
  RUNNING: true,
  DONE: true,
  FAILED: true,
  CANCELLED: true,
});
