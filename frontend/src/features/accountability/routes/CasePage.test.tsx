import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { chooseOption } from '@/test/antd';
import { json, problem, stubFetch } from '@/test/fetch-stub';
import { me, person } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import type { AccountabilityCase } from '../api/types';
import { accountabilityCase, secretaryLine } from '../components/fixtures';

const discipline = me({
  username: 'discipline',
  displayName: '林正',
  person: person({ id: 20, name: '林正', username: 'discipline' }),
  scope: [{ organizationId: 1, code: 'QU-DH', name: '东湖区', role: 'STAFF' }],
});
const secretary = me({ scope: [{ organizationId: 10, code: 'STREET-DH', name: '东湖街道', role: 'STAFF' }] });

function serve(initial: AccountabilityCase, answer: (path: string, body: unknown) => AccountabilityCase) {
  let current = initial;
  const calls = stubFetch(({ method, url, body }) => {
    if (!url.pathname.startsWith('/api/v1/accountability-cases/5')) return undefined;
    if (method === 'GET' && url.pathname === '/api/v1/accountability-cases/5') return json(current);
    current = answer(url.pathname, body);
    return json(current);
  });
  return calls;
}

/** Like chooseOption, but in this select's own dropdown: the closed ones of the other lines stay in the page. */
async function chooseOpen(user: ReturnType<typeof userEvent.setup>, combobox: HTMLElement, text: string) {
  await user.click(combobox);
  const dropdown = await waitFor(() => {
    const list = document.getElementById(combobox.getAttribute('aria-controls') ?? '');
    expect(list).not.toBeNull();
    return list!.closest<HTMLElement>('.ant-select-dropdown')!;
  });
  await user.click(within(dropdown).getByText(text, { selector: '.ant-select-item-option-content' }));
}

const rows = () => screen.getAllByTestId('proposal-line');

