import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DUTY_ROLES } from '@/lib/api-types';
import { json, stubFetch } from '@/test/fetch-stub';
import { dutyAssignment, me, organization } from '@/test/fixtures';
import { renderApp } from '@/test/render';

const community = organization({
  id: 20,
  code: 'SQ-01',
  name: '柳岸社区',
  type: 'COMMUNITY',
  parentId: 10,
  path: [
    { id: 1, code: 'QU', name: '城关区' },
    { id: 10, code: 'JD-01', name: '城关街道' },
  ],
});
const ref = { id: 20, code: 'SQ-01', name: '柳岸社区' };
const secretary = dutyAssignment({
  id: 1,
  organization: ref,
  person: { id: 11, name: '赵文', active: true },
});
const formerSecretary = dutyAssignment({
  id: 0,
  organization: ref,
  person: { id: 12, name: '钱进', active: true },
  validFrom: '2020-01-01',
  validTo: '2023-12-31',
});

function backend() {
  return stubFetch((call) => {
    const { pathname, searchParams } = call.url;
    if (pathname === '/api/v1/organizations/20') return json(community);
    if (pathname === '/api/v1/organizations/20/duty-assignments') {
      return json({
        organization: ref,
        allowMultipleDirectResponsible: false,
        items: [secretary, formerSecretary],
      });
    }
    if (pathname === '/api/v1/organizations/20/responsibility') {
      const at = searchParams.get('at') ?? '2026-12-01';
      const holder = at < '2024-01-01' ? formerSecretary : secretary;
      return json({
        organization: ref,
        at,
        roles: DUTY_ROLES.map((role) => ({ role, holders: role === 'FIRST_RESPONSIBLE' ? [holder] : [] })),
      });
    }
    return undefined;
  });
}

describe('OrganizationDutiesPage', () => {
  it('shows the timeline and who was responsible on a past day from the address', async () => {
    const calls = backend();
    await renderApp('/organizations/20/duties?at=2022-06-30', me());

    const asOf = await screen.findByTestId('responsibility-as-of');
    expect(await within(asOf).findByText('钱进')).toBeInTheDocument();
    expect(within(asOf).getByText('显示的是 2022-06-30 当日的责任人')).toBeInTheDocument();
    expect(within(asOf).getAllByText('空缺')).toHaveLength(6);
    const responsibility = calls.find((call) => call.url.pathname.endsWith('/responsibility'))!;
    expect(responsibility.url.searchParams.get('at')).toBe('2022-06-30');

    const timeline = screen.getByTestId('duty-timeline');
    expect(within(timeline).getByText('赵文')).toBeInTheDocument();
    expect(within(timeline).getByText('钱进')).toBeInTheDocument();
  });

  it('offers the hand-over and the editor to staff, and opens the hand-over form', async () => {
    backend();
    await renderApp('/organizations/20/duties', me());
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('handover-button'));

    expect(await screen.findByTestId('handover-form')).toBeInTheDocument();
    expect(screen.getByTestId('handover-outgoing')).toHaveTextContent('赵文 的任职将于');
    expect(screen.getByRole('button', { name: /新增分工/ })).toBeInTheDocument();
  });

  it('hides every write from an auditor and from a member', async () => {
    for (const user of [
      me({
        globalRoles: ['auditor'],
        person: undefined,
        scope: [{ organizationId: 1, code: 'QU', name: '城关区', role: 'AUDITOR' }],
      }),
      me({ scope: [{ organizationId: 10, code: 'JD-01', name: '城关街道', role: 'MEMBER' }] }),
    ]) {
      backend();
      const { unmount } = await renderApp('/organizations/20/duties', user);
      const timeline = await screen.findByTestId('duty-timeline');
      await waitFor(() => expect(within(timeline).getByText('赵文')).toBeInTheDocument());
      expect(screen.queryByTestId('handover-button')).toBeNull();
      expect(screen.queryByRole('button', { name: /新增分工/ })).toBeNull();
      expect(within(timeline).queryAllByRole('button')).toHaveLength(0);
      expect(screen.getByRole('switch', { name: /直接责任人/ })).toBeDisabled();
      unmount();
    }
  });
});
