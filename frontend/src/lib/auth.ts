import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { api, setTokenProvider, unwrap } from './api-client';
import type { ClientConfig } from './api-types';
import { currentLanguage, type Language } from './i18n';

/** Where the user wanted to go before the sign-in round trip. */
interface SigninState {
  returnTo?: string;
}

/** Unauthenticated: the OIDC settings come from the backend so one build runs anywhere. */
export function loadClientConfig(): Promise<ClientConfig> {
  return unwrap(api.GET('/api/v1/client-config'));
}

let current: { key: string; userManager: UserManager } | null = null;

/** One UserManager per configuration (React may render the caller twice). */
export function createUserManager(config: ClientConfig): UserManager {
  const key = `${config.authority}|${config.clientId}`;
  if (current?.key === key) return current.userManager;
  const origin = window.location.origin;
  const userManager = new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: `${origin}/`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile email',
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
  setTokenProvider(async () => (await userManager.getUser())?.access_token);
  current = { key, userManager };
  return userManager;
}

export function currentLocation(): string {
  return window.location.pathname + window.location.search + window.location.hash;
}

/** Keycloak's tag for each of our languages (the realm offers zh-Hans and en). */
const KEYCLOAK_LOCALES: Record<Language, string> = { 'zh-CN': 'zh-Hans', en: 'en' };

export function keycloakLocale(language: Language): string {
  return KEYCLOAK_LOCALES[language];
}

/** The login page speaks the app's chosen language, not the browser's. */
export function signinArgs(): { state: SigninState; ui_locales: string } {
  return { state: { returnTo: currentLocation() }, ui_locales: keycloakLocale(currentLanguage()) };
}

/** After the code exchange: drop ?code=&state= from the address bar and go back where the user was. */
export function onSigninCallback(user: User | void): void {
  const state = (user?.state ?? {}) as SigninState;
  const returnTo = state.returnTo && state.returnTo.startsWith('/') ? state.returnTo : '/';
  window.history.replaceState({}, document.title, returnTo);
}
