import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { json, problem, stubFetch } from '@/test/fetch-stub';
import { me, organization, person } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import type { Rectification } from '../api/types';

const street = organization({ id: 10, name: '东湖街道', code: 'STREET-DH' });
const community = organization({
  id: 20,
  code: 'DH-LIUAN',
  name: '柳岸社区',
  type: 'COMMUNITY',
  parentId: 10,
  path: [{ id: 10, code: 'STREET-DH', name: '东湖街道' }],
});
const clerk = me({
  username: 'community',
  person: person({ id: 11, name: '赵桂兰', username: 'community' }),
  scope: [{ organizationId: 20, code: 'DH-LIUAN', name: '柳岸社区', role: 'STAFF' }],
});
const secretary = me({ scope: [{ organizationId: 10, code: 'STREET-DH', name: '东湖街道', role: 'STAFF' }] });

function rectification(overrides: Partial<Rectification> = {}): Rectification {
  return {
    id: 30,
    version: 1,
    findingId: 9,
    finding: {
      id: 9,
      version: 1,
      targetOrganizationId: 20,
      targetOrganizationName: '柳岸社区',
      raisingOrganizationId: 10,
      raisingOrganizationName: '东湖街道',
      source: 'INSPECTION',
      inspectionId: 5,
      itemCode: 'A1',
      description: '意识形态工作分析研判记录不全',
      severity: 'MEDIUM',
      createdAt: '2026-12-03T02:00:00Z',
      rectificationId: 30,
    },
    measures: '补齐研判记录，每季度开展一次',
    responsibleRole: 'FIRST_RESPONSIBLE',
    responsiblePersonId: 11,
    responsiblePersonName: '赵桂兰',
    deadline: '2026-12-13',
    longTerm: false,
    checkDates: [],
    status: 'OPEN',
    overdue: false,
    dueOn: '2026-12-13',
    escalationLevel: 0,
    escalations: [],
    progress: [],
    extensions: [],
    createdAt: '2026-12-03T02:00:00Z',
    ...overrides,
  };
}

const orgs = (url: URL) => {
  if (url.pathname === '/api/v1/organizations/20') return json(community);
  if (url.pathname === '/api/v1/organizations/10') return json(street);
  return undefined;
};

const entry = {
  id: 44,
  text: '已补齐2026年四次研判记录',
  createdAt: '2026-12-05T02:00:00Z',
  authorName: '赵桂兰',
  attachments: [] as Rectification['progress'][number]['attachments'],
};

/**
 * jsdom's FormData cannot go into Node's Request (the generated client builds one): the file is caught where
 * the form is filled, and the multipart upload is answered here; everything else goes to the stub.
 */
function acceptUploads(uploads: { path: string; file: File }[], answer: () => void) {
  const append = vi.spyOn(FormData.prototype, 'append');
  onTestFinished(() => append.mockRestore());
  const stubbed = globalThis.fetch;
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = input instanceof Request ? input.method : (init?.method ?? 'GET');
    if (method === 'POST' && url.pathname.endsWith('/attachments')) {
      const file = append.mock.calls.filter(([name]) => name === 'file').at(-1)?.[1] as File;
      uploads.push({ path: url.pathname, file });
      answer();
      return json(
        {
          id: 1,
          fileName: file.name,
          contentType: file.type,
          size: 2048,
          sha256: 'abc123',
          uploadedAt: '2026-12-05T02:00:00Z',
        },
        201,
      );
    }
    return stubbed(input, init);
  });
}

