import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DUTY_ROLES } from '@/lib/api-types';
import { json, stubFetch } from '@/test/fetch-stub';
import { dutyAssignment, me, organization } from '@/test/fixtures';
import { renderApp } from '@/test/render';

const street = organization({ id: 10, code: 'JD-01', name: '城关街道', type: 'STREET' });
const ref = { id: 10, code: 'JD-01', name: '城关街道' };
const secretary = dutyAssignment({
  id: 1,
  organization: ref,
  person: { id: 11, name: '赵文', active: true },
  validFrom: '2024-01-01',
  basis: { documentNumber: '城关党工〔2024〕1号', title: '关于调整分工的通知' },
});

describe('DutyPrintPage', () => {
  it('prints who holds each role on the day from the address, vacancies included', async () => {
    const calls = stubFetch((call) => {
      const { pathname, searchParams } = call.url;
      if (pathname === '/api/v1/organizations/10') return json(street);
      if (pathname === '/api/v1/organizations/10/responsibility') {
        return json({
          organization: ref,
          at: searchParams.get('at'),
          roles: DUTY_ROLES.map((role) => ({
            role,
            holders: role === 'FIRST_RESPONSIBLE' ? [secretary] : [],
          })),
        });
      }
      return undefined;
    });
    await renderApp('/organizations/10/duties/print?at=2025-06-30', me());

    const sheet = await screen.findByTestId('duty-print');
    expect(await within(sheet).findByRole('heading', { name: '城关街道责任分工表' })).toBeInTheDocument();
    const firstRow = within(sheet).getByRole('row', { name: /第一责任人/ });
    expect(within(firstRow).getByText('赵文')).toBeInTheDocument();
    expect(within(firstRow).getByText('城关党工〔2024〕1号 《关于调整分工的通知》')).toBeInTheDocument();
    expect(within(sheet).getAllByText('（空缺）')).toHaveLength(6);
    // the paper form: who made it and when above the table, signatures and the seal below it
    const meta = within(sheet).getByTestId('duty-print-meta');
    expect(meta).toHaveTextContent('制表单位：城关街道');
    expect(meta).toHaveTextContent('（截至 2025-06-30）');
    expect(meta).toHaveTextContent(/制表日期：\d{4}-\d{2}-\d{2}/);
    const signatures = within(sheet).getByTestId('duty-print-signatures');
    for (const text of ['单位负责人（签字）：', '制表人（签字）：', '单位（盖章）']) {
      expect(signatures).toHaveTextContent(text);
    }
    // a name and each date are kept whole
    expect(within(firstRow).getByTestId('duty-print-person')).toHaveClass('duty-form__nowrap');
    expect(within(firstRow).getByTestId('duty-print-period')).toHaveTextContent('2024-01-01 起至今');
    expect(within(firstRow).getByText('2024-01-01')).toHaveClass('duty-form__nowrap');
    const asked = calls.find((call) => call.url.pathname.endsWith('/responsibility'))!;
    expect(asked.url.searchParams.get('at')).toBe('2025-06-30');
  });
});
