import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { json, stubFetch } from '@/test/fetch-stub';
import { me } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import type { Inspection, ScoreSheet } from '../api/types';

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
  status: 'CONCLUDED',
  createdAt: '2026-11-25T02:00:00Z',
  team: [
    { personId: 2, name: '王建国' },
    { personId: 3, name: '李明华' },
  ],
  targets: [{ organizationId: 20, organizationName: '柳岸社区' }],
};

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
      points: 55,
    },
    {
      code: 'A2',
      text: '阵地管理无重大问题',
      method: 'SITE_VISIT',
      maxPoints: 40,
      veto: true,
      passed: false,
    },
  ],
  total: 55,
  maxTotal: 100,
  grade: 'POOR',
  vetoFailed: true,
  revisions: [],
};

const FULL_WIDTH = /[：（）；、\u3000]/;

async function renderSheet() {
  stubFetch(({ url }) => {
    if (url.pathname === '/api/v1/inspections/5') return json(inspection);
    if (url.pathname === '/api/v1/inspections/5/targets/20/scores') return json(scores);
    return undefined;
  });
  await renderApp('/inspections/5/targets/20/print', me());
  return screen.findByTestId('score-sheet-print', {}, { timeout: 15000 });
}

describe('ScoreSheetPrintPage', () => {
  it('prints the 评分表 with full-width punctuation in Chinese', async () => {
    const sheet = await renderSheet();
    expect(within(sheet).getByTestId('print-target')).toHaveTextContent(
      '被督查单位：柳岸社区\u3000期间：2026年度\u3000督查单位：东湖街道',
      { normalizeWhitespace: false },
    );
    expect(sheet).toHaveTextContent('阵地管理无重大问题（一票否决：不合格）');
    expect(sheet).toHaveTextContent('督查组成员：王建国、李明华');
  }, 60000);

  it('prints it in English without full-width punctuation', async () => {
    const sheet = await renderSheet();
    await act(() => changeLanguage('en'));
    expect(within(sheet).getByTestId('print-target')).toHaveTextContent(/^Target: 柳岸社区/);
    expect(sheet).toHaveTextContent('阵地管理无重大问题 (Veto: Failed)');
    expect(sheet).toHaveTextContent('Team: 王建国, 李明华');
    expect(sheet.textContent).not.toMatch(FULL_WIDTH);
  }, 60000);
});
