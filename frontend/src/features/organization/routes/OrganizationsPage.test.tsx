import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, problem, stubFetch } from '@/test/fetch-stub';
import { me, organization } from '@/test/fixtures';
import { renderApp } from '@/test/render';

const street = organization({ id: 10, code: 'JD-01', name: '城关街道', childCount: 2 });
const liuan = organization({
  id: 20,
  code: 'SQ-01',
  name: '柳岸社区',
  type: 'COMMUNITY',
  parentId: 10,
  childCount: 0,
  depth: 2,
  path: [
    { id: 1, code: 'QU', name: '城关区' },
    { id: 10, code: 'JD-01', name: '城关街道' },
  ],
});
const hebin = { ...liuan, id: 21, code: 'SQ-02', name: '河滨社区' };

function backend() {
  return stubFetch((call) => {
    const { pathname, searchParams } = call.url;
    if (pathname === '/api/v1/organizations/10') return json(street);
    if (pathname === '/api/v1/organizations/20') return json(liuan);
    if (pathname === '/api/v1/organizations' && searchParams.get('parent') === '10') {
      return json({ items: [liuan, hebin], total: 2, page: 0, size: 500 });
    }
    if (pathname === '/api/v1/organizations' && searchParams.get('parent')) {
      return json({ items: [], total: 0, page: 0, size: 500 });
    }
    if (pathname === '/api/v1/organizations/99') {
      return problem(404, { type: 'https://dutyledger.org/problems/not-found', title: 'Not Found' });
    }
    return undefined;
  });
}

describe('OrganizationsPage', () => {
  it('starts the tree at the user scope, loads one level at a time and shows the chosen organization', async () => {
    const calls = backend();
    await renderApp('/organizations', me());
    const user = userEvent.setup();

    const tree = await screen.findByTestId('org-tree');
    await within(tree).findByText('柳岸社区');
    expect(within(tree).getByText('河滨社区')).toBeInTheDocument();
    const listCalls = calls.filter((call) => call.url.pathname === '/api/v1/organizations');
    expect(listCalls.map((call) => call.url.searchParams.get('parent'))).toEqual(['10']);
    expect(listCalls[0].url.searchParams.get('size')).toBe('500');

    await user.click(within(tree).getByText('柳岸社区'));

    const detail = await screen.findByTestId('org-detail');
    expect(within(detail).getByText('SQ-01')).toBeInTheDocument();
    expect(within(detail).getByText('社区')).toBeInTheDocument();
    expect(within(detail).getByRole('button', { name: /新建下级/ })).toBeInTheDocument();
    expect(within(detail).getByRole('button', { name: /撤\s*销/ })).toBeInTheDocument();
  });

  it('says "not found" for an organization outside the user scope', async () => {
    backend();
    await renderApp('/organizations/99', me());
    expect(await screen.findByText('未找到')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByTestId('org-detail')).toBeNull());
  });
});
