import { describe, expect, it } from 'vitest';
import type { ComplianceCounts } from '../api/types';
import { formatRate, hasProblem, heatOf, rateOf, sumCounts } from './heat';

// the service sends rate null when nothing is owed (the contract calls it optional)
const counts = (over: Partial<Omit<ComplianceCounts, 'rate'>> & { rate?: number | null } = {}) => ({
  met: 0,
  metLate: 0,
  upcoming: 0,
  due: 0,
  overdue: 0,
  missed: 0,
  waived: 0,
  total: 0,
  rate: null,
  ...over,
});

describe('heatmap colour by rate', () => {
  it('is green when everything is met, yellow from 80 %, orange from 50 %, red below', () => {
    expect(heatOf(counts({ rate: 1 })).level).toBe('good');
    expect(heatOf(counts({ rate: 0.8 })).level).toBe('fair');
    expect(heatOf(counts({ rate: 0.79 })).level).toBe('poor');
    expect(heatOf(counts({ rate: 0.5 })).level).toBe('poor');
    expect(heatOf(counts({ rate: 0.49 })).level).toBe('bad');
    expect(heatOf(counts({ rate: 0 })).level).toBe('bad');
  });

  it('is grey when nothing was owed, and never green with something overdue or missed', () => {
    expect(heatOf(counts({ rate: null })).level).toBe('none');
    expect(heatOf(counts({ rate: undefined })).level).toBe('none');
    expect(heatOf(counts({ rate: 1, overdue: 1 })).level).toBe('fair');
    expect(heatOf(counts({ rate: 1, missed: 1 })).level).toBe('fair');
  });

  it('shows the rate as a percentage', () => {
    expect(formatRate(2 / 3)).toBe('67%');
    expect(formatRate(1)).toBe('100%');
    expect(formatRate(null)).toBe('—');
  });

  it('adds cells up and computes the rate as the server does: met, met late and waived over total', () => {
    const sum = sumCounts([
      counts({ met: 1, due: 1, total: 2, rate: 0.5 }),
      counts({ metLate: 1, waived: 1, overdue: 1, total: 3, rate: 2 / 3 }),
    ]);
    expect(sum).toMatchObject({ met: 1, metLate: 1, waived: 1, due: 1, overdue: 1, total: 5 });
    expect(sum.rate).toBeCloseTo(3 / 5);
    expect(rateOf(counts())).toBeNull();
    expect(sumCounts([]).rate).toBeUndefined();
  });

  it('calls due, overdue and missed a problem', () => {
    expect(hasProblem(counts({ due: 1 }))).toBe(true);
    expect(hasProblem(counts({ missed: 1 }))).toBe(true);
    expect(hasProblem(counts({ met: 3, waived: 1, upcoming: 2 }))).toBe(false);
  });
});
