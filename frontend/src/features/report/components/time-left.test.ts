import { describe, expect, it } from 'vitest';
import { initI18n } from '@/lib/i18n';
import '../locale';
import { formatMinutes, pendingDeadline, reportDeadlineOf, timeLeft } from './time-left';

const at = (iso: string) => Date.parse(iso);

describe('time left', () => {
  it('counts whole minutes to the deadline', () => {
    expect(timeLeft('2026-12-03T12:00:00Z', at('2026-12-03T08:40:30Z'))).toEqual({
      overdue: false,
      minutes: 199,
    });
  });

  it('counts minutes past it once overdue, and is not overdue on the very instant', () => {
    expect(timeLeft('2026-12-03T12:00:00Z', at('2026-12-03T13:30:00Z'))).toEqual({
      overdue: true,
      minutes: 90,
    });
    expect(timeLeft('2026-12-03T12:00:00Z', at('2026-12-03T12:00:00Z'))).toEqual({
      overdue: false,
      minutes: 0,
    });
  });

  it('says it in the two largest units', () => {
    const i18n = initI18n('zh-CN');
    expect(formatMinutes(3 * 1440 + 5 * 60 + 7, i18n.t)).toBe('3天5小时');
    expect(formatMinutes(200, i18n.t)).toBe('3小时20分');
    expect(formatMinutes(15, i18n.t)).toBe('15分钟');
  });

  it('waits on the acknowledgement deadline only while the matter is reported', () => {
    const ackDeadline = '2026-12-03T12:00:00Z';
    expect(pendingDeadline({ status: 'REPORTED', ackDeadline })).toBe(ackDeadline);
    expect(pendingDeadline({ status: 'ACKNOWLEDGED', ackDeadline })).toBeUndefined();
    expect(pendingDeadline({ status: 'CLOSED', ackDeadline })).toBeUndefined();
  });

  it('puts the report deadline at learned + the limit, 24 hours by default', () => {
    const learned = at('2026-12-02T04:00:00Z');
    expect(new Date(reportDeadlineOf(learned)).toISOString()).toBe('2026-12-03T04:00:00.000Z');
    expect(new Date(reportDeadlineOf(learned, 6)).toISOString()).toBe('2026-12-02T10:00:00.000Z');
  });
});
