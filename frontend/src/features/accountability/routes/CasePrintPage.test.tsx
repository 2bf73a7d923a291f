import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { json, stubFetch } from '@/test/fetch-stub';
import { me } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import { accountabilityCase } from '../components/fixtures';

describe('CasePrintPage', () => {
  it('prints the 问责决定书: heading, facts, basis, each person’s responsibility and outcome, the seal', async () => {
    const c = accountabilityCase({
      status: 'DECIDED',
      decidedAt: '2026-12-10T02:00:00Z',
      decisionBasis: '区纪委常委会会议纪要（2026年第12次）',
    });
    c.lines = c.lines.map((line) =>
      line.responsibility === 'NONE' ? line : { ...line, outcome: 'CRITICISM' },
    );
    stubFetch(({ url }) => (url.pathname === '/api/v1/accountability-cases/5' ? json(c) : undefined));
    await renderApp('/accountability-cases/5/print', me({ globalRoles: ['auditor'] }));
    const sheet = await screen.findByTestId('case-decision-print', {}, { timeout: 15000 });
    expect(within(sheet).getByRole('heading', { level: 1 })).toHaveTextContent('东湖区纪委问责决定书');
    expect(within(sheet).getByTestId('print-case-no')).toHaveTextContent('案件编号：第 5 号');
    expect(within(sheet).getByTestId('print-facts')).toHaveTextContent('东湖街道');
    expect(within(sheet).getByTestId('print-basis')).toHaveTextContent(
      '区纪委常委会会议纪要（2026年第12次）',
    );
    const rows = within(sheet).getAllByTestId('print-line');
    expect(rows[0]).toHaveTextContent('王建国第一责任人（依据：东委〔2026〕3号）主要领导责任批评教育');
    expect(rows[2]).toHaveTextContent('陈静');
    expect(rows[2]).toHaveTextContent('审核时退回该稿');
    expect(within(sheet).getByTestId('print-decision-kind')).toHaveTextContent('个人决定');
    expect(within(sheet).getByTestId('print-seal')).toHaveTextContent('东湖区纪委（盖章）');
    expect(within(sheet).getByTestId('print-facts')).toHaveTextContent(
      /^被问责组织：东湖街道\u3000问题发生日期：.*2026.*\u3000问责情形：未经审核发布信息造成负面影响$/,
      { normalizeWhitespace: false },
    );
  }, 60000);

  it('prints it in English without full-width punctuation', async () => {
    const c = accountabilityCase({
      status: 'DECIDED',
      decidedAt: '2026-12-10T02:00:00Z',
      decisionBasis: 'Minutes of the 12th meeting',
      situation: 'OTHER',
      situationText: '擅自转载',
      links: [
        { kind: 'PUBLICATION', id: 12, label: '关于冬季供暖的通知' },
        { kind: 'PUBLICATION', id: 13, label: '东湖街道简报' },
      ],
    });
    stubFetch(({ url }) => (url.pathname === '/api/v1/accountability-cases/5' ? json(c) : undefined));
    await renderApp('/accountability-cases/5/print', me({ globalRoles: ['auditor'] }));
    const sheet = await screen.findByTestId('case-decision-print', {}, { timeout: 15000 });
    await act(() => changeLanguage('en'));
    expect(within(sheet).getByTestId('print-facts')).toHaveTextContent(/: 东湖街道 .*: Other.*: 擅自转载$/);
    expect(sheet).toHaveTextContent('关于冬季供暖的通知; ');
    expect(sheet.textContent).not.toMatch(/[：（）；、\u3000]/);
  }, 60000);
});
