import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { chooseOption } from '@/test/antd';
import { json, stubFetch, type Call } from '@/test/fetch-stub';
import { me, organization } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import type { Inspection, ScoringTemplate } from '../api/types';

const street = organization({ id: 10, name: '东湖街道', code: 'STREET-DH' });
const liuan = organization({ id: 20, name: '柳岸社区', code: 'DH-LIUAN', parentId: 10 });
const taoyuan = organization({ id: 21, name: '桃园社区', code: 'DH-TAOYUAN', parentId: 10 });
const donghu = organization({ id: 22, name: '东湖社区', code: 'DH-DONGHU', parentId: 10 });
const secretary = me({ scope: [{ organizationId: 10, code: 'STREET-DH', name: '东湖街道', role: 'STAFF' }] });

const template: ScoringTemplate = {
  id: 3,
  version: 2,
  organizationId: 10,
  organizationName: '东湖街道',
  name: '社区考核细则',
  revision: 1,
  frozen: true,
  createdAt: '2026-11-20T02:00:00Z',
  items: [{ code: 'A1', text: '分析研判', maxPoints: 100, method: 'DOCUMENT_CHECK', veto: false }],
  grades: [
    { grade: 'EXCELLENT', minPoints: 90 },
    { grade: 'GOOD', minPoints: 80 },
    { grade: 'FAIR', minPoints: 60 },
    { grade: 'POOR', minPoints: 0 },
  ],
  maxTotal: 100,
};

const inspection: Inspection = {
  id: 5,
  version: 1,
  organizationId: 10,
  organizationName: '东湖街道',
  kind: 'RANDOM',
  title: '随机抽查',
  period: '2026',
  templateId: 3,
  templateName: '社区考核细则',
  templateRevision: 1,
  startsOn: '2026-12-01',
  endsOn: '2026-12-20',
  status: 'PLANNED',
  team: [],
  targets: [
    { organizationId: 20, organizationName: '柳岸社区' },
    { organizationId: 22, organizationName: '东湖社区' },
  ],
  draw: { candidateIds: [20, 21, 22], count: 2, seed: 'abc' },
  createdAt: '2026-11-25T02:00:00Z',
};

function common(call: Call) {
  const { url } = call;
  if (url.pathname === '/api/v1/organizations/10') return json(street);
  if (url.pathname === '/api/v1/organizations') {
    return json({ items: [street, liuan, taoyuan, donghu], total: 4, page: 0, size: 500 });
  }
  if (url.pathname === '/api/v1/people') return json({ items: [], total: 0, page: 0, size: 20 });
  if (url.pathname === '/api/v1/obligation-rules') return json({ items: [], total: 0, page: 0, size: 200 });
  if (url.pathname === '/api/v1/scoring-templates' && call.method === 'GET') {
    return json({ items: [template], total: 1, page: 0, size: 100 });
  }
  if (url.pathname === '/api/v1/scoring-templates/3') return json(template);
  return undefined;
}

describe('TemplateEditorPage', () => {
  it('shows a frozen template read-only and revises it into a new revision', async () => {
    const calls = stubFetch((call) => {
      if (call.url.pathname === '/api/v1/scoring-templates/3/revise') {
        return json({ ...template, id: 4, version: 1, revision: 2, frozen: false }, 201);
      }
      if (call.url.pathname === '/api/v1/scoring-templates/4') {
        return json({ ...template, id: 4, version: 1, revision: 2, frozen: false });
      }
      return common(call);
    });
    const { router } = await renderApp('/scoring-templates/3', secretary);
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const editor = await screen.findByTestId('template-editor', {}, { timeout: 15000 });
    expect(editor).toHaveAttribute('data-frozen', 'true');
    expect(within(editor).getByTestId('template-items')).toHaveTextContent('分析研判');
    expect(within(editor).queryByRole('button', { name: /保\s*存/ })).not.toBeInTheDocument();
    await user.click(within(editor).getByRole('button', { name: /修\s*订/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/scoring-templates/4'));
    expect(calls.some((call) => call.method === 'POST' && call.url.pathname.endsWith('/revise'))).toBe(true);
    expect(await screen.findByTestId('template-items-editor')).toBeInTheDocument();
  }, 60000);
});

describe('PlanPage', () => {
  it('draws the targets of a 随机抽查 through the draw endpoint, then creates the plan with the draw', async () => {
    const calls = stubFetch((call) => {
      if (call.url.pathname === '/api/v1/inspections/draw') {
        // the server picked the seed (none typed) and answers the whole draw: candidates, count, seed, ids
        return json({ candidateIds: [20, 21, 22], count: 2, seed: 'abc', ids: [22, 20] });
      }
      if (call.url.pathname === '/api/v1/inspections' && call.method === 'POST') return json(inspection, 201);
      if (call.url.pathname === '/api/v1/inspections/5') return json(inspection);
      if (call.url.pathname === '/api/v1/inspections/5/results')
        return json({ inspectionId: 5, status: 'PLANNED', rows: [] });
      return common(call);
    });
    const { router } = await renderApp('/inspections/new', secretary);
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const form = await screen.findByTestId('plan-form', {}, { timeout: 15000 });
    await user.click(within(form).getByText('随机抽查'));
    await user.type(within(form).getByLabelText('名称'), '随机抽查');
    await chooseOption(user, within(form).getByLabelText('评分细则'), '社区考核细则（第1版）');
    await user.type(within(form).getByPlaceholderText('开始日期'), '2026-12-01{Enter}');
    await user.type(within(form).getByPlaceholderText('结束日期'), '2026-12-20{Enter}');
    const draw = await screen.findByTestId('draw-card');
    for (const name of ['柳岸社区', '桃园社区', '东湖社区']) {
      await chooseOption(user, within(draw).getByLabelText('备选单位'), name);
    }
    await user.clear(within(draw).getByLabelText('抽取数量'));
    await user.type(within(draw).getByLabelText('抽取数量'), '2');
    await user.click(within(draw).getByRole('button', { name: /抽\s*取/ }));
    const preview = await screen.findByTestId('draw-preview');
    expect(
      within(preview)
        .getAllByTestId('drawn-target')
        .map((tag) => tag.textContent),
    ).toEqual(['东湖社区', '柳岸社区']);
    const drawn = calls.find((call) => call.url.pathname === '/api/v1/inspections/draw')!;
    expect(drawn.url.searchParams.get('candidateIds')).toBe('20,21,22');
    expect(drawn.url.searchParams.get('count')).toBe('2');
    expect(within(draw).getByLabelText('随机种子')).toHaveValue('abc');

    await user.click(within(form).getByRole('button', { name: /创建督查考核/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/inspections/5'));
    expect(calls.find((call) => call.method === 'POST')!.body).toEqual({
      organizationId: 10,
      kind: 'RANDOM',
      title: '随机抽查',
      period: String(new Date().getFullYear()),
      templateId: 3,
      startsOn: '2026-12-01',
      endsOn: '2026-12-20',
      teamPersonIds: [],
      draw: { candidateIds: [20, 21, 22], count: 2, seed: 'abc' },
    });
    expect(await screen.findByTestId('draw-record', {}, { timeout: 15000 })).toHaveTextContent('种子abc');
    expect(screen.getByTestId('inspection')).toHaveAttribute('data-status', 'PLANNED');
    expect(
      within(screen.getByTestId('inspection-actions')).getByRole('button', { name: /开\s*始/ }),
    ).toBeInTheDocument();
  }, 180000);
});
