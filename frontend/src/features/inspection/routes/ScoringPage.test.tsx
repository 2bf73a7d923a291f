import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, problem, stubFetch } from '@/test/fetch-stub';
import { me, organization } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import type { Inspection, ScoreSheet, ScoringTemplate, TargetRecord } from '../api/types';

const street = organization({ id: 10, name: '东湖街道', code: 'STREET-DH' });
const secretary = me({ scope: [{ organizationId: 10, code: 'STREET-DH', name: '东湖街道', role: 'STAFF' }] });

const inspection: Inspection = {
  id: 5,
  version: 3,
  organizationId: 10,
  organizationName: '东湖街道',
  kind: 'ANNUAL_ASSESSMENT',
  title: '2026年度意识形态工作考核',
  period: '2026',
  templateId: 3,
  templateName: '社区意识形态工作考核细则',
  startsOn: '2026-12-01',
  endsOn: '2026-12-20',
  templateRevision: 1,
  status: 'SCORING',
  createdAt: '2026-11-25T02:00:00Z',
  team: [{ personId: 2, name: '王建国' }],
  targets: [
    { organizationId: 20, organizationName: '柳岸社区' },
    { organizationId: 21, organizationName: '桃园社区' },
  ],
};

const template: ScoringTemplate = {
  id: 3,
  version: 1,
  organizationId: 10,
  organizationName: '东湖街道',
  name: '社区意识形态工作考核细则',
  revision: 1,
  frozen: true,
  createdAt: '2026-11-20T02:00:00Z',
  items: [
    {
      code: 'A1',
      text: '按时开展分析研判',
      maxPoints: 60,
      method: 'DOCUMENT_CHECK',
      veto: false,
      obligationRuleId: 8,
    },
    {
      code: 'A2',
      text: '阵地管理无重大问题',
      maxPoints: 40,
      method: 'SITE_VISIT',
      veto: true,
    },
  ],
  grades: [
    { grade: 'EXCELLENT', minPoints: 90 },
    { grade: 'GOOD', minPoints: 80 },
    { grade: 'FAIR', minPoints: 60 },
    { grade: 'POOR', minPoints: 0 },
  ],
  maxTotal: 100,
};

/** The sheet has its own version, apart from the inspection's: a save sends the sheet's. */
const scores: ScoreSheet = {
  organizationId: 20,
  organizationName: '柳岸社区',
  version: 7,
  items: [
    {
      code: 'A1',
      text: '按时开展分析研判',
      method: 'DOCUMENT_CHECK',
      maxPoints: 60,
      veto: false,
      obligationRuleId: 8,
    },
    { code: 'A2', text: '阵地管理无重大问题', method: 'SITE_VISIT', maxPoints: 40, veto: true },
  ],
  total: 0,
  maxTotal: 100,
  grade: 'POOR',
  vetoFailed: false,
  revisions: [],
};

const record: TargetRecord = {
  organizationId: 20,
  period: '2026',
  obligations: { due: 4, fulfilled: 3, overdue: 1, waived: 0 },
  obligationsByRule: [
    { ruleId: 8, ruleName: '意识形态工作分析研判', kind: 'ANALYSIS', due: 2, fulfilled: 1, overdue: 1 },
  ],
  workReports: [{ id: 40, kind: 'SEMIANNUAL', period: '2026-H1', status: 'ACKNOWLEDGED', late: true }],
  vacancies: [{ role: 'LIAISON', since: '2026-09-01' }],
  reviews: { published: 12, rejected: 2, retracted: 0 },
};

