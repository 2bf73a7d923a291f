import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { chooseOption } from '@/test/antd';
import { json, stubFetch } from '@/test/fetch-stub';
import { me, organization, person } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import type { WorkReport } from '../api/types';

const community = organization({
  id: 20,
  code: 'DH-LIUAN',
  name: '柳岸社区',
  type: 'COMMUNITY',
  parentId: 10,
});
const clerk = me({
  username: 'community',
  person: person({ id: 11, name: '赵桂兰', username: 'community' }),
  scope: [{ organizationId: 20, code: 'DH-LIUAN', name: '柳岸社区', role: 'STAFF' }],
});

const draft = {
  id: 5,
  version: 1,
  organizationId: 20,
  organizationName: '柳岸社区',
  recipientOrganizationId: 10,
  recipientOrganizationName: '东湖街道',
  copyOrganizationIds: [],
  kind: 'SEMIANNUAL',
  period: '2026-H1',
  title: '柳岸社区2026年上半年专题汇报',
  form: 'WRITTEN',
  progress: '',
  problems: '',
  plans: '',
  status: 'RETURNED',
  dueOn: '2026-06-30',
  late: true,
  createdAt: '2026-06-01T02:00:00Z',
  sources: [],
  attachments: [],
} satisfies WorkReport;

describe('WorkReportsPage', () => {
  it('lists the reports with the filters of the address, what waits for me, and starts a new one', async () => {
    const calls = stubFetch((call) => {
      const { method, url } = call;
      if (url.pathname === '/api/v1/work-reports' && method === 'GET') {
        return json({ items: [draft], total: 1, page: 0, size: 20 });
      }
      if (url.pathname === '/api/v1/me/work-reports') {
        return json({ toSignOff: [], toAcknowledge: [], returned: [draft] });
      }
      if (url.pathname === '/api/v1/organizations/20') return json(community);
      if (url.pathname === '/api/v1/organizations')
        return json({ items: [community], total: 1, page: 0, size: 20 });
      if (url.pathname === '/api/v1/work-reports' && method === 'POST') {
        return json({ ...draft, id: 6, period: '2026-H2', status: 'DRAFT', late: false }, 201);
      }
      return undefined;
    });
    await renderApp('/work-reports?status=RETURNED&kind=SEMIANNUAL', clerk);
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const table = await screen.findByTestId('work-report-list', {}, { timeout: 15000 });
    expect(await within(table).findByText('柳岸社区2026年上半年专题汇报')).toBeInTheDocument();
    expect(within(table).getByTestId('work-report-status')).toHaveTextContent('已退回');
    expect(within(table).getByTestId('late-tag')).toHaveTextContent('迟报');
    expect(screen.getByTestId('work-reports-waiting')).toHaveTextContent('被退回 1');
    const listed = calls.find(
      (call) => call.method === 'GET' && call.url.pathname === '/api/v1/work-reports',
    )!;
    expect(listed.url.searchParams.get('status')).toBe('RETURNED');
    expect(listed.url.searchParams.get('kind')).toBe('SEMIANNUAL');

    await user.click(screen.getByRole('button', { name: /新建汇报/ }));
    const form = await screen.findByTestId('new-report-form');
    // this year's second half (the dialog offers the periods around today)
    const year = new Date().getFullYear();
    await chooseOption(user, within(form).getByLabelText('期间'), `${year}年下半年`);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(calls.some((call) => call.method === 'POST')).toBe(true));
    expect(calls.find((call) => call.method === 'POST')!.body).toEqual({
      organizationId: 20,
      kind: 'SEMIANNUAL',
      period: `${year}-H2`,
      form: 'WRITTEN',
    });
  }, 60000);
});
