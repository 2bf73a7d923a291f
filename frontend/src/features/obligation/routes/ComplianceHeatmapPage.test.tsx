import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, stubFetch, type Call } from '@/test/fetch-stub';
import { me, organization } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import type { Compliance, ComplianceCounts } from '../api/types';

const street = organization({ id: 10, code: 'JD-01', name: '城关街道' });
const parish = organization({
  id: 21,
  code: 'SQ-02',
  name: '东湖片区',
  type: 'OTHER',
  parentId: 10,
  path: [
    { id: 1, code: 'QU', name: '城关区' },
    { id: 10, code: 'JD-01', name: '城关街道' },
  ],
});

function counts(over: Partial<ComplianceCounts>): ComplianceCounts {
  const base = {
    met: 0,
    metLate: 0,
    upcoming: 0,
    due: 0,
    overdue: 0,
    missed: 0,
    waived: 0,
    total: 0,
    ...over,
  };
  const total = base.total;
  return { ...base, rate: total > 0 ? (base.met + base.metLate + base.waived) / total : undefined };
}

const rules = [
  { id: 7, title: '每季度开展一次分析研判', kind: 'ANALYSIS' as const },
  { id: 8, title: '每半年专题汇报', kind: 'REPORT' as const },
];

function compliance(under: number): Compliance {
  if (under === 21) {
    return {
      organization: { id: 21, code: 'SQ-02', name: '东湖片区' },
      period: '2026-Q4',
      rules,
      rows: [
        {
          organization: { id: 31, code: 'SQ-31', name: '新港社区' },
          hasChildren: false,
          cells: [{ ruleId: 7, ...counts({ overdue: 1, total: 1 }) }],
          total: counts({ overdue: 1, total: 1 }),
        },
      ],
      totals: counts({ overdue: 1, total: 1 }),
    };
  }
  return {
    organization: { id: 10, code: 'JD-01', name: '城关街道' },
    period: '2026-Q4',
    rules,
    rows: [
      {
        organization: { id: 20, code: 'SQ-01', name: '柳岸社区' },
        hasChildren: false,
        cells: [
          { ruleId: 7, ...counts({ met: 1, total: 1 }) },
          { ruleId: 8, ...counts({ due: 1, total: 1 }) },
        ],
        total: counts({ met: 1, due: 1, total: 2 }),
      },
      {
        organization: { id: 21, code: 'SQ-02', name: '东湖片区' },
        hasChildren: true,
        cells: [{ ruleId: 7, ...counts({ met: 3, overdue: 1, total: 4 }) }],
        total: counts({ met: 3, overdue: 1, total: 4 }),
      },
    ],
    totals: counts({ met: 4, due: 1, overdue: 1, total: 6 }),
  };
}

function backend(call: Call) {
  const { method, url } = call;
  if (method !== 'GET') return undefined;
  if (url.pathname === '/api/v1/compliance') return json(compliance(Number(url.searchParams.get('under'))));
  if (url.pathname === '/api/v1/organizations/10') return json(street);
  if (url.pathname === '/api/v1/organizations/21') return json(parish);
  return undefined;
}

const cell = (orgId: number, ruleId: number) =>
  document.querySelector(`[data-testid="heat-cell"][data-org-id="${orgId}"][data-rule-id="${ruleId}"]`);

describe('ComplianceHeatmapPage', () => {
  it('colours each child × rule cell by rate, adds the columns up and shows the subtree total', async () => {
    stubFetch(backend);
    await renderApp('/obligations/compliance?under=10&period=2026-Q4', me());
    await screen.findByTestId('compliance-table', {}, { timeout: 15000 });
    await waitFor(() => expect(cell(20, 7)).not.toBeNull());
    expect(cell(20, 7)).toHaveAttribute('data-level', 'good');
    expect(cell(20, 8)).toHaveAttribute('data-level', 'bad');
    expect(cell(20, 8)).toHaveAttribute('data-due', '1');
    expect(cell(21, 7)).toHaveAttribute('data-level', 'poor');
    expect(cell(21, 8)).toBeNull();
    const totals = screen.getByTestId('compliance-totals');
    const ruleTotal = totals.querySelector('[data-rule-id="7"]')!;
    expect(ruleTotal).toHaveTextContent('80%');
    expect(ruleTotal).toHaveTextContent('4/5');
    expect(within(totals).getByTestId('heat-total')).toHaveTextContent('4/6');
    // the counts behind a colour, on hover
    await userEvent.setup().hover(cell(21, 7)!);
    const tip = await screen.findByRole('tooltip');
    expect(tip).toHaveTextContent('已落实：3');
    expect(tip).toHaveTextContent('已逾期：1');
    expect(tip).toHaveTextContent('应落实：4');
    // a leaf opens its record for the same period
    expect(screen.getByRole('link', { name: '柳岸社区' })).toHaveAttribute(
      'href',
      '/obligations/organizations/20?period=2026-Q4',
    );
  });

  it('drills down one level per click and climbs back up through the levels', async () => {
    const calls = stubFetch(backend);
    await renderApp('/obligations/compliance?under=10&period=2026-Q4', me());
    const user = userEvent.setup();
    await user.click(await screen.findByText('东湖片区 ›', {}, { timeout: 15000 }));
    await waitFor(() => expect(cell(31, 7)).not.toBeNull());
    expect(cell(31, 7)).toHaveAttribute('data-overdue', '1');
    const levels = screen.getByTestId('compliance-levels');
    await waitFor(() => expect(levels).toHaveTextContent('城关街道/东湖片区'));
    await user.click(within(levels).getByText('城关街道'));
    await waitFor(() => expect(cell(20, 7)).not.toBeNull());
    const asked = calls.filter((call) => call.url.pathname === '/api/v1/compliance').map((c) => c.url.search);
    expect(asked).toEqual([
      '?under=10&period=2026-Q4&onlyProblems=false',
      '?under=21&period=2026-Q4&onlyProblems=false',
    ]);
  });

  it('asks the server for problems only', async () => {
    const calls = stubFetch(backend);
    await renderApp('/obligations/compliance?under=10&period=2026-Q4', me());
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('compliance-only-problems', {}, { timeout: 15000 }));
    await waitFor(() =>
      expect(calls.some((call) => call.url.search === '?under=10&period=2026-Q4&onlyProblems=true')).toBe(
        true,
      ),
    );
  });
});
