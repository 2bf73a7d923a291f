import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, stubFetch, type Call } from '@/test/fetch-stub';
import { me, organization } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import type { Fulfilment, Obligation, ObligationRule } from '../api/types';

const city = organization({ id: 1, code: 'CITY', name: '江城市委', parentId: undefined, path: [] });
const community = organization({
  id: 20,
  code: 'SQ-01',
  name: '柳岸社区',
  type: 'COMMUNITY',
  parentId: 10,
  path: [
    { id: 1, code: 'CITY', name: '江城市委' },
    { id: 10, code: 'JD-01', name: '东湖街道' },
  ],
});
const admin = me({ globalRoles: ['admin'], person: undefined, scope: [] });

const pledge: Obligation = {
  id: 500,
  version: 3,
  ruleId: 80,
  title: '每年签订意识形态工作责任书',
  kind: 'PLEDGE',
  organization: { id: 20, code: 'SQ-01', name: '柳岸社区' },
  period: '2026',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  dueDate: '2026-03-31',
  minCount: 1,
  metCount: 0,
  status: 'OVERDUE',
  responsible: [{ id: 11, name: '赵桂兰' }],
  fulfilmentIds: [],
};
const analysis: Obligation = {
  ...pledge,
  id: 501,
  ruleId: 81,
  title: '每季度开展一次分析研判',
  kind: 'ANALYSIS',
  period: '2026-Q4',
  periodStart: '2026-10-01',
  dueDate: '2026-12-31',
  status: 'MET',
  metCount: 1,
  fulfilmentIds: [900],
};
const rule = {
  id: 80,
  seriesId: 80,
  issuerOrganizationId: 1,
  issuer: { id: 1, code: 'CITY', name: '江城市委' },
};
const meeting: Fulfilment = {
  id: 900,
  version: 2,
  organization: pledge.organization,
  happenedOn: '2026-11-20',
  title: '第四季度分析研判会',
  kind: 'ANALYSIS',
  participants: [
    { id: 11, name: '赵桂兰' },
    { id: 13, name: '孙丽' },
  ],
  guests: '街道联络员',
  summary: '研判社区微信群管理情况。',
  decisions: [
    {
      text: '建立微信群管理员轮值',
      positions: [
        { person: { id: 11, name: '赵桂兰' }, position: 'AGREE' },
        { person: { id: 13, name: '孙丽' }, position: 'OBJECT', text: '人手不足' },
      ],
    },
  ],
  obligationIds: [501],
  late: false,
  recordedAt: '2026-11-20T08:00:00Z',
  recordedBy: { id: 11, name: '赵桂兰' },
  corrections: 0,
  attachments: [
    { id: 5, fileName: '纪要.pdf', contentType: 'application/pdf', size: 20480, sha256: 'ef'.repeat(32) },
  ],
};

function backend(call: Call) {
  const { method, url } = call;
  if (method === 'GET' && url.pathname === '/api/v1/obligations/calendar') return json([pledge, analysis]);
  if (method === 'GET' && url.pathname === '/api/v1/fulfilments')
    return json({ items: [meeting], total: 1, page: 0, size: 200 });
  if (method === 'GET' && url.pathname === '/api/v1/obligation-rules') {
    return json({
      items: [rule as unknown as ObligationRule, { ...rule, id: 81, seriesId: 81 }],
      total: 2,
      page: 0,
      size: 200,
    });
  }
  if (method === 'GET' && url.pathname === '/api/v1/organizations/20') return json(community);
  if (method === 'GET' && url.pathname === '/api/v1/organizations/1') return json(city);
  if (method === 'GET' && url.pathname === '/api/v1/people')
    return json({ items: [], total: 0, page: 0, size: 50 });
  if (method === 'POST' && url.pathname === '/api/v1/obligations/500/waive') {
    return json({ ...pledge, status: 'WAIVED', waivedReason: '班子调整', fulfilments: [] });
  }
  if (method === 'POST' && url.pathname === '/api/v1/fulfilments/900/corrections')
    return json({ ...meeting, corrections: 1 });
  return undefined;
}

describe('OrganizationRecordPage', () => {
  it('shows the period’s instances and records with decisions, objections and evidence', async () => {
    const calls = stubFetch(backend);
    await renderApp('/obligations/organizations/20?period=2026', admin);
    const record = await screen.findByTestId('fulfilment', {}, { timeout: 15000 });
    expect(record).toHaveTextContent('第四季度分析研判会');
    expect(record).toHaveTextContent('赵桂兰、孙丽');
    expect(record).toHaveTextContent('每季度开展一次分析研判（2026年第4季度）');
    expect(within(record).getByText(/孙丽：反\s*对/)).toHaveAttribute('data-position', 'OBJECT');
    expect(within(record).getByTestId('evidence')).toHaveTextContent('20.0 KB');
    const rows = screen.getAllByTestId('obligation-row');
    expect(rows.map((row) => row.getAttribute('data-status'))).toEqual(['OVERDUE', 'MET']);
    const asked = calls.find((call) => call.url.pathname === '/api/v1/fulfilments')!;
    expect(Object.fromEntries(asked.url.searchParams)).toMatchObject({
      organizationId: '20',
      from: '2026-01-01',
      to: '2026-12-31',
    });
  });

  it('lets the issuing level waive with a reason, and corrects a record with a reason', async () => {
    const calls = stubFetch(backend);
    await renderApp('/obligations/organizations/20?period=2026', admin);
    const user = userEvent.setup();
    const rows = await screen.findAllByTestId('obligation-row', {}, { timeout: 15000 });
    // met instances are not waived
    expect(within(rows[1]).queryByTestId('waive-obligation')).not.toBeInTheDocument();
    await user.click(await within(rows[0]).findByTestId('waive-obligation'));
    const waive = await screen.findByTestId('waive-form');
    await user.type(within(waive).getByLabelText('豁免理由'), '班子调整');
    const waiveDialog = screen.getAllByRole('dialog').find((dialog) => dialog.contains(waive))!;
    await user.click(within(waiveDialog).getByRole('button', { name: /^豁\s*免$/ }));
    await waitFor(() =>
      expect(calls.find((call) => call.url.pathname === '/api/v1/obligations/500/waive')?.body).toEqual({
        reason: '班子调整',
        version: 3,
      }),
    );

    await user.click(screen.getByTestId('correct-fulfilment'));
    const form = await screen.findByTestId('fulfilment-form');
    expect(within(form).getByLabelText('名称')).toHaveValue('第四季度分析研判会');
    await user.type(within(form).getByLabelText('更正原因'), '日期记错');
    const formDialog = screen.getAllByRole('dialog').find((dialog) => dialog.contains(form))!;
    await user.click(within(formDialog).getByRole('button', { name: /^更\s*正$/ }));
    await waitFor(() =>
      expect(calls.some((call) => call.url.pathname === '/api/v1/fulfilments/900/corrections')).toBe(true),
    );
    const correction = calls.find((call) => call.url.pathname === '/api/v1/fulfilments/900/corrections')!;
    expect(correction.body).toEqual({
      happenedOn: '2026-11-20',
      title: '第四季度分析研判会',
      kind: 'ANALYSIS',
      participantIds: [11, 13],
      guests: '街道联络员',
      summary: '研判社区微信群管理情况。',
      decisions: [
        {
          text: '建立微信群管理员轮值',
          positions: [
            { personId: 11, position: 'AGREE' },
            { personId: 13, position: 'OBJECT', text: '人手不足' },
          ],
        },
      ],
      obligationIds: [501],
      reason: '日期记错',
      version: 2,
    });
  }, 60000);
});
