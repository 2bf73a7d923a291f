import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, problem, stubFetch, type Call } from '@/test/fetch-stub';
import { me, organization, person } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import type { StatusBoard, WorkReport } from '../api/types';

const street = organization({ id: 10, name: '东湖街道', code: 'STREET-DH' });
const community = organization({
  id: 20,
  code: 'DH-LIUAN',
  name: '柳岸社区',
  type: 'COMMUNITY',
  parentId: 10,
  path: [
    { id: 1, code: 'QU', name: '城关区' },
    { id: 10, code: 'STREET-DH', name: '东湖街道' },
  ],
});
const clerk = me({
  username: 'community',
  displayName: '赵桂兰',
  person: person({ id: 11, name: '赵桂兰', username: 'community' }),
  scope: [{ organizationId: 20, code: 'DH-LIUAN', name: '柳岸社区', role: 'STAFF' }],
});
const secretary = me({
  scope: [{ organizationId: 10, code: 'STREET-DH', name: '东湖街道', role: 'STAFF' }],
});

function report(overrides: Partial<WorkReport> = {}): WorkReport {
  return {
    id: 5,
    version: 2,
    organizationId: 20,
    organizationName: '柳岸社区',
    recipientOrganizationId: 10,
    recipientOrganizationName: '东湖街道',
    copyOrganizationIds: [],
    kind: 'SEMIANNUAL',
    period: '2026-H2',
    title: '柳岸社区2026年下半年意识形态工作专题汇报',
    form: 'WRITTEN',
    progress: '<p>开展分析研判两次。</p>',
    problems: '<p>微信群管理不到位。</p>',
    plans: '<p>加强群主培训。</p>',
    status: 'DRAFT',
    dueOn: '2026-12-31',
    late: false,
    createdAt: '2026-12-01T02:00:00Z',
    createdByName: '赵桂兰',
    sources: [],
    attachments: [],
    ...overrides,
  };
}

function backend(current: { report: WorkReport }) {
  return (call: Call) => {
    const { method, url } = call;
    if (method === 'GET' && url.pathname === '/api/v1/organizations/20') return json(community);
    if (method === 'GET' && url.pathname === '/api/v1/organizations/10') return json(street);
    if (method === 'GET' && url.pathname === '/api/v1/work-reports/5') return json(current.report);
    return undefined;
  };
}

const editor = (card: HTMLElement, label: string) =>
  card.querySelector(`[role="textbox"][aria-label="${label}"]`);

