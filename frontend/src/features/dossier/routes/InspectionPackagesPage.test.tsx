import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, problem, stubFetch, type Call } from '@/test/fetch-stub';
import { me, organization, person } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import { recordSavedFiles } from '@/test/saved-files';
import type { InspectionPackage } from '../api/types';

const street = organization({ id: 12, code: 'STREET-DH', name: '东湖街道', type: 'STREET' });
const secretary = me({
  person: person({ id: 3, name: '王建国' }),
  scope: [{ organizationId: 12, code: 'STREET-DH', name: '东湖街道', role: 'STAFF' }],
});
const SHA = 'ab'.repeat(32);

// as the service sends it while running, less the nulls the contract declares as absent
const running: InspectionPackage = {
  id: 7,
  organizationId: 12,
  organizationName: '东湖街道',
  from: '2026-01-01',
  to: '2026-06-30',
  subtree: true,
  parts: ['LEDGERS', 'PUBLICATIONS', 'OBLIGATIONS', 'REPORTS', 'INSPECTIONS', 'AUDIT'],
  status: 'RUNNING',
  progress: { done: 3, total: 10 },
  fileName: '东湖街道_迎检材料包_2026-01-01_2026-06-30.zip',
  requestedBy: { personId: 3, name: '王建国' },
  requestedAt: '2026-12-03T08:00:00Z',
  startedAt: '2026-12-03T08:00:01Z',
};
const done: InspectionPackage = {
  ...running,
  status: 'DONE',
  progress: { done: 10, total: 10 },
  size: 5 * 1024 * 1024,
  fileCount: 42,
  manifestSha256: SHA,
  finishedAt: '2026-12-03T08:00:30Z',
  expiresAt: '2026-12-10T08:00:30Z',
};

/** The backend: the package is running on the first read of the list and done on every later one. */
function backend(
  onCreate: (call: Call) => Response = (call) =>
    json({ ...running, ...(call.body as object), id: 8, status: 'QUEUED' }, 202),
) {
  let reads = 0;
  return stubFetch((call) => {
    const { method, url } = call;
    if (url.pathname === '/api/v1/inspection-packages' && method === 'GET') {
      reads++;
      return json({ items: [reads === 1 ? running : done], total: 1 });
    }
    if (url.pathname === '/api/v1/inspection-packages' && method === 'POST') return onCreate(call);
    if (url.pathname === '/api/v1/inspection-packages/7/download') {
      return new Response('PK', {
        headers: {
          'Content-Type': 'application/zip',
          'Content-Disposition': `attachment; filename="package-7.zip"; filename*=UTF-8''${encodeURIComponent(done.fileName!)}`,
        },
      });
    }
    if (url.pathname === '/api/v1/organizations/12') return json(street);
    if (url.pathname === '/api/v1/organizations')
      return json({ items: [street], total: 1, page: 0, size: 20 });
    return undefined;
  });
}

const listReads = (calls: Call[]) =>
  calls.filter((call) => call.method === 'GET' && call.url.pathname === '/api/v1/inspection-packages').length;

describe('InspectionPackagesPage', () => {
  it('shows a running package with its progress, polls until it is done, then downloads the zip', async () => {
    const saved = recordSavedFiles();
    const calls = backend();
    await renderApp('/inspection-packages', secretary);
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const list = await screen.findByTestId('package-list', {}, { timeout: 15000 });
    expect(await within(list).findByTestId('package-status')).toHaveTextContent('生成中');
    expect(within(list).getByTestId('package-progress')).toHaveTextContent('已写入 3 / 10 个文件');
    expect(screen.getByTestId('package-help')).toHaveTextContent('verify.html');
    expect(screen.getByTestId('package-help')).toHaveTextContent('python3 verify.py');

    // read again 2 s later: done, with its files and the manifest's SHA-256
    await waitFor(() => expect(within(list).getByTestId('package-status')).toHaveTextContent('已完成'), {
      timeout: 6000,
    });
    expect(within(list).getByTestId('package-files')).toHaveTextContent('42 个文件 · 5.0 MB');
    expect(within(list).getByTestId('manifest-sha256')).toHaveAttribute('data-sha256', SHA);
    expect(within(list).queryByTestId('package-progress')).toBeNull();
    expect(within(list).queryByTestId('package-cancel')).toBeNull();
    // nothing is running any more: no further reads
    const reads = listReads(calls);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(listReads(calls)).toBe(reads);

    await user.click(within(list).getByTestId('package-download'));
    await waitFor(() => expect(saved).toEqual(['东湖街道_迎检材料包_2026-01-01_2026-06-30.zip']));
  }, 60000);

  it('builds a package of the organization the user keeps, for a quick period, with the parts ticked', async () => {
    const calls = backend();
    await renderApp('/inspection-packages', secretary);
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const form = await screen.findByTestId('package-form', {}, { timeout: 15000 });
    expect(await within(form).findByText('东湖街道（STREET-DH）')).toBeInTheDocument();
    const lastYear = new Date().getFullYear() - 1;
    await user.click(within(form).getByText(`${lastYear}年全年`));
    await user.click(within(form).getByLabelText('审计事件'));
    await user.click(within(form).getByLabelText('含下级组织'));
    await user.click(within(form).getByRole('button', { name: /生成材料包/ }));

    await waitFor(() => expect(calls.some((call) => call.method === 'POST')).toBe(true));
    expect(calls.find((call) => call.method === 'POST')!.body).toEqual({
      organizationId: 12,
      from: `${lastYear}-01-01`,
      to: `${lastYear}-12-31`,
      subtree: false,
      parts: ['LEDGERS', 'PUBLICATIONS', 'OBLIGATIONS', 'REPORTS', 'INSPECTIONS'],
    });
    expect(await screen.findByText(/已开始生成东湖街道的迎检材料包/)).toBeInTheDocument();
  }, 60000);

  it('shows the refusal of a period that is too long next to the period, in Chinese', async () => {
    const calls = backend(() =>
      problem(422, {
        title: 'Unprocessable',
        errors: [{ field: 'to', code: 'period-too-long', message: 'period too long' }],
      }),
    );
    await renderApp('/inspection-packages?organizationId=12', secretary);
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const form = await screen.findByTestId('package-form', {}, { timeout: 15000 });
    await within(form).findByText('东湖街道（STREET-DH）');
    await user.click(within(form).getByRole('button', { name: /生成材料包/ }));
    expect(await within(form).findByText('期间最长一年（366 天）')).toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(1);
  }, 60000);
});
