import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { json, stubFetch, type Call } from '@/test/fetch-stub';
import { me, organization } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import type { Fulfilment, Obligation } from '../api/types';
import { periodRange } from '../components/periods';

const community = organization({ id: 20, code: 'SQ-01', name: '柳岸社区', type: 'COMMUNITY', parentId: 10 });

function instance(
  id: number,
  title: string,
  period: string,
  dueDate: string,
  status: Obligation['status'],
): Obligation {
  return {
    id,
    version: 1,
    ruleId: id,
    title,
    kind: 'ANALYSIS',
    organization: { id: 20, code: 'SQ-01', name: '柳岸社区' },
    period,
    periodStart: periodRange(period)!.start,
    periodEnd: periodRange(period)!.end,
    dueDate,
    minCount: 1,
    metCount: status === 'MET' ? 1 : 0,
    status,
    responsible: [{ id: 11, name: '赵桂兰' }],
    waivedReason: status === 'WAIVED' ? '班子调整' : undefined,
    fulfilmentIds: [],
  };
}

const year = [
  instance(1, '第一季度分析研判', '2026-Q1', '2026-03-31', 'MET'),
  instance(2, '签订责任书', '2026', '2026-03-31', 'WAIVED'),
  instance(3, '上半年专题汇报', '2026-H1', '2026-06-30', 'MISSED'),
  instance(4, '第四季度分析研判', '2026-Q4', '2026-12-31', 'DUE'),
];
const meeting: Fulfilment = {
  id: 900,
  version: 1,
  organization: year[0].organization,
  happenedOn: '2026-03-20',
  title: '第一季度分析研判会',
  kind: 'ANALYSIS',
  participants: [{ id: 11, name: '赵桂兰' }],
  summary: '研判社区网上阵地情况。',
  decisions: [],
  obligationIds: [1],
  late: false,
  recordedAt: '2026-03-20T08:00:00Z',
  corrections: 0,
  attachments: [
    {
      id: 5,
      fileName: '纪要.pdf',
      contentType: 'application/pdf',
      size: 100,
      sha256: '0123456789abcdef'.repeat(4),
    },
  ],
};

/** The same meeting with two participants, a guest and a decision someone objected to. */
const decidedMeeting: Fulfilment = {
  ...meeting,
  participants: [
    { id: 11, name: '赵桂兰' },
    { id: 12, name: '孙丽娟' },
  ],
  guests: '片区民警',
  decisions: [
    {
      text: '建立群主台账',
      positions: [
        { person: { id: 11, name: '赵桂兰' }, position: 'AGREE' },
        { person: { id: 12, name: '孙丽娟' }, position: 'OBJECT', text: '人手不足' },
      ],
    },
  ],
};

function backendWith(fulfilment: Fulfilment) {
  return (call: Call) => {
    const { method, url } = call;
    if (method !== 'GET') return undefined;
    if (url.pathname === '/api/v1/obligations/calendar') return json(year);
    if (url.pathname === '/api/v1/organizations/20') return json(community);
    if (url.pathname === '/api/v1/fulfilments')
      return json({ items: [fulfilment], total: 1, page: 0, size: 200 });
    return undefined;
  };
}
const backend = backendWith(meeting);

describe('the calendar and the print view of an organization', () => {
  it('groups the year by the month each instance is due', async () => {
    const calls = stubFetch(backend);
    await renderApp('/obligations/organizations/20/calendar?year=2026', me());
    await screen.findByText('柳岸社区 2026年工作要求日历', {}, { timeout: 15000 });
    const months = await screen.findAllByTestId('calendar-month');
    expect(months).toHaveLength(12);
    expect(within(months[2]).getAllByTestId('calendar-item')).toHaveLength(2);
    expect(within(months[5]).getByTestId('calendar-item')).toHaveAttribute('data-status', 'MISSED');
    expect(within(months[11]).getByText('第四季度分析研判')).toBeInTheDocument();
    expect(within(months[0]).getByText('无到期事项')).toBeInTheDocument();
    expect(
      calls.some((call) => call.path === '/api/v1/obligations/calendar?organizationId=20&year=2026'),
    ).toBe(true);
  });

  it('prints the record of a half year: its instances with status and the records with their evidence', async () => {
    stubFetch(backend);
    await renderApp('/obligations/organizations/20/print?period=2026-H1', me());
    const sheet = await screen.findByTestId('obligation-record-print', {}, { timeout: 15000 });
    expect(within(sheet).getByRole('heading', { level: 1 })).toHaveTextContent(
      '柳岸社区2026年上半年工作要求落实台账',
    );
    const rows = within(sheet).getAllByRole('row').slice(1);
    // the year's pledge and the Q4 analysis are not inside the first half
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining('第一季度分析研判'),
      expect.stringContaining('上半年专题汇报'),
    ]);
    expect(rows[1]).toHaveTextContent('未落实');
    expect(sheet).toHaveTextContent('第一季度分析研判会');
    expect(sheet).toHaveTextContent('纪要.pdf（SHA-256 0123456789abcdef…）');
    expect(screen.queryByTestId('side-menu')).not.toBeInTheDocument();
  });

  it('prints participants, guests and positions with full-width punctuation in Chinese', async () => {
    stubFetch(backendWith(decidedMeeting));
    await renderApp('/obligations/organizations/20/print?period=2026-H1', me());
    const sheet = await screen.findByTestId('obligation-record-print', {}, { timeout: 15000 });
    expect(sheet).toHaveTextContent('第一季度分析研判会（分析研判）');
    expect(sheet).toHaveTextContent('参加人员：赵桂兰、孙丽娟；列席及其他人员：片区民警');
    expect(sheet).toHaveTextContent('决定事项 1：建立群主台账（赵桂兰同意；孙丽娟反对：人手不足）');
    expect(sheet).toHaveTextContent('证明材料：纪要.pdf（SHA-256 0123456789abcdef…）');
  });

  it('prints the record in English without full-width punctuation', async () => {
    stubFetch(backendWith(decidedMeeting));
    await renderApp('/obligations/organizations/20/print?period=2026-H1', me());
    const sheet = await screen.findByTestId('obligation-record-print', {}, { timeout: 15000 });
    await act(() => changeLanguage('en'));
    expect(sheet).toHaveTextContent('第一季度分析研判会 (Situation analysis)');
    expect(sheet).toHaveTextContent('Participants: 赵桂兰, 孙丽娟; Guests and others: 片区民警');
    expect(sheet).toHaveTextContent('Decision 1: 建立群主台账 (赵桂兰: Agree; 孙丽娟: Object — 人手不足)');
    expect(sheet).toHaveTextContent('Evidence: 纪要.pdf (SHA-256 0123456789abcdef…)');
    expect(sheet.textContent).not.toMatch(/[：（）；、\u3000]/);
  });
});
