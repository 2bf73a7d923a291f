import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, problem, stubFetch } from '@/test/fetch-stub';
import { me, publication } from '@/test/fixtures';
import { renderApp } from '@/test/render';

describe('PublicationEditorPage', () => {
  it('saves a new revision of a draft with the version it was read at', async () => {
    const draft = publication({
      status: 'DRAFT',
      review: undefined,
      allowedActions: ['edit', 'attach', 'submit'],
    });
    const calls = stubFetch((call) => {
      if (call.method === 'GET' && call.url.pathname === '/api/v1/publications/300') return json(draft);
      if (call.method === 'PUT' && call.url.pathname === '/api/v1/publications/300') {
        return json({ ...draft, title: '城关街道开展冬季消防安全检查', revisionNumber: 3, version: 6 });
      }
      return undefined;
    });
    await renderApp('/publications/300/edit', me());
    const user = userEvent.setup();

    const title = await screen.findByLabelText('标题');
    expect(screen.getByTestId('publication-body-editor').innerHTML).toBe(draft.body);
    await user.clear(title);
    await user.type(title, '城关街道开展冬季消防安全检查');
    await user.click(screen.getByRole('button', { name: /^保\s*存$/ }));

    await waitFor(() => expect(calls.some((call) => call.method === 'PUT')).toBe(true));
    expect(calls.find((call) => call.method === 'PUT')!.body).toEqual({
      version: 5,
      title: '城关街道开展冬季消防安全检查',
      summary: draft.summary,
      body: draft.body,
    });
  });

  it('will not save without a title and a body', async () => {
    const calls = stubFetch(() => undefined);
    await renderApp('/publications/new', me());
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: /^保\s*存$/ }));

    expect(await screen.findByText('请填写标题')).toBeInTheDocument();
    expect(screen.getByText('请填写正文')).toBeInTheDocument();
    expect(screen.getByText('请填写发布阵地')).toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(0);
  });

  it('保存并提交审核 saves and submits in one request, then opens the item in review', async () => {
    const draft = publication({
      status: 'DRAFT',
      review: undefined,
      allowedActions: ['edit', 'attach', 'submit'],
    });
    const submitted = publication({ revisionNumber: 3, version: 7 });
    const calls = stubFetch((call) => {
      if (call.method === 'GET' && call.url.pathname === '/api/v1/publications/300') return json(draft);
      if (call.method === 'PUT' && call.url.pathname === '/api/v1/publications/300') return json(submitted);
      return undefined;
    });
    await renderApp('/publications/300/edit', me());
    const user = userEvent.setup();

    await screen.findByLabelText('标题');
    await user.click(screen.getByRole('button', { name: /保存并提交审核/ }));

    expect(await screen.findByText('已保存为第 3 版并提交审核')).toBeInTheDocument();
    const puts = calls.filter((call) => call.method === 'PUT');
    expect(puts).toHaveLength(1);
    expect(puts[0]!.url.searchParams.get('submit')).toBe('true');
    expect(calls.some((call) => call.url.pathname.endsWith('/submit'))).toBe(false);
    expect(await screen.findByTestId('publication-detail')).toBeInTheDocument();
  });

  it('shows why 保存并提交审核 was refused and stays in the editor', async () => {
    const draft = publication({
      status: 'DRAFT',
      review: undefined,
      allowedActions: ['edit', 'attach', 'submit'],
    });
    stubFetch((call) => {
      if (call.method === 'GET' && call.url.pathname === '/api/v1/publications/300') return json(draft);
      if (call.method === 'PUT') {
        return problem(409, { title: 'Conflict', detail: '阵地 50 已关闭，不再发布任何内容' });
      }
      return undefined;
    });
    await renderApp('/publications/300/edit', me());
    const user = userEvent.setup();

    await screen.findByLabelText('标题');
    await user.click(screen.getByRole('button', { name: /保存并提交审核/ }));

    expect(await screen.findByText(/阵地 50 已关闭/)).toBeInTheDocument();
    expect(screen.getByTestId('publication-form')).toBeInTheDocument();
  });
});
