import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { AuthContext, type AuthContextProps } from 'react-oidc-context';
import { createMemoryRouter, MemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { AppProviders } from '@/app/providers';
import { routes } from '@/app/routes';
import { meQueryKey } from '@/features/me';
import type { Me } from '@/lib/api-types';
import { changeLanguage, initI18n } from '@/lib/i18n';

export const fakeAuth = () =>
  ({
    isAuthenticated: true,
    isLoading: false,
    user: null,
    signinRedirect: vi.fn(),
    signoutRedirect: vi.fn(),
  }) as unknown as AuthContextProps;

function setUp(me?: Me) {
  initI18n('zh-CN');
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false }, mutations: { retry: false } },
  });
  if (me) queryClient.setQueryData(meQueryKey, me);
  return { queryClient, auth: fakeAuth() };
}

/** Renders the whole app (layout, menu, pages) at `route`, as the signed-in user `me`. */
export async function renderApp(route: string, me: Me) {
  const { queryClient, auth } = setUp(me);
  await changeLanguage('zh-CN');
  const router = createMemoryRouter(routes, { initialEntries: [route] });
  const result = render(
    <AuthContext.Provider value={auth}>
      <AppProviders queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>
    </AuthContext.Provider>,
  );
  return { ...result, queryClient, auth, router };
}

/** Renders like the app does (antd zh-CN, i18n, query cache, router); /me comes from `me` when given. */
export async function renderWithApp(ui: ReactElement, options: { route?: string; me?: Me } = {}) {
  const { queryClient, auth } = setUp(options.me);
  await changeLanguage('zh-CN');
  const result = render(
    <AuthContext.Provider value={auth}>
      <AppProviders queryClient={queryClient}>
        <MemoryRouter initialEntries={[options.route ?? '/']}>{ui}</MemoryRouter>
      </AppProviders>
    </AuthContext.Provider>,
  );
  return { ...result, queryClient, auth };
}
