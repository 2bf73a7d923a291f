import { describe, expect, it } from 'vitest';
import type { InspectionPackage, PackageStatus } from '../api/types';
import { formatSize, percent, pollInterval, POLL_MS } from './status';

const page = (...statuses: PackageStatus[]) => ({
  items: statuses.map((status, i) => ({ id: i + 1, status }) as InspectionPackage),
  total: statuses.length,
});

describe('package status', () => {
  it('polls every 2 s while a package is queued or running, and stops when none is', () => {
    expect(pollInterval(page('DONE', 'QUEUED'))).toBe(POLL_MS);
    expect(pollInterval(page('RUNNING'))).toBe(2000);
    expect(pollInterval(page('DONE', 'FAILED', 'CANCELLED'))).toBe(false);
    expect(pollInterval(page())).toBe(false);
    expect(pollInterval(undefined)).toBe(false);
  });

  it('shows progress as files written of files to write', () => {
    expect(percent({ progress: { done: 0, total: 0 } })).toBe(0);
    expect(percent({ progress: { done: 1, total: 3 } })).toBe(33);
    expect(percent({ progress: { done: 40, total: 40 } })).toBe(100);
  });

  it('says sizes in B, KB, MB and GB', () => {
    expect(formatSize(null)).toBe('—');
    expect(formatSize(512)).toBe('512 B');
    expect(formatSize(2048)).toBe('2.0 KB');
    expect(formatSize(5 * 1024 * 1024 + 300 * 1024)).toBe('5.3 MB');
    expect(formatSize(250 * 1024 * 1024)).toBe('250 MB');
  });
});