describe('CasePage', () => {
  it('shows the filer the proposal with its evidence and the exemption, and edits a line with a reason', async () => {
    const c = accountabilityCase();
    const calls = serve(c, () => ({
      ...c,
      version: 2,
      lines: c.lines.map((l) =>
        l.id === 2
          ? { ...l, responsibility: 'IMPORTANT_LEADERSHIP', edited: true, editReason: '分管范围' }
          : l,
      ),
    }));
    await renderApp('/accountability-cases/5', discipline);
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const card = await screen.findByTestId('accountability-case', {}, { timeout: 15000 });
    expect(card).toHaveAttribute('data-status', 'DRAFT');
    expect(within(card).getByText('东湖区纪委')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: '信息发布：关于冬季供暖的通知' })).toHaveAttribute(
      'href',
      '/publications/12',
    );

    expect(rows().map((row) => row.dataset.person)).toEqual(['王建国', '李明华', '陈静']);
    expect(rows()[0]).toHaveTextContent('第一责任人（依据：东委〔2026〕3号）');
    expect(rows()[0]).toHaveTextContent('2026-03-05 任东湖街道第一责任人');
    expect(rows()[0]).toHaveTextContent('主要领导责任');
    expect(rows()[2]).toHaveAttribute('data-exempt', 'true');
    expect(within(rows()[2]).getByTestId('line-exemption')).toHaveTextContent('审核时退回该稿');
    expect(within(rows()[2]).getByTestId('line-exemption')).toHaveTextContent('表述不准确，退回修改');
    expect(within(rows()[1]).queryByTestId('line-exemption')).toBeNull();
    expect(screen.getByTestId('case-submit')).toBeInTheDocument();
    expect(screen.queryByTestId('case-decide')).toBeNull();
    expect(screen.queryByTestId('own-line-only')).toBeNull();

    await user.click(within(rows()[1]).getByTestId('line-edit'));
    const form = await screen.findByTestId('line-edit-form');
    await chooseOption(user, within(form).getByRole('combobox'), '重要领导责任');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await within(form).findByText('请填写修改理由')).toBeInTheDocument();
    await user.type(within(form).getByLabelText('修改理由'), '分管范围');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(calls.some((call) => call.method === 'PUT')).toBe(true));
    const put = calls.find((call) => call.method === 'PUT')!;
    expect(put.url.pathname).toBe('/api/v1/accountability-cases/5/lines/2');
    expect(put.body).toEqual({
      version: 1,
      responsibility: 'IMPORTANT_LEADERSHIP',
      exempt: false,
      reason: '分管范围',
    });
    expect(await screen.findByTestId('line-edit-reason')).toHaveTextContent('已修改：分管范围');
  }, 60000);

  it("lets the filer change a draft's facts and shows a refused field beside it", async () => {
    const c = accountabilityCase();
    let current = c;
    let refused = false;
    const calls = stubFetch(({ method, url }) => {
      if (url.pathname !== '/api/v1/accountability-cases/5') return undefined;
      if (method === 'PUT' && !refused) {
        refused = true;
        return problem(422, {
          type: 'https://duty-ledger.example/problems/validation',
          title: 'Validation failed',
          errors: [{ field: 'incidentDate', code: 'after-end', args: { end: '2026-12-03' }, message: 'x' }],
        });
      }
      if (method === 'PUT') current = { ...c, version: 2, title: '东湖发布错误信息问责（补充）' };
      return json(current);
    });
    await renderApp('/accountability-cases/5', discipline);
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    await screen.findByTestId('accountability-case', {}, { timeout: 15000 });

    await user.click(screen.getByTestId('case-edit-facts'));
    const form = await screen.findByTestId('case-facts-form');
    expect(within(form).getByLabelText('案件名称')).toHaveValue('东湖发布错误信息问责');
    expect(within(form).getAllByTestId('case-form-link')).toHaveLength(1);
    const title = within(form).getByLabelText('案件名称');
    await user.clear(title);
    await user.type(title, '  东湖发布错误信息问责（补充）  ');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await within(form).findByText('不能晚于 2026-12-03')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));

    await waitFor(() => expect(screen.queryByTestId('case-facts-form')).toBeNull());
    const puts = calls.filter((call) => call.method === 'PUT');
    expect(puts).toHaveLength(2);
    expect(puts.at(-1)!.body).toEqual({
      version: 1,
      title: '东湖发布错误信息问责（补充）',
      incidentDate: '2026-12-01',
      situation: 'UNREVIEWED_PUBLICATION',
      description: '东湖发布于12月1日发布的信息存在错误表述，造成负面影响。',
      decisionKind: 'INDIVIDUAL',
      links: [{ kind: 'PUBLICATION', id: 12 }],
    });
    await waitFor(() =>
      expect(
        within(screen.getByTestId('accountability-case')).getByText('东湖发布错误信息问责（补充）'),
      ).toBeInTheDocument(),
    );
  }, 60000);

  it('offers no change of the facts once the case is under review', async () => {
    serve(accountabilityCase({ status: 'UNDER_REVIEW' }), (_path, body) => body as AccountabilityCase);
    await renderApp('/accountability-cases/5', discipline);
    await screen.findByTestId('accountability-case', {}, { timeout: 15000 });
    expect(screen.getByTestId('case-decide')).toBeInTheDocument();
    expect(screen.queryByTestId('case-edit-facts')).toBeNull();
  }, 60000);

  it('decides with a responsibility and an outcome per line and the basis document', async () => {
    const c = accountabilityCase({ status: 'UNDER_REVIEW', version: 3 });
    const calls = serve(c, () => ({ ...c, version: 4, status: 'DECIDED', decisionBasis: '区纪委会议纪要' }));
    await renderApp('/accountability-cases/5', discipline);
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    await user.click(await screen.findByTestId('case-decide', {}, { timeout: 15000 }));
    const form = await screen.findByTestId('decide-form');
    const dialog = form.closest('.ant-modal') as HTMLElement;
    await user.type(within(form).getByLabelText('决定依据'), '区纪委会议纪要');
    await user.click(within(dialog).getByRole('button', { name: /作出决定/ }));
    expect(await screen.findByText('以下人员尚未选择处理方式：王建国、李明华')).toBeInTheDocument();
    expect(calls.some((call) => call.url.pathname.endsWith('/decide'))).toBe(false);

    await chooseOpen(user, within(dialog).getByLabelText('王建国 处理方式'), '批评教育');
    await chooseOpen(user, within(dialog).getByLabelText('李明华 责任'), '重要领导责任');
    await chooseOpen(user, within(dialog).getByLabelText('李明华 处理方式'), '提醒');
    expect(within(dialog).getByLabelText('陈静 处理方式').closest('.ant-select')).toHaveClass(
      'ant-select-disabled',
    );
    await user.click(within(dialog).getByRole('button', { name: /作出决定/ }));
    await waitFor(() => expect(calls.some((call) => call.url.pathname.endsWith('/decide'))).toBe(true));
    expect(calls.find((call) => call.url.pathname.endsWith('/decide'))!.body).toEqual({
      version: 3,
      decisionKind: 'INDIVIDUAL',
      decisionBasis: '区纪委会议纪要',
      lines: [
        { lineId: 1, responsibility: 'MAIN_LEADERSHIP', outcome: 'CRITICISM' },
        { lineId: 2, responsibility: 'IMPORTANT_LEADERSHIP', outcome: 'REMINDER' },
        { lineId: 3, responsibility: 'NONE' },
      ],
    });
    await waitFor(() =>
      expect(screen.getByTestId('accountability-case')).toHaveAttribute('data-status', 'DECIDED'),
    );
    expect(screen.getByTestId('case-print')).toHaveAttribute('href', '/accountability-cases/5/print');
    expect(screen.getByTestId('case-file-upward')).toBeInTheDocument();
  }, 60000);

  it('shows a named person only their own line, and takes their statement before the decision', async () => {
    const c = accountabilityCase({ status: 'UNDER_REVIEW', ownLineOnly: true, lines: [secretaryLine] });
    const calls = serve(c, () => ({
      ...c,
      lines: [
        { ...secretaryLine, statement: { text: '当日在外开会，已委托审核', at: '2026-12-05T02:00:00Z' } },
      ],
    }));
    await renderApp('/accountability-cases/5', secretary);
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    expect(await screen.findByTestId('own-line-only', {}, { timeout: 15000 })).toHaveTextContent(
      '仅显示本人',
    );
    expect(rows()).toHaveLength(1);
    expect(within(screen.getByTestId('case-actions')).queryAllByRole('button')).toHaveLength(0);
    expect(screen.queryByTestId('line-edit')).toBeNull();

    await user.click(screen.getByTestId('line-statement-add'));
    const form = await screen.findByTestId('statement-form');
    await user.type(within(form).getByLabelText('申辩内容'), '当日在外开会，已委托审核');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(calls.some((call) => call.method === 'POST')).toBe(true));
    const post = calls.find((call) => call.method === 'POST')!;
    expect(post.url.pathname).toBe('/api/v1/accountability-cases/5/lines/1/statement');
    expect(post.body).toEqual({ text: '当日在外开会，已委托审核' });
    expect(await screen.findByTestId('line-statement')).toHaveTextContent('当日在外开会，已委托审核');
  }, 60000);
});