describe('RectificationPage', () => {
  it('lets the community add progress with an evidence file, then submit it', async () => {
    let current = rectification();
    const calls = stubFetch((call) => {
      const { method, url } = call;
      if (url.pathname === '/api/v1/rectifications/30' && method === 'GET') return json(current);
      if (url.pathname === '/api/v1/rectifications/30/progress') {
        current = { ...current, version: 2, status: 'IN_PROGRESS', progress: [entry] };
        return json(current);
      }
      if (url.pathname === '/api/v1/rectifications/30/submit') {
        current = { ...current, version: 4, status: 'SUBMITTED', submittedByName: '赵桂兰' };
        return json(current);
      }
      return orgs(url);
    });
    const uploads: { path: string; file: File }[] = [];
    acceptUploads(uploads, () => {
      const file = {
        id: 1,
        fileName: '研判记录.pdf',
        contentType: 'application/pdf',
        size: 2048,
        sha256: 'abc123',
        uploadedAt: '2026-12-05T02:00:00Z',
      };
      current = { ...current, version: 3, progress: [{ ...entry, attachments: [file] }] };
    });
    await renderApp('/rectifications/30', clerk);
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const card = await screen.findByTestId('rectification', {}, { timeout: 15000 });
    expect(card).toHaveAttribute('data-status', 'OPEN');
    expect(within(card).getByTestId('rectification-responsible')).toHaveTextContent('赵桂兰（第一责任人）');
    expect(within(card).getByTestId('due-badge')).toBeInTheDocument();

    const form = await screen.findByTestId('progress-form');
    await user.type(within(form).getByLabelText('进展情况'), entry.text);
    const input = form.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File(['%PDF'], '研判记录.pdf', { type: 'application/pdf' }));
    await user.click(within(form).getByRole('button', { name: /添加进展/ }));

    expect(await screen.findByTestId('evidence')).toHaveTextContent('研判记录.pdf');
    expect(calls.find((call) => call.url.pathname.endsWith('/progress'))!.body).toEqual({
      version: 1,
      text: entry.text,
    });
    expect(uploads.map((upload) => [upload.path, upload.file.name])).toEqual([
      ['/api/v1/rectifications/30/progress/44/attachments', '研判记录.pdf'],
    ]);

    await user.click(await screen.findByRole('button', { name: /提交验收/ }));
    await user.click(within(await screen.findByRole('tooltip')).getByRole('button', { name: /确\s*定/ }));
    await waitFor(() =>
      expect(screen.getByTestId('rectification')).toHaveAttribute('data-status', 'SUBMITTED'),
    );
    expect(calls.find((call) => call.url.pathname.endsWith('/submit'))!.body).toEqual({ version: 3 });
    expect(screen.queryByTestId('progress-form')).not.toBeInTheDocument();
  }, 60000);

  it('lets the street verify and says self-verification in words', async () => {
    const submitted = rectification({ status: 'SUBMITTED', version: 4, progress: [entry] });
    stubFetch((call) => {
      const { url } = call;
      if (url.pathname === '/api/v1/rectifications/30' && call.method === 'GET') return json(submitted);
      if (url.pathname === '/api/v1/rectifications/30/verify') {
        return problem(403, {
          type: 'https://dutyledger.org/problems/self-verification',
          title: 'Forbidden',
        });
      }
      return orgs(url);
    });
    await renderApp('/rectifications/30', secretary);
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    await screen.findByTestId('rectification', {}, { timeout: 15000 });
    expect(screen.queryByTestId('escalation')).not.toBeInTheDocument();

    await user.click(await screen.findByRole('button', { name: /验收通过/ }));
    expect(await screen.findByText(/不能自行验收/)).toBeInTheDocument();
  }, 60000);

  it('shows an overdue rectification escalated to its 第一责任人, and who was told at each step by name', async () => {
    const overdue = rectification({
      status: 'IN_PROGRESS',
      version: 6,
      progress: [entry],
      deadline: '2026-11-20',
      dueOn: '2026-11-20',
      overdue: true,
      escalationLevel: 2,
      escalations: [
        {
          level: 1,
          dueOn: '2026-11-20',
          escalatedAt: '2026-11-21T01:00:00Z',
          notifiedNames: ['赵桂兰', '钱小燕'],
        },
        { level: 2, dueOn: '2026-11-20', escalatedAt: '2026-11-28T01:00:00Z', notifiedNames: ['孙建国'] },
      ],
    });
    stubFetch((call) => {
      if (call.url.pathname === '/api/v1/rectifications/30') return json(overdue);
      return orgs(call.url);
    });
    await renderApp('/rectifications/30', secretary);
    const card = await screen.findByTestId('rectification', {}, { timeout: 15000 });
    expect(within(card).getByTestId('escalation')).toHaveAttribute('data-level', '2');
    expect(within(card).getByTestId('escalation')).toHaveTextContent('已通知 第一责任人');
    expect(within(card).getByTestId('due-badge')).toHaveAttribute('data-overdue', 'true');

    const alert = screen.getByTestId('escalation-alert');
    expect(alert).toHaveTextContent('整改已逾期，已通知：责任人、联络员、第一责任人');
    const steps = within(alert).getAllByTestId('escalation-step');
    expect(steps.map((step) => step.getAttribute('data-level'))).toEqual(['1', '2']);
    expect(steps[0]).toHaveTextContent('逾期升级至联络员（应于 2026-11-20 完成），已通知：赵桂兰、钱小燕');
    expect(steps[1]).toHaveTextContent('逾期升级至第一责任人（应于 2026-11-20 完成），已通知：孙建国');
  }, 60000);

  it('keeps the notices once the item is no longer overdue, without the alarm', async () => {
    const verified = rectification({
      status: 'VERIFIED',
      progress: [entry],
      escalationLevel: 1,
      escalations: [
        { level: 1, dueOn: '2026-11-20', escalatedAt: '2026-11-21T01:00:00Z', notifiedNames: [] },
      ],
    });
    stubFetch((call) => {
      if (call.url.pathname === '/api/v1/rectifications/30') return json(verified);
      return orgs(call.url);
    });
    await renderApp('/rectifications/30', secretary);
    const card = await screen.findByTestId('rectification', {}, { timeout: 15000 });
    expect(screen.queryByTestId('escalation-alert')).not.toBeInTheDocument();
    expect(within(card).getByText('逾期通知')).toBeInTheDocument();
    expect(within(card).getByTestId('escalation-step')).toHaveTextContent('无人可通知（岗位空缺）');
  }, 60000);
});