describe('ScoringPage', () => {
  it('scores a target with its record beside the items: total and grade live, a failed veto item gives 较差, the body is what the API takes', async () => {
    const calls = stubFetch((call) => {
      const { method, url } = call;
      if (url.pathname === '/api/v1/inspections/5') return json(inspection);
      if (url.pathname === '/api/v1/inspections/5/targets/20/scores' && method === 'GET') return json(scores);
      if (url.pathname === '/api/v1/inspections/5/targets/20/scores' && method === 'PUT') {
        return json({ ...scores, total: 95, grade: 'POOR' });
      }
      if (url.pathname === '/api/v1/inspections/5/targets/20/record') return json(record);
      if (url.pathname === '/api/v1/scoring-templates/3') return json(template);
      if (url.pathname === '/api/v1/obligation-rules')
        return json({ items: [{ id: 8, title: '意识形态工作分析研判' }], total: 1, page: 0, size: 200 });
      if (url.pathname === '/api/v1/organizations/10') return json(street);
      return undefined;
    });
    await renderApp('/inspections/5/targets/20', secretary);
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const sheet = await screen.findByTestId('score-sheet', {}, { timeout: 15000 });
    expect(screen.getByTestId('scoring-target')).toHaveTextContent('柳岸社区');

    // the record of the period beside the items, and the linked rule's compliance under its item
    const side = screen.getByTestId('target-record');
    expect(await within(side).findByTestId('record-overdue')).toHaveTextContent('1');
    expect(within(side).getByTestId('record-fulfilled')).toHaveTextContent('3');
    expect(within(side).getByTestId('record-vacancies')).toHaveTextContent('联络员自');
    expect(within(side).getByTestId('record-reports')).toHaveTextContent('迟报');
    const a1 = within(sheet).getAllByTestId('score-item')[0];
    expect(within(a1).getByTestId('rule-compliance')).toHaveTextContent('应完成2，已完成1，逾期1');

    await user.type(screen.getByLabelText('A1得分'), '55');
    await user.type(screen.getByLabelText('A2得分'), '40');
    await waitFor(() => expect(screen.getByTestId('live-total')).toHaveAttribute('data-total', '95'));
    expect(await screen.findByTestId('live-grade')).toHaveTextContent('优秀');

    // 一票否决: the veto item failed sets the grade to 较差 whatever the total
    await user.click(screen.getByLabelText('A2是否合格'));
    await waitFor(() => expect(screen.getByTestId('live-grade')).toHaveTextContent('较差'));
    expect(screen.getByTestId('veto-alert')).toBeInTheDocument();
    await user.type(screen.getByLabelText('A2说明'), '  发现违规群聊未处置 ');

    await user.click(screen.getByRole('button', { name: /保存评分/ }));
    await waitFor(() => expect(calls.some((call) => call.method === 'PUT')).toBe(true));
    expect(calls.find((call) => call.method === 'PUT')!.body).toEqual({
      version: 7,
      items: [
        { code: 'A1', points: 55 },
        { code: 'A2', points: 40, passed: false, note: '发现违规群聊未处置' },
      ],
    });
    expect(await screen.findByText('评分已保存')).toBeInTheDocument();
  }, 60000);

  it('shows a concluded inspection locked: no inputs to change, the reason said', async () => {
    stubFetch((call) => {
      const { url } = call;
      if (url.pathname === '/api/v1/inspections/5') return json({ ...inspection, status: 'CONCLUDED' });
      if (url.pathname === '/api/v1/inspections/5/targets/20/scores') {
        return json({
          ...scores,
          items: scores.items.map((item) => ({ ...item, points: 30, passed: true })),
          total: 60,
          grade: 'FAIR',
        });
      }
      if (url.pathname === '/api/v1/inspections/5/targets/20/record')
        return problem(404, { title: 'Not Found' });
      if (url.pathname === '/api/v1/scoring-templates/3') return json(template);
      if (url.pathname === '/api/v1/obligation-rules')
        return json({ items: [], total: 0, page: 0, size: 200 });
      return undefined;
    });
    await renderApp('/inspections/5/targets/20', secretary);
    await screen.findByTestId('score-sheet', {}, { timeout: 15000 });
    expect(screen.getByText('督查考核已结束，评分已锁定')).toBeInTheDocument();
    expect(screen.getByLabelText('A1得分')).toBeDisabled();
    expect(screen.queryByRole('button', { name: /保存评分/ })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('live-grade')).toHaveTextContent('一般'));
  }, 60000);
});