describe('WorkReportPage', () => {
  it('lets the reporting organization sign off its draft with the version it saw, then offers 报送', async () => {
    const current = { report: report() };
    const base = backend(current);
    const calls = stubFetch((call) => {
      if (call.method === 'POST' && call.url.pathname === '/api/v1/work-reports/5/sign-off') {
        current.report = report({
          version: 3,
          status: 'SIGNED_OFF',
          signedOffAt: '2026-12-03T02:00:00Z',
          signedOffByName: '赵桂兰',
        });
        return json(current.report);
      }
      return base(call);
    });
    await renderApp('/work-reports/5', clerk);
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const card = await screen.findByTestId('work-report', {}, { timeout: 15000 });
    expect(card).toHaveAttribute('data-status', 'DRAFT');
    // (role queries over the whole antd page are slow: the editors are found by their label, buttons in their bar)
    await waitFor(() => expect(editor(card, '工作开展情况')).toHaveTextContent('开展分析研判两次。'));
    const actions = () => within(screen.getByTestId('work-report-actions'));
    expect(actions().queryByRole('button', { name: /报\s*送/ })).not.toBeInTheDocument();

    await user.click(actions().getByRole('button', { name: /签\s*发/ }));
    await user.click(
      await within(await screen.findByRole('tooltip')).findByRole('button', { name: /确\s*定/ }),
    );

    await waitFor(() =>
      expect(calls.some((call) => call.url.pathname === '/api/v1/work-reports/5/sign-off')).toBe(true),
    );
    const signOff = calls.find((call) => call.url.pathname === '/api/v1/work-reports/5/sign-off')!;
    expect(signOff.body).toEqual({ version: 2 });
    await waitFor(() =>
      expect(screen.getByTestId('work-report')).toHaveAttribute('data-status', 'SIGNED_OFF'),
    );
    expect(await actions().findByRole('button', { name: /报\s*送/ })).toBeInTheDocument();
    expect(
      within(screen.getByTestId('work-report-history')).getByTestId('history-signedOff'),
    ).toHaveTextContent('赵桂兰 签发');
  }, 60000);

  it('says who may sign off when the server refuses someone else', async () => {
    const current = { report: report() };
    const base = backend(current);
    stubFetch((call) =>
      call.method === 'POST' && call.url.pathname === '/api/v1/work-reports/5/sign-off'
        ? problem(403, { type: 'https://dutyledger.org/problems/not-first-responsible', title: 'Forbidden' })
        : base(call),
    );
    await renderApp('/work-reports/5', clerk);
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    await screen.findByTestId('work-report', {}, { timeout: 15000 });
    const actions = within(await screen.findByTestId('work-report-actions'));
    await user.click(await actions.findByRole('button', { name: /签\s*发/ }));
    await user.click(
      await within(await screen.findByRole('tooltip')).findByRole('button', { name: /确\s*定/ }),
    );
    expect((await screen.findAllByText('只有本单位第一责任人可以签发'))[0]).toBeInTheDocument();
  }, 60000);

  it('shows the recipient a submitted late report read-only, with 确认收悉 and 退回 with a comment', async () => {
    const current = {
      report: report({ status: 'SUBMITTED', late: true, submittedAt: '2027-01-02T02:00:00Z', version: 4 }),
    };
    const base = backend(current);
    const calls = stubFetch((call) => {
      if (call.method === 'POST' && call.url.pathname === '/api/v1/work-reports/5/return') {
        current.report = report({ status: 'RETURNED', version: 5, returnComment: '请补充问题分析' });
        return json(current.report);
      }
      return base(call);
    });
    await renderApp('/work-reports/5', secretary);
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const card = await screen.findByTestId('work-report', {}, { timeout: 15000 });
    expect(within(card).getAllByTestId('late-tag')[0]).toHaveTextContent('迟报');
    expect(editor(card, '工作开展情况')).toBeNull();
    expect(screen.getByTestId('section-problems')).toHaveTextContent('微信群管理不到位。');
    const actions = within(screen.getByTestId('work-report-actions'));
    expect(await actions.findByRole('button', { name: /确认收悉/ })).toBeInTheDocument();

    await user.click(actions.getByRole('button', { name: /退\s*回/ }));
    const form = await screen.findByTestId('return-report-form');
    await user.type(within(form).getByLabelText('退回意见'), '请补充问题分析');
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: /退\s*回/ }));
    await waitFor(() =>
      expect(calls.find((call) => call.url.pathname === '/api/v1/work-reports/5/return')?.body).toEqual({
        version: 4,
        comment: '请补充问题分析',
      }),
    );
  }, 60000);
});

describe('WorkReportStatusPage', () => {
  it('shows each child with its status, late tag and submission time for the period asked', async () => {
    const board: StatusBoard = {
      period: '2026-H2',
      kind: 'SEMIANNUAL',
      dueOn: '2026-12-31',
      rows: [
        {
          organizationId: 20,
          organizationName: '柳岸社区',
          reportId: 5,
          status: 'SUBMITTED',
          late: true,
          submittedAt: '2027-01-02T02:00:00Z',
        },
        {
          organizationId: 21,
          organizationName: '桃源社区',
          status: 'NOT_STARTED',
          late: false,
        },
      ],
    };
    const calls = stubFetch((call) => {
      if (call.url.pathname === '/api/v1/work-reports/status') return json(board);
      if (call.url.pathname === '/api/v1/organizations/10') return json(street);
      if (call.url.pathname === '/api/v1/organizations')
        return json({ items: [street], total: 1, page: 0, size: 20 });
      return undefined;
    });
    await renderApp('/work-reports/status?under=10&kind=SEMIANNUAL&period=2026-H2', secretary);
    const table = await screen.findByTestId('status-board', {}, { timeout: 15000 });
    const rows = await within(table).findAllByTestId('board-row');
    expect(rows.map((row) => row.getAttribute('data-status'))).toEqual(['SUBMITTED', 'NOT_STARTED']);
    expect(within(rows[0]).getByTestId('late-tag')).toHaveTextContent('迟报');
    expect(within(rows[0]).getByRole('link', { name: '柳岸社区' })).toHaveAttribute(
      'href',
      '/work-reports/5',
    );
    expect(within(rows[1]).getByTestId('work-report-status')).toHaveTextContent('未开始');
    expect(screen.getByTestId('board-summary')).toHaveTextContent('共 2 个单位：已报送 1，迟报 1，未报送 1');
    const asked = calls.find((call) => call.url.pathname === '/api/v1/work-reports/status')!;
    expect(Object.fromEntries(asked.url.searchParams)).toEqual({
      under: '10',
      period: '2026-H2',
      kind: 'SEMIANNUAL',
    });
  }, 60000);
});
