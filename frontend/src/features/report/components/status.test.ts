import { describe, expect, it } from 'vitest';
import { majorMatterActions, currentPeriod, periodFits, periodsOf, workReportActions } from './status';
import { summarize } from './board';

const author = { author: true, recipient: false };
const recipient = { author: false, recipient: true };

describe('work report actions', () => {
  it('lets the author edit, sign off and attach to a draft, but not submit it unsigned', () => {
    expect(workReportActions({ status: 'DRAFT' }, author)).toEqual({
      save: true,
      signOff: true,
      submit: false,
      acknowledge: false,
      returnReport: false,
      attach: true,
    });
  });

  it('submits a signed-off report; editing it stays possible (it goes back to draft)', () => {
    const actions = workReportActions({ status: 'SIGNED_OFF' }, author);
    expect(actions.submit).toBe(true);
    expect(actions.signOff).toBe(false);
    expect(actions.save).toBe(true);
  });

  it('gives a submitted report to the recipient: acknowledge or return, nothing for the author', () => {
    expect(workReportActions({ status: 'SUBMITTED' }, recipient)).toMatchObject({
      acknowledge: true,
      returnReport: true,
      save: false,
    });
    expect(Object.values(workReportActions({ status: 'SUBMITTED' }, author))).not.toContain(true);
  });

  it('lets the author revise and sign a returned report again; an acknowledged one is closed to all', () => {
    expect(workReportActions({ status: 'RETURNED' }, author)).toMatchObject({ save: true, signOff: true });
    const both = { author: true, recipient: true };
    expect(Object.values(workReportActions({ status: 'ACKNOWLEDGED' }, both))).not.toContain(true);
  });

  it('offers nothing to a reader of neither side', () => {
    const none = { author: false, recipient: false };
    expect(Object.values(workReportActions({ status: 'DRAFT' }, none))).not.toContain(true);
  });
});

describe('major matter actions', () => {
  it('waits for the recipient to acknowledge; no follow-ups before that', () => {
    expect(majorMatterActions({ status: 'REPORTED' }, recipient)).toEqual({
      acknowledge: true,
      followUp: false,
      close: false,
      forward: true,
    });
    expect(majorMatterActions({ status: 'REPORTED' }, author).acknowledge).toBe(false);
  });

  it('takes follow-ups from either side once acknowledged; only the recipient closes', () => {
    expect(majorMatterActions({ status: 'HANDLING' }, author)).toMatchObject({
      followUp: true,
      close: false,
    });
    expect(majorMatterActions({ status: 'ACKNOWLEDGED' }, recipient)).toMatchObject({
      followUp: true,
      close: true,
    });
  });

  it('keeps a closed matter closed', () => {
    const both = { author: true, recipient: true };
    expect(Object.values(majorMatterActions({ status: 'CLOSED' }, both))).not.toContain(true);
  });
});

describe('periods of a report kind', () => {
  it('uses halves for 专题汇报 and years otherwise', () => {
    expect(periodsOf('SEMIANNUAL', 2026)).toEqual(['2026-H1', '2026-H2']);
    expect(periodsOf('ANNUAL', 2026)).toEqual(['2026']);
    expect(periodsOf('DUTY_REPORT', 2026)).toEqual(['2026']);
  });

  it('takes the half holding today, June in the first and July in the second', () => {
    expect(currentPeriod('SEMIANNUAL', '2026-06-30')).toBe('2026-H1');
    expect(currentPeriod('SEMIANNUAL', '2026-07-01')).toBe('2026-H2');
    expect(currentPeriod('ANNUAL', '2026-12-03')).toBe('2026');
  });

  it('checks a period against the kind as the server does', () => {
    expect(periodFits('SEMIANNUAL', '2026-H2')).toBe(true);
    expect(periodFits('SEMIANNUAL', '2026')).toBe(false);
    expect(periodFits('ANNUAL', '2026-H1')).toBe(false);
    expect(periodFits('DUTY_REPORT', '2026')).toBe(true);
    expect(periodFits('ANNUAL', null)).toBe(false);
  });
});

describe('status board summary', () => {
  it('counts submitted (acknowledged too), late and missing organizations', () => {
    const row = (status: string, late = false) =>
      ({ organizationId: 1, organizationName: 'x', status, late }) as Parameters<typeof summarize>[0][number];
    expect(
      summarize([
        row('SUBMITTED', true),
        row('ACKNOWLEDGED'),
        row('NOT_STARTED'),
        row('DRAFT'),
        row('RETURNED', true),
      ]),
    ).toEqual({ total: 5, submitted: 2, late: 2, missing: 3 });
  });
});
