import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, stubFetch, type Call } from '@/test/fetch-stub';
import { me } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import type { ImportJob } from '../api/types';
import { recordSavedFiles } from '@/test/saved-files';

function job(overrides: Partial<ImportJob> = {}): ImportJob {
  return {
    id: 31,
    kind: 'organizations',
    format: 'csv',
    fileName: '社区.csv',
    encoding: 'GB18030',
    status: 'VALIDATING',
    total: 3,
    processed: 0,
    errorCount: 0,
    createdCount: 0,
    updatedCount: 0,
    unchangedCount: 0,
    createdBy: 'secretary',
    createdByName: '王建国',
    createdAt: '2026-11-28T02:00:00Z',
    ...overrides,
  };
}

const rowErrors = [
  {
    row: 3,
    column: '机构类型',
    value: '小区',
    code: 'invalid-value',
    message: '机构类型「小区」不是可选的类型',
  },
  {
    row: 4,
    column: '上级机构编码',
    value: 'NO-SUCH',
    code: 'unknown-reference',
    message: '找不到上级机构 NO-SUCH',
  },
];

/** The import API: each GET of a job answers the next of `states` (the last one repeats). */
function backend(states: ImportJob[], recent: ImportJob[] = []) {
  let polls = 0;
  return stubFetch((call: Call) => {
    const { pathname } = call.url;
    if (pathname === '/api/v1/imports' && call.method === 'POST') return json(states[0], 202);
    if (pathname === '/api/v1/imports') return json({ items: recent });
    if (pathname === `/api/v1/imports/${states[0].id}`) {
      polls += 1;
      return json(states[Math.min(polls, states.length - 1)]);
    }
    if (pathname === `/api/v1/imports/${states[0].id}/errors`) return json({ total: 2, items: rowErrors });
    if (pathname === `/api/v1/imports/${states[0].id}/commit`) {
      return json({ ...states[0], status: 'COMMITTING', processed: 0 }, 202);
    }
    if (pathname.endsWith('.xlsx')) return new Response('xlsx', { status: 200 });
    return undefined;
  });
}

