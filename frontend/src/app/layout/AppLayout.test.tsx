import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
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

  describe('on a phone', () => {
    const desk = window.matchMedia;
    afterEach(() => {
      window.matchMedia = desk;
    });

    it('hides the side menu behind a button in the header and closes it after a choice', async () => {
      window.matchMedia = vi.fn().mockImplementation((query: string) => ({
        matches: query.includes('max-width: 767'),
        media: query,
        addEventListener: vi.fn(),
        removeEventListener: vi.fn(),
        addListener: vi.fn(),
        removeListener: vi.fn(),
      })) as unknown as typeof window.matchMedia;
      stubFetch(() => undefined);
      await renderApp('/no-such-page', me());
      const user = userEvent.setup();
      expect(screen.queryByTestId('side-menu')).toBeNull();
      // the name, the language and logout stay in the header; logout as an icon with its name
      expect(within(screen.getByTestId('user-menu')).getByText('王建国')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: '退出登录' })).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: '菜单' }));
      const menu = await screen.findByTestId('side-menu');
      await user.click(within(menu).getByText('人员'));

      await waitFor(() =>
        expect(screen.getByRole('button', { name: '菜单' })).toHaveAttribute('aria-expanded', 'false'),
      );
    });
  });
});
