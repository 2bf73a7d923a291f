import { describe, expect, it } from 'vitest';
import { PACKAGE_PARTS } from '../api/types';
import { choiceOf, createPackageBody, defaultPeriod, periodChoices } from './payload';

describe('inspection package form', () => {
  it('offers the halves and the whole of this year and last year', () => {
    expect(periodChoices('2026-12-03').map(({ key, from, to }) => [key, from, to])).toEqual([
      ['2026-H1', '2026-01-01', '2026-06-30'],
      ['2026-H2', '2026-07-01', '2026-12-31'],
      ['2026', '2026-01-01', '2026-12-31'],
      ['2025-H1', '2025-01-01', '2025-06-30'],
      ['2025-H2', '2025-07-01', '2025-12-31'],
      ['2025', '2025-01-01', '2025-12-31'],
    ]);
  });

  it('starts with the last half-year that has ended', () => {
    expect(defaultPeriod('2026-12-03').key).toBe('2026-H1');
    expect(defaultPeriod('2026-07-01').key).toBe('2026-H1');
    expect(defaultPeriod('2026-06-30').key).toBe('2025-H2');
    expect(defaultPeriod('2026-01-15').key).toBe('2025-H2');
  });

  it('knows a range that is a quick choice, and one that is not', () => {
    expect(choiceOf('2025-07-01', '2025-12-31', '2026-03-01')?.key).toBe('2025-H2');
    expect(choiceOf('2026-01-01', '2026-12-31', '2026-03-01')?.key).toBe('2026');
    expect(choiceOf('2026-01-01', '2026-03-31', '2026-03-01')).toBeUndefined();
  });

  it('sends the organization, the period, 含下级 and the parts in the package order', () => {
    expect(
      createPackageBody({
        organizationId: 12,
        from: '2026-01-01',
        to: '2026-06-30',
        subtree: true,
        parts: [...PACKAGE_PARTS].reverse(),
      }),
    ).toEqual({
      organizationId: 12,
      from: '2026-01-01',
      to: '2026-06-30',
      subtree: true,
      parts: ['LEDGERS', 'PUBLICATIONS', 'OBLIGATIONS', 'REPORTS', 'INSPECTIONS', 'AUDIT'],
    });
    expect(
      createPackageBody({
        organizationId: 20,
        from: '2025-07-01',
        to: '2025-12-31',
        subtree: false,
        parts: ['AUDIT', 'LEDGERS'],
      }),
    ).toEqual({
      organizationId: 20,
      from: '2025-07-01',
      to: '2025-12-31',
      subtree: false,
      parts: ['LEDGERS', 'AUDIT'],
    });
  });
});
