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
    const asked = calls.find((call) => call.url.pathname.endsWith('/responsibility'))!;
    expect(asked.url.searchParams.get('at')).toBe('2025-06-30');
  });
});
