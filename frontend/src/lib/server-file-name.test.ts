import { describe, expect, it } from 'vitest';
import { serverFileName } from './api-client';

describe('serverFileName', () => {
  it('reads the RFC 5987 name the server gives a CSV export', () => {
    expect(
      serverFileName(
        `attachment; filename="audit-log_2026-12-03_1807.csv"; filename*=UTF-8''%E5%AE%A1%E8%AE%A1%E6%97%A5%E5%BF%97_2026-12-03_1807.csv`,
      ),
    ).toBe('审计日志_2026-12-03_1807.csv');
  });

  it('gives nothing without a filename*', () => {
    expect(serverFileName('attachment; filename="audit-events.jsonl"')).toBeNull();
    expect(serverFileName(null)).toBeNull();
  });
});
