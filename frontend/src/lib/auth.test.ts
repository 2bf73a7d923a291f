import { afterAll, describe, expect, it } from 'vitest';
import { keycloakLocale, signinArgs } from './auth';
import { changeLanguage, initI18n } from './i18n';

describe('sign-in language', () => {
  afterAll(() => changeLanguage('zh-CN'));

  it('names our languages as the Keycloak realm does', () => {
    expect(keycloakLocale('zh-CN')).toBe('zh-Hans');
    expect(keycloakLocale('en')).toBe('en');
  });

  it('asks Keycloak for the app’s chosen language and keeps where the user was', async () => {
    initI18n('zh-CN');
    await changeLanguage('zh-CN');
    window.history.replaceState({}, '', '/audit?page=2');
    expect(signinArgs()).toEqual({ state: { returnTo: '/audit?page=2' }, ui_locales: 'zh-Hans' });

    await changeLanguage('en');
    expect(signinArgs().ui_locales).toBe('en');
  });
});
