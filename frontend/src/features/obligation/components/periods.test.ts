import { describe, expect, it } from 'vitest';
import { initI18n } from '@/lib/i18n';
import {
  formatPeriodKey,
  parsePeriodKey,
  periodKeyOf,
  periodKeysOf,
  periodLabel,
  periodRange,
  shiftPeriod,
} from './periods';

describe('period keys', () => {
  it('reads the four kinds of key strictly, as the server does', () => {
    expect(parsePeriodKey('2026-07')).toEqual({ period: 'MONTH', year: 2026, index: 7 });
    expect(parsePeriodKey('2026-Q3')).toEqual({ period: 'QUARTER', year: 2026, index: 3 });
    expect(parsePeriodKey('2026-H1')).toEqual({ period: 'HALF', year: 2026, index: 1 });
    expect(parsePeriodKey('2026')).toEqual({ period: 'YEAR', year: 2026, index: 1 });
    for (const bad of [
      '2026-13',
      '2026-00',
      '2026-Q5',
      '2026-H3',
      '2026-7',
      '26-Q1',
      '2026-q1',
      ' 2026',
      '',
      null,
    ]) {
      expect(parsePeriodKey(bad), String(bad)).toBeUndefined();
    }
  });

  it('writes a key back the same way', () => {
    for (const key of ['2026-01', '2026-12', '2026-Q1', '2026-H2', '2027']) {
      expect(formatPeriodKey(parsePeriodKey(key)!)).toBe(key);
    }
  });

  it('finds the period holding a day', () => {
    expect(periodKeyOf('MONTH', '2026-07-31')).toBe('2026-07');
    expect(periodKeyOf('QUARTER', '2026-07-01')).toBe('2026-Q3');
    expect(periodKeyOf('QUARTER', '2026-06-30')).toBe('2026-Q2');
    expect(periodKeyOf('HALF', '2026-06-30')).toBe('2026-H1');
    expect(periodKeyOf('HALF', '2026-07-01')).toBe('2026-H2');
    expect(periodKeyOf('YEAR', '2026-12-31')).toBe('2026');
  });

  it('gives first and last days: halves end 06-30 and 12-31, February knows leap years', () => {
    expect(periodRange('2026-H1')).toEqual({ start: '2026-01-01', end: '2026-06-30' });
    expect(periodRange('2026-H2')).toEqual({ start: '2026-07-01', end: '2026-12-31' });
    expect(periodRange('2026-Q4')).toEqual({ start: '2026-10-01', end: '2026-12-31' });
    expect(periodRange('2028-02')).toEqual({ start: '2028-02-01', end: '2028-02-29' });
    expect(periodRange('2026-02')).toEqual({ start: '2026-02-01', end: '2026-02-28' });
    expect(periodRange('2026')).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(periodRange('2026-Q9')).toBeUndefined();
  });

  it('steps across years and lists a year', () => {
    expect(shiftPeriod('2026-Q4', 1)).toBe('2027-Q1');
    expect(shiftPeriod('2026-01', -1)).toBe('2025-12');
    expect(shiftPeriod('2026-H1', -3)).toBe('2024-H2');
    expect(shiftPeriod('2026', 2)).toBe('2028');
    expect(periodKeysOf('QUARTER', 2026)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(periodKeysOf('MONTH', 2026)).toHaveLength(12);
  });

  it('names a period in Chinese first and in English', async () => {
    const i18n = initI18n('zh-CN');
    expect(periodLabel('2026-Q3', i18n.t)).toBe('2026年第3季度');
    expect(periodLabel('2026-H1', i18n.t)).toBe('2026年上半年');
    expect(periodLabel('2026-H2', i18n.t)).toBe('2026年下半年');
    expect(periodLabel('2026-07', i18n.t)).toBe('2026年7月');
    await i18n.changeLanguage('en');
    expect(periodLabel('2026-Q3', i18n.t)).toBe('Q3 2026');
    await i18n.changeLanguage('zh-CN');
  });
});
