import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { json, stubFetch, type Call } from '@/test/fetch-stub';
import { me, organization } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import type { Finding, Rectification } from '../api/types';

const street = organization({ id: 10, name: '东湖街道', code: 'STREET-DH' });
const liuan = organization({
  id: 20,
  name: '柳岸社区',
  code: 'DH-LIUAN',
  parentId: 10,
  path: [{ id: 10, code: 'STREET-DH', name: '东湖街道' }],
});
const secretary = me({ scope: [{ organizationId: 10, code: 'STREET-DH', name: '东湖街道', role: 'STAFF' }] });

const finding: Finding = {
  id: 9,
  version: 1,
  targetOrganizationId: 20,
  targetOrganizationName: '柳岸社区',
  raisingOrganizationId: 10,
  raisingOrganizationName: '东湖街道',
  source: 'INSPECTION',
  inspectionId: 5,
  description: '研判记录不全',
  severity: 'MEDIUM',
  createdAt: '2026-12-03T02:00:00Z',
};

const rectification: Rectification = {
  id: 30,
  version: 1,
  findingId: 9,
  finding: { ...finding, rectificationId: 30 },
  measures: '补齐研判记录',
  responsibleRole: 'FIRST_RESPONSIBLE',
  responsiblePersonId: 11,
  responsiblePersonName: '赵桂兰',
  deadline: '2026-11-01',
  longTerm: false,
  checkDates: [],
  status: 'IN_PROGRESS',
  overdue: true,
  dueOn: '2026-11-01',
  escalationLevel: 3,
  escalations: [
    {
      level: 1,
      dueOn: '2026-11-01',
      escalatedAt: '2026-11-02T01:00:00Z',
      notifiedNames: ['赵桂兰', '钱小燕'],
    },
    { level: 2, dueOn: '2026-11-01', escalatedAt: '2026-11-08T01:00:00Z', notifiedNames: ['孙建国'] },
    { level: 3, dueOn: '2026-11-01', escalatedAt: '2026-11-16T01:00:00Z', notifiedNames: ['李明', '赵桂兰'] },
  ],
  createdAt: '2026-10-20T02:00:00Z',
  progress: [
    { id: 1, text: '正在整理', createdAt: '2026-11-02T02:00:00Z', authorName: '赵桂兰', attachments: [] },
  ],
  extensions: [],
};

function common(call: Call) {
  const { url } = call;
  if (url.pathname === '/api/v1/organizations/10') return json(street);
  if (url.pathname === '/api/v1/organizations/20') return json(liuan);
  if (url.pathname === '/api/v1/organizations')
    return json({ items: [street, liuan], total: 2, page: 0, size: 20 });
  if (url.pathname === '/api/v1/me/rectifications') return json({ owned: [], toVerify: [rectification] });
  return undefined;
}

describe('FindingsPage', () => {
  it('opens the raise form from an inspection target, then sets its rectification due in 10 days', async () => {
    const calls = stubFetch((call) => {
      const { method, url } = call;
      if (url.pathname === '/api/v1/findings' && method === 'GET')
        return json({ items: [], total: 0, page: 0, size: 20 });
      if (url.pathname === '/api/v1/findings' && method === 'POST') return json(finding, 201);
      if (url.pathname === '/api/v1/rectifications' && method === 'POST') return json(rectification, 201);
      if (url.pathname === '/api/v1/rectifications/30') return json(rectification);
      return common(call);
    });
    const { router } = await renderApp('/findings?raise=20&inspectionId=5', secretary);
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const raise = await screen.findByTestId('raise-finding-form', {}, { timeout: 15000 });
    expect(within(raise).getByLabelText('督查考核编号')).toHaveValue('5');
    await user.type(within(raise).getByLabelText('问题描述'), ' 研判记录不全 ');
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: /提出问题/ }));
    await waitFor(() => expect(calls.some((call) => call.method === 'POST')).toBe(true));
    expect(calls.find((call) => call.method === 'POST')!.body).toEqual({
      targetOrganizationId: 20,
      raisingOrganizationId: 10,
      source: 'INSPECTION',
      inspectionId: 5,
      description: '研判记录不全',
      severity: 'MEDIUM',
    });

    const rectify = await screen.findByTestId('create-rectification-form');
    await user.type(within(rectify).getByLabelText('整改措施'), '补齐研判记录');
    const dialog = screen.getAllByRole('dialog').find((node) => node.contains(rectify))!;
    await user.click(within(dialog).getByRole('button', { name: /制定整改/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/rectifications/30'));
    const created = calls.find(
      (call) => call.method === 'POST' && call.url.pathname === '/api/v1/rectifications',
    )!;
    expect(created.body).toEqual({
      findingId: 9,
      measures: '补齐研判记录',
      responsibleRole: 'FIRST_RESPONSIBLE',
      deadline: dayjs().add(10, 'day').format('YYYY-MM-DD'),
    });
  }, 120000);
});

describe('LedgerPage', () => {
  it('lists the 整改台账 with the filters of the address, overdue and who was told, and exports the same filters', async () => {
    const calls = stubFetch((call) => {
      if (call.url.pathname === '/api/v1/rectifications') {
        return json({ items: [rectification], total: 1, page: 0, size: 20 });
      }
      return common(call);
    });
    await renderApp('/rectifications?under=10&overdue=1&status=IN_PROGRESS', secretary);
    const table = await screen.findByTestId('rectification-ledger', {}, { timeout: 15000 });
    const row = await within(table).findByTestId('ledger-row');
    expect(row).toHaveAttribute('data-overdue', 'true');
    expect(within(row).getByTestId('escalation')).toHaveAttribute('data-level', '3');
    expect(within(row).getByTestId('escalation')).toHaveTextContent('已通知 上级');
    // everybody told, by name, once each, in the order they were told
    expect(within(row).getByTestId('escalation-names')).toHaveTextContent('：赵桂兰、钱小燕、孙建国、李明');
    expect(within(row).getByTestId('due-badge')).toHaveTextContent('逾期');
    expect(within(table).getByText('正在整理')).toBeInTheDocument();
    expect(await screen.findByTestId('rectifications-waiting')).toHaveTextContent('待我验收 1');
    const listed = calls.find((call) => call.url.pathname === '/api/v1/rectifications')!;
    expect(Object.fromEntries(listed.url.searchParams)).toMatchObject({
      under: '10',
      overdue: 'true',
      status: 'IN_PROGRESS',
    });
  }, 120000);
});
