import type { InspectionPackage, InspectionPackagePage, PackageStatus } from '../api/types';

/** The list is read again every 2 s while a package of it is being built, and not at all once none is. */
export const POLL_MS = 2000;

export const isBuilding = (status: PackageStatus) => status === 'QUEUED' || status === 'RUNNING';

export function pollInterval(page: InspectionPackagePage | undefined): number | false {
  return page?.items.some((item) => isBuilding(item.status)) ? POLL_MS : false;
}

/** Files written of the files to write, as a whole percentage (0 before the job knows how many). */
export function percent(pkg: Pick<InspectionPackage, 'progress'>): number {
  const { done, total } = pkg.progress ?? { done: 0, total: 0 };
  if (!total || total <= 0) return 0;
  return Math.min(100, Math.floor((done * 100) / total));
}

export const STATUS_COLORS: Record<PackageStatus, string> = {
  QUEUED: 'default',
  RUNNING: 'processing',
  DONE: 'success',
  FAILED: 'error',
  CANCELLED: 'warning',
};

/** Bytes in the units a person reads (1 KB = 1024 B). */
export function formatSize(bytes: number | null | undefined): string {
  if (bytes == null) return '—';
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(value >= 100 ? 0 : 1)} ${units[unit]}`;
}
