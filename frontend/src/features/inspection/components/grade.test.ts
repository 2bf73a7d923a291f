import { describe, expect, it } from 'vitest';
import type { GradeBand } from '../api/types';
import { bandProblems, gradeOf, liveScore, maxTotal } from './grade';

const bands: GradeBand[] = [
  { grade: 'EXCELLENT', minPoints: 90 },
  { grade: 'GOOD', minPoints: 80 },
  { grade: 'FAIR', minPoints: 60 },
  { grade: 'POOR', minPoints: 0 },
];

describe('gradeOf', () => {
  it('takes the highest band the total reaches, its minimum included', () => {
    expect(gradeOf(95, bands)).toBe('EXCELLENT');
    expect(gradeOf(90, bands)).toBe('EXCELLENT');
    expect(gradeOf(89.5, bands)).toBe('GOOD');
    expect(gradeOf(60, bands)).toBe('FAIR');
    expect(gradeOf(59.99, bands)).toBe('POOR');
    expect(gradeOf(0, bands)).toBe('POOR');
  });

  it('gives 较差 for a failed veto item whatever the total', () => {
    expect(gradeOf(100, bands, true)).toBe('POOR');
  });

  it('works whatever order the bands come in', () => {
    expect(gradeOf(85, [...bands].reverse())).toBe('GOOD');
  });
});

describe('liveScore', () => {
  const items = [
    { maxPoints: 40, veto: false, points: 38, passed: null },
    { maxPoints: 50, veto: false, points: 45.5, passed: null },
    { maxPoints: 10, veto: true, points: 10, passed: true },
  ];

  it('adds the points and grades the total', () => {
    expect(liveScore(items, bands)).toEqual({
      total: 93.5,
      missing: 0,
      vetoFailed: false,
      grade: 'EXCELLENT',
    });
  });

  it('counts items without points and adds them as nothing', () => {
    const partial = [{ ...items[0], points: null }, items[1], items[2]];
    expect(liveScore(partial, bands)).toMatchObject({ total: 55.5, missing: 1, grade: 'POOR' });
  });

  it('sets 较差 when a veto item failed, keeping the total', () => {
    const vetoed = [items[0], items[1], { ...items[2], passed: false }];
    expect(liveScore(vetoed, bands)).toEqual({ total: 93.5, missing: 0, vetoFailed: true, grade: 'POOR' });
  });

  it('ignores passed=false on an item that is not a veto item', () => {
    const notVeto = [{ ...items[0], passed: false }, items[1], items[2]];
    expect(liveScore(notVeto, bands).vetoFailed).toBe(false);
  });

  it('rounds to two decimals', () => {
    const small = [
      { maxPoints: 1, veto: false, points: 0.1, passed: null },
      { maxPoints: 1, veto: false, points: 0.2, passed: null },
    ];
    expect(liveScore(small, bands).total).toBe(0.3);
  });
});

describe('bandProblems', () => {
  it('accepts descending bands ending at 0', () => {
    expect(bandProblems(bands, 100)).toEqual([]);
    expect(maxTotal([{ maxPoints: 60 }, { maxPoints: 40 }])).toBe(100);
  });

  it('names what is wrong', () => {
    expect(
      bandProblems(
        [
          { grade: 'EXCELLENT', minPoints: 80 },
          { grade: 'GOOD', minPoints: 80 },
          { grade: 'POOR', minPoints: 10 },
        ],
        100,
      ),
    ).toEqual(['descending', 'poorZero']);
    expect(bandProblems([...bands, { grade: 'GOOD', minPoints: 70 }], 100)).toContain('duplicate');
    expect(bandProblems(bands, 85)).toEqual(['aboveMax']);
  });
});
