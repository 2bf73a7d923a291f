// The inspection package API's shapes (issue 17), typed by hand from /work/wt/DOSSIER-API.md until openapi.yaml
// carries them; then they become `components['schemas'][…]` aliases like the other features' types.ts.
// The service sends absent values as null: read optional fields with `??` / `!= null`.
import { valuesOf } from '@/lib/api-types';

export type PackagePart = 'LEDGERS' | 'PUBLICATIONS' | 'OBLIGATIONS' | 'REPORTS' | 'INSPECTIONS' | 'AUDIT';
export type PackageStatus = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED' | 'CANCELLED';

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

export interface InspectionPackage {
  id: number;
  organizationId: number;
  organizationName: string;
  from: string;
  to: string;
  subtree: boolean;
  parts: PackagePart[];
  status: PackageStatus;
  progress: { done: number; total: number };
  failure?: { code: string; message: string } | null;
  fileName?: string | null;
  size?: number | null;
  fileCount?: number | null;
  manifestSha256?: string | null;
  requestedBy: { personId?: number | null; name: string };
  requestedAt: string;
  startedAt?: string | null;
  finishedAt?: string | null;
  expiresAt?: string | null;
}

export interface InspectionPackagePage {
  items: InspectionPackage[];
  total: number;
}

export interface CreateInspectionPackage {
  organizationId: number;
  from: string;
  to: string;
  subtree?: boolean;
  parts?: PackagePart[];
}
