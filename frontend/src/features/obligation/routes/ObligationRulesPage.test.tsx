import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, stubFetch, type Call } from '@/test/fetch-stub';
import { me, organization } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import type { ObligationRule } from '../api/types';

const street = organization({ id: 10, code: 'JD-01', name: '城关街道' });
const district = organization({ id: 1, code: 'QU', name: '城关区', parentId: undefined, path: [] });

function rule(overrides: Partial<ObligationRule>): ObligationRule {
  return {
    id: 70,
    version: 1,
    seriesId: 70,
    issuer: { id: 10, code: 'JD-01', name: '城关街道' },
    issuerOrganizationId: 10,
    title: '每半年向街道党工委专题汇报一次',
    kind: 'REPORT',
    period: 'HALF',
    minCount: 1,
    dueMonthDay: '06-30',
    appliesTo: ['COMMUNITY', 'VILLAGE'],
    includeIssuer: false,
    accountableRole: 'FIRST_RESPONSIBLE',
    basis: '城关党工〔2026〕2号',
    validFrom: '2026-01-01',
    retired: false,
    createdAt: '2026-01-01T02:00:00Z',
    ...overrides,
  };
}

const own = rule({});
const fromAbove = rule({
  id: 60,
  seriesId: 60,
  issuer: { id: 1, code: 'QU', name: '城关区' },
  issuerOrganizationId: 1,
  title: '每季度开展一次分析研判',
  kind: 'ANALYSIS',
  period: 'QUARTER',
  dueMonthDay: undefined,
});

function backend(call: Call) {
  const { method, url } = call;
  if (method === 'GET' && url.pathname === '/api/v1/obligation-rules') {
    return json({ items: [fromAbove, own], total: 2, page: 0, size: 200 });
  }
  if (method === 'GET' && url.pathname === '/api/v1/organizations/10') return json(street);
  if (method === 'GET' && url.pathname === '/api/v1/organizations/1') return json(district);
  if (method === 'POST' && url.pathname === '/api/v1/obligation-rules/70/retire') {
    return json({ ...own, retired: true, version: 2 });
  }
  return undefined;
}

/** The first render of the page compiles its modules: on a busy machine that takes a while. */
const firstRows = () => screen.findAllByTestId('rule-row', {}, { timeout: 15000 });

describe('ObligationRulesPage', () => {
  it('lists the rules and offers changes only on those the user’s organization issued', async () => {
    stubFetch(backend);
    await renderApp('/obligations/rules', me());
    const rows = await firstRows();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('每季度开展一次分析研判');
    expect(rows[0]).toHaveTextContent('期末');
    expect(rows[1]).toHaveTextContent('每半年至少 1 次');
    expect(rows[1]).toHaveTextContent('06-30');
    expect(rows[1]).toHaveTextContent('社区、村');
    expect(await within(rows[1]).findByTestId('edit-rule')).toBeInTheDocument();
    expect(within(rows[0]).queryByTestId('edit-rule')).not.toBeInTheDocument();
  }, 60000);

  it('says in the form that a change applies from the next period, and retires with a reason', async () => {
    const calls = stubFetch(backend);
    await renderApp('/obligations/rules', me());
    const user = userEvent.setup();
    const rows = await firstRows();
    await user.click(await within(rows[1]).findByTestId('edit-rule'));
    expect(await screen.findByText('修改从下一期开始生效，本期按原要求执行。')).toBeInTheDocument();
    expect(within(screen.getByTestId('rule-form')).getByLabelText('名称')).toHaveValue(
      '每半年向街道党工委专题汇报一次',
    );
    await user.click(screen.getByRole('button', { name: /取\s*消/ }));

    await user.click(within(rows[1]).getByTestId('retire-rule'));
    const form = await screen.findByTestId('retire-rule-form');
    await user.type(within(form).getByLabelText('停用原因'), '并入年度述职');
    const dialog = screen.getAllByRole('dialog').find((candidate) => candidate.contains(form))!;
    await user.click(within(dialog).getByRole('button', { name: /^停\s*用$/ }));
    await waitFor(() =>
      expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
        reason: '并入年度述职',
        version: 1,
      }),
    );
  }, 60000);
});
