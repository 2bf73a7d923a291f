import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { chooseOption } from '@/test/antd';
import { json, problem, stubFetch, type Call } from '@/test/fetch-stub';
import { organization, person } from '@/test/fixtures';
import { renderWithApp } from '@/test/render';
import { MembershipEditor } from './MembershipEditor';

const street = organization({ id: 10, code: 'JD-01', name: '城关街道' });
const community = organization({ id: 20, code: 'SQ-01', name: '柳岸社区', type: 'COMMUNITY', parentId: 10 });
const wang = person({
  id: 7,
  version: 3,
  memberships: [
    {
      organizationId: 10,
      organizationCode: 'JD-01',
      organizationName: '城关街道',
      role: 'STAFF',
      primary: true,
    },
  ],
});

function organizationSearch(call: Call) {
  if (call.method !== 'GET' || call.url.pathname !== '/api/v1/organizations') return undefined;
  const q = call.url.searchParams.get('q') ?? '';
  const items = [street, community].filter((org) => org.name.includes(q) || org.code.includes(q));
  return json({ items, total: items.length, page: 0, size: 20 });
}

describe('MembershipEditor', () => {
  it('adds a membership, makes it primary and saves all of them with the version', async () => {
    const calls = stubFetch((call) => {
      if (call.method === 'PUT' && call.path === '/api/v1/people/7/memberships') {
        return json({ ...wang, version: 4 });
      }
      return organizationSearch(call);
    });
    await renderWithApp(<MembershipEditor person={wang} />);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: /添加所属组织/ }));
    const rows = screen.getAllByTestId('membership-row');
    expect(rows).toHaveLength(2);
    await chooseOption(user, within(rows[1]).getByLabelText('组织'), '柳岸社区（SQ-01）', '柳岸');
    await chooseOption(user, within(rows[1]).getByLabelText('身份'), '成员');
    await user.click(within(rows[1]).getByRole('radio', { name: '主要' }));
    expect(within(rows[0]).getByRole('radio', { name: '主要' })).not.toBeChecked();

    await user.click(screen.getByRole('button', { name: /保\s*存/ }));

    await waitFor(() => expect(calls.some((call) => call.method === 'PUT')).toBe(true));
    expect(calls.find((call) => call.method === 'PUT')!.body).toEqual({
      version: 3,
      memberships: [
        { organizationId: 10, role: 'STAFF', primary: false },
        { organizationId: 20, role: 'MEMBER', primary: true },
      ],
    });
  });

  it('shows the server error next to the membership it names', async () => {
    stubFetch((call) =>
      call.method === 'PUT'
        ? problem(400, {
            type: 'https://dutyledger.org/problems/validation',
            title: 'Validation failed',
            errors: [
              {
                field: 'memberships[0].organizationId',
                code: 'dissolved',
                args: { organizationId: 12 },
                message: '组织 12 已撤销',
              },
            ],
          })
        : organizationSearch(call),
    );
    await renderWithApp(<MembershipEditor person={wang} />);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: /保\s*存/ }));

    const row = screen.getAllByTestId('membership-row')[0];
    expect(await within(row).findByText('该组织已撤销')).toBeInTheDocument();
  });

  it('says how many memberships lie outside the scope, without showing them', async () => {
    stubFetch(organizationSearch);
    await renderWithApp(<MembershipEditor person={{ ...wang, hiddenMemberships: 2 }} />);

    expect(screen.getAllByTestId('membership-row')).toHaveLength(1);
    expect(screen.getByTestId('membership-outside-scope')).toHaveTextContent('另有 2 个机构不在您的范围内');
  });

  it('says nothing of the scope when every membership is shown', async () => {
    stubFetch(organizationSearch);
    await renderWithApp(<MembershipEditor person={wang} />);

    expect(screen.getAllByTestId('membership-row')).toHaveLength(1);
    expect(screen.queryByTestId('membership-outside-scope')).not.toBeInTheDocument();
  });
});
