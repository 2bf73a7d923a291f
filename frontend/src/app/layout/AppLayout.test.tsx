import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubFetch } from '@/test/fetch-stub';
import { me } from '@/test/fixtures';
import { renderApp } from '@/test/render';

describe('AppLayout', () => {
  it('shows the menu in Chinese first and in English after switching, and remembers the choice', async () => {
    stubFetch(() => undefined);
    await renderApp('/no-such-page', me());
    const user = userEvent.setup();
    const menu = screen.getByTestId('side-menu');
    expect(within(menu).getByText('组织机构')).toBeInTheDocument();
    expect(within(menu).getByText('人员')).toBeInTheDocument();
    expect(within(menu).getByText('审计留痕')).toBeInTheDocument();
    expect(screen.getByText('未找到')).toBeInTheDocument();

    await user.click(within(screen.getByTestId('lang-switch')).getByText('English'));

    await waitFor(() => expect(within(menu).getByText('Organizations')).toBeInTheDocument());
    expect(within(menu).getByText('People')).toBeInTheDocument();
    expect(within(menu).getByText('Audit trail')).toBeInTheDocument();
    expect(within(menu).queryByText('组织机构')).toBeNull();
    expect(screen.getByText('Not found')).toBeInTheDocument();
    expect(localStorage.getItem('dutyLedger.language')).toBe('en');
  });

  it('shows the user name and scope, and logs out through the identity provider', async () => {
    stubFetch(() => undefined);
    const { auth } = await renderApp('/no-such-page', me());
    const user = userEvent.setup();
    const userMenu = screen.getByTestId('user-menu');
    expect(within(userMenu).getByText('王建国')).toBeInTheDocument();
    expect(within(userMenu).getByText('城关街道 · 工作人员')).toBeInTheDocument();

    await user.click(screen.getByTestId('logout'));

    expect(auth.signoutRedirect).toHaveBeenCalledWith({
      post_logout_redirect_uri: `${window.location.origin}/`,
    });
  });
});
