import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
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
    escalationLevel: 0,
    progress: [],
    extensions: [],
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
 * jsdom's FormData cannot go through the stub's Request: a multipart upload is answered here with the
 * file kept, everything else goes to the stub.
 */
function acceptUploads(uploads: { path: string; file: File }[], answer: () => void) {
  const stubbed = globalThis.fetch;
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    if (init?.body instanceof FormData) {
      uploads.push({ path: new URL(String(input)).pathname, file: init.body.get('file') as File });
      answer();
      return json({ id: 1, fileName: '研判记录.pdf', size: 2048, sha256: 'abc123' }, 201);
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
      const file = { id: 1, fileName: '研判记录.pdf', size: 2048, sha256: 'abc123' };
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

  it('lets the street verify, says self-verification in words, and shows who an overdue item was told', async () => {
    const submitted = rectification({
      status: 'SUBMITTED',
      version: 4,
      progress: [entry],
      overdue: true,
      escalationLevel: 2,
      deadline: '2026-11-20',
    });
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
    expect(screen.getByTestId('escalation')).toHaveTextContent('已通知 第一责任人');
    expect(screen.getByTestId('escalation-alert')).toHaveTextContent('责任人、联络员、第一责任人');
    expect(screen.getByTestId('due-badge')).toHaveAttribute('data-overdue', 'true');

    await user.click(await screen.findByRole('button', { name: /验收通过/ }));
    expect(await screen.findByText(/不能自行验收/)).toBeInTheDocument();
  }, 60000);
});