describe('ImportPage', () => {
  it('uploads a CSV, shows the check running, then every problem by row and the annotated sheet', async () => {
    const saved = recordSavedFiles();
    const calls = backend([
      job(),
      job({ processed: 2 }),
      job({ status: 'INVALID', processed: 3, errorCount: 2, finishedAt: '2026-11-28T02:00:02Z' }),
    ]);
    await renderApp('/imports', me());
    const user = userEvent.setup();

    expect(within(screen.getByTestId('side-menu')).getByText('批量导入')).toBeInTheDocument();
    await user.click(await screen.findByTestId('template-organizations'));
    await waitFor(() => expect(saved).toEqual(['机构导入模板.xlsx']));
    expect(calls.some((call) => call.path === '/api/v1/imports/templates/organizations.xlsx')).toBe(true);

    await user.click(screen.getByRole('radio', { name: /机构\s*机构编码/ }));
    await user.click(screen.getByRole('button', { name: '下一步' }));
    expect(await screen.findByText('导入内容：机构')).toBeInTheDocument();

    const csv = '机构编码,机构名称,机构类型,上级机构编码\nDH-A,新港社区,社区,STREET-DH\n';
    const file = new File([csv], '社区.csv', { type: 'text/csv' });
    await user.upload(document.querySelector<HTMLInputElement>('input[type=file]')!, file);
    expect(screen.getByTestId('import-file')).toHaveTextContent('已选择：社区.csv');
    await user.click(screen.getByRole('combobox', { name: 'CSV 文件编码' }));
    await user.click(await screen.findByText('GB18030', { selector: '.ant-select-item-option-content' }));
    await user.click(screen.getByRole('button', { name: '上传并校验' }));

    const progress = await screen.findByTestId('import-progress');
    expect(within(progress).getByText('正在校验……')).toBeInTheDocument();
    const upload = calls.find((call) => call.method === 'POST')!;
    expect(upload.url.pathname).toBe('/api/v1/imports');
    expect(Object.fromEntries(upload.url.searchParams)).toEqual({
      kind: 'organizations',
      fileName: '社区.csv',
      encoding: 'GB18030',
    });
    expect(upload.headers.get('Content-Type')).toBe('text/csv');
    expect(upload.body).toBe(csv);

    expect(await screen.findByText('已校验 2 / 3 行')).toBeInTheDocument();
    expect(
      await screen.findByText('发现 2 处问题，未写入任何数据', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    const table = await screen.findByTestId('import-errors');
    const rows = within(table).getAllByRole('row').slice(1);
    await waitFor(() => expect(rows.length).toBeGreaterThan(0));
    const cells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(cells).toEqual([
      ['3', '机构类型', '小区', '取值无效机构类型「小区」不是可选的类型'],
      ['4', '上级机构编码', 'NO-SUCH', '找不到引用找不到上级机构 NO-SUCH'],
    ]);
    expect(calls.find((call) => call.url.pathname === '/api/v1/imports/31/errors')!.url.search).toBe(
      '?offset=0&limit=50',
    );
    expect(screen.queryByRole('button', { name: /^写\s*入$/ })).toBeNull();

    await user.click(screen.getByTestId('import-annotated'));
    await waitFor(() => expect(saved).toContain('社区-标注.xlsx'));
    expect(calls.some((call) => call.path === '/api/v1/imports/31/annotated.xlsx')).toBe(true);

    await user.click(screen.getByRole('button', { name: '重新上传' }));
    expect(await screen.findByText('导入内容：机构')).toBeInTheDocument();
  }, 60_000);

  it('writes a checked file after the all-or-nothing confirmation and shows what changed', async () => {
    const valid = job({ id: 32, status: 'VALID', total: 2, processed: 2, createdCount: 2 });
    const calls = backend(
      [
        valid,
        valid,
        job({ id: 32, status: 'COMMITTING', total: 2, processed: 1 }),
        job({ id: 32, status: 'COMMITTED', total: 2, processed: 2, createdCount: 2 }),
      ],
      [valid],
    );
    await renderApp('/imports?job=32', me());
    const user = userEvent.setup();

    expect(await screen.findByText('校验通过 2 行')).toBeInTheDocument();
    expect(screen.getByText(/将新增 2 行，更新 0 行，0 行未变/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^写\s*入$/ }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('写入 2 行机构？');
    expect(dialog).toHaveTextContent('全部写入或全部不写入');
    await user.click(within(dialog).getByRole('button', { name: /^写\s*入$/ }));

    expect(await screen.findByText('正在写入……')).toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'POST').map((call) => call.path)).toEqual([
      '/api/v1/imports/32/commit',
    ]);
    expect(await screen.findByText('写入完成', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(within(screen.getByTestId('import-created')).getByText('2')).toBeInTheDocument();
    expect(within(screen.getByTestId('import-updated')).getByText('0')).toBeInTheDocument();
    expect(within(screen.getByTestId('import-unchanged')).getByText('0')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '查看审计留痕' })).toHaveAttribute('href', '/audit');
    expect(screen.getByRole('link', { name: '前往组织机构' })).toHaveAttribute('href', '/organizations');
  });

  it('lists the recent imports with their status and opens one', async () => {
    const committed = job({
      id: 40,
      status: 'COMMITTED',
      kind: 'people',
      fileName: '人员.xlsx',
      total: 5,
      createdCount: 3,
      updatedCount: 1,
      unchangedCount: 1,
    });
    const invalid = job({ id: 31, status: 'INVALID', errorCount: 2 });
    backend([invalid], [committed, invalid]);
    await renderApp('/imports', me());
    const user = userEvent.setup();

    const list = await screen.findByTestId('recent-imports');
    const row = (await within(list).findByText('人员.xlsx')).closest('tr')!;
    expect(within(row).getByText('已写入')).toBeInTheDocument();
    expect(within(row).getByText('3 / 1 / 1')).toBeInTheDocument();
    const other = within(list).getByText('社区.csv').closest('tr')!;
    expect(within(other).getByText('有错误')).toBeInTheDocument();

    await user.click(within(other).getByRole('link', { name: '查看' }));
    expect(await screen.findByTestId('import-invalid')).toBeInTheDocument();
  });

  it('shows an administrator who uploaded each file by name (上传人), not by login', async () => {
    backend(
      [job()],
      [job({ id: 41, fileName: '责任分工.xlsx', createdBy: 'deputy', createdByName: '李明华' })],
    );
    await renderApp('/imports', me({ globalRoles: ['admin'] }));

    const list = await screen.findByTestId('recent-imports');
    expect(within(list).getByRole('columnheader', { name: '上传人' })).toBeInTheDocument();
    const row = (await within(list).findByText('责任分工.xlsx')).closest('tr')!;
    expect(within(row).getByText('李明华')).toBeInTheDocument();
    expect(within(row).queryByText('deputy')).toBeNull();
  });

  it('is not offered to a user who writes nowhere', async () => {
    stubFetch(() => undefined);
    const member = me({ scope: [{ organizationId: 10, code: 'JD-01', name: '城关街道', role: 'MEMBER' }] });
    await renderApp('/imports', member);
    expect(within(screen.getByTestId('side-menu')).queryByText('批量导入')).toBeNull();
    expect(await screen.findByText('无权访问')).toBeInTheDocument();
  });
});
