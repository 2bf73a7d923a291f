import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  daysLeft,
  ESCALATION_AUDIENCES,
  expectedLevel,
  isSettled,
  ladderStep,
  namesTold,
  nextDue,
} from './deadline';

describe('daysLeft', () => {
  it('counts the days to the deadline, 0 on the day itself', () => {
    expect(daysLeft('2026-12-13', '2026-12-03')).toEqual({ overdue: false, days: 10 });
    expect(daysLeft('2026-12-03', '2026-12-03')).toEqual({ overdue: false, days: 0 });
  });

  it('is overdue from the next day on, counting the days past', () => {
    expect(daysLeft('2026-12-03', '2026-12-04')).toEqual({ overdue: true, days: 1 });
    expect(daysLeft('2026-11-28', '2026-12-13')).toEqual({ overdue: true, days: 15 });
  });

  it('crosses months and leap days', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
  });
});

describe('nextDue', () => {
  it('is the deadline of a rectification with one', () => {
    expect(nextDue({ deadline: '2026-12-13', longTerm: false, checkDates: [] }, '2026-12-03')).toBe(
      '2026-12-13',
    );
  });

  it('is the next check date of a 长期坚持 item, the last one once all have passed', () => {
    const longTerm = { deadline: undefined, longTerm: true, checkDates: ['2027-06-30', '2026-12-31'] };
    expect(nextDue(longTerm, '2026-12-03')).toBe('2026-12-31');
    expect(nextDue(longTerm, '2027-01-01')).toBe('2027-06-30');
    expect(nextDue(longTerm, '2027-07-01')).toBe('2027-06-30');
  });
});

describe('nextDue from the server', () => {
  it('takes the dueOn the server sends over its own reckoning', () => {
    expect(
      nextDue({ deadline: '2026-12-13', longTerm: false, checkDates: [], dueOn: '2027-01-10' }, '2026-12-03'),
    ).toBe('2027-01-10');
  });
});

describe('who was told', () => {
  it('reads the level as a step of the ladder', () => {
    expect([undefined, 0, 1, 2, 3, 4].map(ladderStep)).toEqual([0, 0, 1, 2, 3, 3]);
  });

  it('names everybody told, once each, in the order they were told', () => {
    expect(
      namesTold([
        { notifiedNames: ['赵桂兰', '钱小燕'] },
        { notifiedNames: ['孙建国', '赵桂兰'] },
        { notifiedNames: [] },
      ]),
    ).toEqual(['赵桂兰', '钱小燕', '孙建国']);
    expect(namesTold(undefined)).toEqual([]);
  });
});

describe('escalation', () => {
  it('reaches 联络员 on the first day overdue, 第一责任人 after 7, the raising organization after 15', () => {
    expect([0, 1, 6, 7, 14, 15, 30].map(expectedLevel)).toEqual([0, 1, 1, 2, 2, 3, 3]);
  });

  it('tells more people at each level', () => {
    expect(ESCALATION_AUDIENCES[1]).toHaveLength(2);
    expect(ESCALATION_AUDIENCES[3].at(-1)).toBe('inspection.escalation.raising');
  });

  it('settles verified and monitored items', () => {
    expect(isSettled('VERIFIED')).toBe(true);
    expect(isSettled('MONITORING')).toBe(true);
    expect(isSettled('SUBMITTED')).toBe(false);
  });
});
