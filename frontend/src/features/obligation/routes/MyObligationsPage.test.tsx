import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { chooseOption } from '@/test/antd';
import { json, stubFetch, type Call } from '@/test/fetch-stub';
import { me, organization, person } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import type { Fulfilment, Obligation } from '../api/types';

const community = organization({
  id: 20,
  code: 'SQ-01',
  name: '柳岸社区',
  type: 'COMMUNITY',
  parentId: 10,
  path: [
    { id: 1, code: 'QU', name: '城关区' },
    { id: 10, code: 'JD-01', name: '城关街道' },
  ],
});
const clerk = me({
  username: 'community',
  displayName: '赵桂兰',
  person: person({ id: 11, name: '赵桂兰', username: 'community' }),
  scope: [{ organizationId: 20, code: 'SQ-01', name: '柳岸社区', role: 'STAFF' }],
});

function instance(overrides: Partial<Obligation>): Obligation {
  return {
    id: 500,
    version: 1,
    ruleId: 70,
    title: '每季度开展一次意识形态工作分析研判',
    kind: 'ANALYSIS',
    organization: { id: 20, code: 'SQ-01', name: '柳岸社区' },
    period: '2026-Q4',
    periodStart: '2026-10-01',
    periodEnd: '2026-12-31',
    dueDate: '2026-12-31',
    minCount: 1,
    metCount: 0,
    status: 'DUE',
    responsible: [{ id: 11, name: '赵桂兰' }],
    fulfilmentIds: [],
    ...overrides,
  };
}

const analysis = instance({});
const overdueReport = instance({
  id: 501,
  ruleId: 71,
  title: '每半年向上级党委专题汇报一次',
  kind: 'REPORT',
  period: '2026-H1',
  periodStart: '2026-01-01',
  periodEnd: '2026-06-30',
  dueDate: '2026-06-30',
  status: 'OVERDUE',
  responsible: [{ id: 12, name: '钱卫东' }],
});

const saved: Fulfilment = {
  id: 900,
  version: 1,
  organization: analysis.organization,
  happenedOn: '2026-12-01',
  title: '2026年第4季度分析研判',
  kind: 'ANALYSIS',
  participants: [{ id: 11, name: '赵桂兰' }],
  decisions: [],
  obligationIds: [500],
  late: false,
  recordedAt: '2026-12-01T02:00:00Z',
  recordedBy: { id: 11, name: '赵桂兰' },
  corrections: 0,
  attachments: [],
};

function backend(call: Call) {
  const { method, url } = call;
  if (method === 'GET' && url.pathname === '/api/v1/me/obligations') return json([overdueReport, analysis]);
  if (method === 'GET' && url.pathname === '/api/v1/obligation-rules') {
    return json({ items: [], total: 0, page: 0, size: 200 });
  }
  if (method === 'GET' && url.pathname === '/api/v1/organizations/20') return json(community);
  if (method === 'GET' && url.pathname === '/api/v1/obligations/calendar')
    return json([overdueReport, analysis]);
  if (method === 'GET' && url.pathname === '/api/v1/people') {
    return json({
      items: [
        person({ id: 11, name: '赵桂兰', post: '社区党委书记' }),
        person({ id: 13, name: '孙丽', post: '宣传委员' }),
      ],
      total: 2,
      page: 0,
      size: 50,
    });
  }
  if (method === 'POST' && url.pathname === '/api/v1/fulfilments') return json(saved, 201);
  return undefined;
}

/**
 * jsdom's FormData cannot go into Node's Request, so multipart uploads are answered here:
 * the file sent is kept, everything else goes to the stub.
 */
function acceptUploads(uploaded: File[]) {
  const stubbed = globalThis.fetch;
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    if (init?.body instanceof FormData) {
      uploaded.push(init.body.get('file') as File);
      return json(
        {
          id: 1,
          fileName: 'minutes.pdf',
          contentType: 'application/pdf',
          size: 2048,
          sha256: 'ab'.repeat(32),
        },
        201,
      );
    }
    return stubbed(input, init);
  });
}

describe('MyObligationsPage', () => {
  it('lists what the organization owes, an overdue one in red with the responsible person', async () => {
    stubFetch(backend);
    await renderApp('/obligations/mine', clerk);
    const list = await screen.findByTestId('my-obligations', {}, { timeout: 15000 });
    const rows = await within(list).findAllByTestId('obligation-row');
    expect(rows.map((row) => row.getAttribute('data-status'))).toEqual(['OVERDUE', 'DUE']);
    const overdue = within(rows[0]).getByTestId('obligation-status');
    expect(overdue).toHaveTextContent('已逾期');
    expect(overdue.className).toContain('ant-tag-red');
    expect(within(rows[0]).getByTestId('responsible')).toHaveTextContent('钱卫东');
    // the clerk's own organization owes it: recording yes, waiving never
    expect(await within(rows[1]).findByTestId('record-fulfilment')).toBeInTheDocument();
    expect(within(rows[1]).queryByTestId('waive-obligation')).not.toBeInTheDocument();
  });

  it('records a fulfilment pre-filled for the instance, then takes its evidence', async () => {
    const calls = stubFetch(backend);
    const uploaded: File[] = [];
    acceptUploads(uploaded);
    await renderApp('/obligations/mine', clerk);
    const user = userEvent.setup();
    const rows = await screen.findAllByTestId('obligation-row', {}, { timeout: 15000 });
    await user.click(await within(rows[1]).findByTestId('record-fulfilment'));

    const form = await screen.findByTestId('fulfilment-form');
    expect(within(form).getByLabelText('名称')).toHaveValue('2026年第4季度分析研判');
    expect(
      within(screen.getByTestId('counts-toward')).getByText(/每季度开展一次意识形态工作分析研判/),
    ).toBeInTheDocument();
    await chooseOption(user, within(form).getByLabelText('参加人员'), '赵桂兰（社区党委书记）');
    await user.type(within(form).getByLabelText('会议纪要 / 内容摘要'), '研判本季度阵地管理情况。');
    await user.click(screen.getByRole('button', { name: /保存并上传材料/ }));

    await waitFor(() => expect(calls.some((call) => call.method === 'POST')).toBe(true));
    const post = calls.find((call) => call.method === 'POST' && call.url.pathname === '/api/v1/fulfilments')!;
    expect(post.body).toMatchObject({
      organizationId: 20,
      title: '2026年第4季度分析研判',
      kind: 'ANALYSIS',
      participantIds: [11],
      summary: '研判本季度阵地管理情况。',
      decisions: [],
      obligationIds: [500],
    });
    expect(await screen.findByText('落实记录已保存。请上传会议纪要、照片等证明材料。')).toBeInTheDocument();

    const input = screen.getByTestId('evidence-upload').querySelector('input[type=file]') as HTMLInputElement;
    await user.upload(input, new File(['%PDF-1.4'], 'minutes.pdf', { type: 'application/pdf' }));
    await new Promise((r) => setTimeout(r, 3000));
    console.log('CALLS', calls.map((c) => c.method + ' ' + c.url.pathname).join('\n'));
    const evidence = await screen.findByTestId('evidence');
    expect(uploaded.map((file) => file.name)).toEqual(['minutes.pdf']);
    expect(evidence).toHaveTextContent('minutes.pdf');
    expect(evidence).toHaveTextContent('2.0 KB');
    expect(evidence).toHaveAttribute('data-sha256', 'ab'.repeat(32));
  }, 60000);
});
