import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, stubFetch, type Call } from '@/test/fetch-stub';
import { me, organization } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import { recordSavedFiles } from '@/test/saved-files';

const street = organization({ id: 10, code: 'JD-01', name: '城关街道', childCount: 0 });

function backend() {
  return stubFetch((call: Call) => {
    const { pathname } = call.url;
    if (pathname === '/api/v1/organizations/10') return json(street);
    if (pathname === '/api/v1/organizations') return json({ items: [], total: 0, page: 0, size: 500 });
    if (pathname === '/api/v1/people') return json({ items: [], total: 0, page: 0, size: 20 });
    if (pathname === '/api/v1/channels') return json({ items: [], total: 0, page: 0, size: 20 });
    if (pathname.startsWith('/api/v1/exports/')) return new Response('file', { status: 200 });
    return undefined;
  });
}

/** Opens the page's export menu, picks `item`, and returns the export request it sent and the saved name. */
async function exportFrom(route: string, button: string, item: string) {
  const saved = recordSavedFiles();
  const calls = backend();
  await renderApp(route, me());
  const user = userEvent.setup();
  await user.click(await screen.findByTestId(button));
  await user.click(await screen.findByRole('menuitem', { name: item }));
  await waitFor(() => expect(saved).toHaveLength(1));
  const request = calls.find((call) => call.url.pathname.startsWith('/api/v1/exports/'))!;
  return { path: request.path, fileName: saved[0] };
}

describe('export menus on the list pages', () => {
  it('exports the chosen organization’s subtree as CSV', async () => {
    const { path, fileName } = await exportFrom('/organizations/10', 'organization-export', '导出 CSV');
    expect(path).toBe('/api/v1/exports/organizations.csv?under=10');
    expect(fileName).toMatch(/^机构-\d{4}-\d{2}-\d{2}\.csv$/);
  });

  it('exports people or their memberships of the filtered organization', async () => {
    const { path, fileName } = await exportFrom('/people?under=10', 'people-export', '人员所属机构 · Excel');
    expect(path).toBe('/api/v1/exports/memberships.xlsx?under=10');
    expect(fileName).toMatch(/^人员所属机构-.*\.xlsx$/);
  });

  it('keeps the channel register export and adds the import-format one', async () => {
    const { path } = await exportFrom('/channels', 'channel-export-template', '导出 Excel');
    expect(path).toBe('/api/v1/exports/channels.xlsx');
    expect(screen.getByTestId('channel-export')).toHaveTextContent('导出 Excel');
  });

  it('exports the duty assignments of the matrix subtree', async () => {
    const { path } = await exportFrom('/responsibility-matrix', 'duty-export', '导出 CSV');
    expect(path).toBe('/api/v1/exports/duty-assignments.csv?under=10');
  });
});
