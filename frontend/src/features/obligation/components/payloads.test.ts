import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { Fulfilment } from '../api/types';
import { fromFulfilment, toCorrectionPayload, toFulfilmentPayload } from './fulfilment-payload';
import { isMonthDay, toRulePayload } from './rule-payload';

describe('the fulfilment form payload', () => {
  it('sends the day, trimmed texts, participants once, and the instances it counts toward', () => {
    const body = toFulfilmentPayload(
      {
        happenedOn: dayjs('2026-11-20'),
        title: '  2026年第4季度分析研判  ',
        kind: 'ANALYSIS',
        participantIds: [11, 12, 11],
        guests: '   ',
        summary: ' 研判本季度网上舆论阵地管理情况。 ',
        decisions: [
          {
            text: ' 加强公众号审核 ',
            positions: [
              { personId: 11, position: 'AGREE' },
              { personId: 12, position: 'OBJECT', text: ' 人手不足 ' },
              { personId: undefined, position: 'AGREE' },
            ],
          },
          { text: '   ', positions: [{ personId: 11 }] },
        ],
        obligationIds: [501, 501, 502],
      },
      20,
    );
    expect(body).toEqual({
      organizationId: 20,
      happenedOn: '2026-11-20',
      title: '2026年第4季度分析研判',
      kind: 'ANALYSIS',
      participantIds: [11, 12],
      summary: '研判本季度网上舆论阵地管理情况。',
      decisions: [
        {
          text: '加强公众号审核',
          positions: [
            { personId: 11, position: 'AGREE' },
            { personId: 12, position: 'OBJECT', text: '人手不足' },
          ],
        },
      ],
      obligationIds: [501, 502],
    });
  });

  it('counts a position without a choice as agreement and sends no decisions when there are none', () => {
    const body = toFulfilmentPayload(
      {
        happenedOn: dayjs('2026-11-20'),
        title: 't',
        decisions: [{ text: 'd', positions: [{ personId: 3 }] }],
      },
      20,
    );
    expect(body.decisions![0].positions).toEqual([{ personId: 3, position: 'AGREE' }]);
    expect(toFulfilmentPayload({ title: 't' }, 20)).toMatchObject({
      decisions: [],
      participantIds: [],
      obligationIds: [],
    });
  });

  it('fills the form from a saved record for a correction, and sends it back unchanged', () => {
    const record: Fulfilment = {
      id: 900,
      version: 2,
      organization: { id: 20, code: 'SQ-01', name: '柳岸社区' },
      happenedOn: '2026-11-20',
      title: '分析研判会',
      kind: 'ANALYSIS',
      participants: [{ id: 11, name: '赵桂兰' }],
      guests: '街道联络员',
      summary: '纪要',
      decisions: [
        { text: '加强审核', positions: [{ person: { id: 11, name: '赵桂兰' }, position: 'AGREE' }] },
      ],
      obligationIds: [501],
      late: false,
      recordedAt: '2026-11-20T08:00:00Z',
      corrections: 0,
      attachments: [],
    };
    expect(toFulfilmentPayload(fromFulfilment(record), 20)).toEqual({
      organizationId: 20,
      happenedOn: '2026-11-20',
      title: '分析研判会',
      kind: 'ANALYSIS',
      participantIds: [11],
      guests: '街道联络员',
      summary: '纪要',
      decisions: [{ text: '加强审核', positions: [{ personId: 11, position: 'AGREE' }] }],
      obligationIds: [501],
    });
  });

  it('sends a correction without the organization, with the reason and the version seen', () => {
    const body = toCorrectionPayload(
      { happenedOn: dayjs('2026-11-21'), title: '分析研判会', kind: 'ANALYSIS', reason: ' 日期记错 ' },
      2,
    );
    expect(body).not.toHaveProperty('organizationId');
    expect(body).toMatchObject({ happenedOn: '2026-11-21', reason: '日期记错', version: 2 });
  });
});

describe('the rule form payload', () => {
  it('accepts a month-day the server accepts', () => {
    expect(isMonthDay('06-30')).toBe(true);
    expect(isMonthDay('12-31')).toBe(true);
    expect(isMonthDay('02-29')).toBe(true);
    expect(isMonthDay('06-31')).toBe(false);
    expect(isMonthDay('13-01')).toBe(false);
    expect(isMonthDay('6-30')).toBe(false);
  });

  it('leaves the due day out for "end of the period", and blank texts out', () => {
    expect(
      toRulePayload({
        issuerOrganizationId: 1,
        title: ' 每半年向上级党委专题汇报一次 ',
        kind: 'REPORT',
        period: 'HALF',
        minCount: 1,
        dueMonthDay: ' ',
        appliesTo: ['STREET', 'COMMUNITY'],
        includeIssuer: false,
        perHolderRole: undefined,
        accountableRole: 'FIRST_RESPONSIBLE',
        basis: '',
        validFrom: dayjs('2026-01-01'),
      }),
    ).toEqual({
      issuerOrganizationId: 1,
      title: '每半年向上级党委专题汇报一次',
      kind: 'REPORT',
      period: 'HALF',
      minCount: 1,
      appliesTo: ['STREET', 'COMMUNITY'],
      includeIssuer: false,
      accountableRole: 'FIRST_RESPONSIBLE',
      validFrom: '2026-01-01',
    });
  });
});
