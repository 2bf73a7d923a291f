import { expect, test } from '@playwright/test';
import { stack } from '../stack';
import { label, login, snap } from './helpers';

test('the Keycloak login page is the product’s, in Chinese first, and switches to English', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await page.waitForURL((url) => url.href.startsWith(stack.keycloakUrl), { timeout: 60_000 });

  await expect(page).toHaveTitle('登录 · 责任台账');
  await expect(page.locator('#kc-header-wrapper')).toHaveText('责任台账');
  await expect(page.locator('#kc-page-title')).toHaveText('登录责任台账');
  const switcher = page.locator('#login-select-toggle');
  // the language names in their own words, never a raw tag such as "zh-Hans"
  await expect(switcher.locator('option:checked')).toHaveText('简体中文');
  await expect(switcher).not.toContainText('zh-Hans');
  await expect(page.locator('#kc-login')).toHaveText('登录');
  await snap(page, testInfo, '01-login-zh');

  await switcher.selectOption({ label: 'English' });
  await expect(page.locator('#kc-page-title')).toHaveText('Sign in to Duty Ledger');
  await expect(page).toHaveTitle('Sign in · Duty Ledger');
  await expect(page.locator('#kc-header-wrapper')).toHaveText('Duty Ledger');
  await expect(page.locator('#kc-login')).toHaveText('Sign In');
  await expect(page.locator('label[for="username"]')).toContainText('Username or email');
  await snap(page, testInfo, '02-login-en');
});

test('the login page speaks the language chosen in the app, not the browser’s', async ({
  page,
}, testInfo) => {
  // the browser asks for zh-CN (playwright.config.ts); the app was last used in English
  await page.addInitScript(() => window.localStorage.setItem('dutyLedger.language', 'en'));
  await page.goto('/');
  await page.waitForURL((url) => url.href.startsWith(stack.keycloakUrl), { timeout: 60_000 });

  expect(new URL(page.url()).searchParams.get('ui_locales')).toBe('en');
  await expect(page.locator('#kc-page-title')).toHaveText('Sign in to Duty Ledger');
  await expect(page.locator('#kc-login')).toHaveText('Sign In');
  await snap(page, testInfo, '02b-login-en-from-app');
});

test('the webhook form refuses a host that does not resolve in Chinese, and its placeholder is no such host', async ({
  page,
}, testInfo) => {
  await login(page, 'admin');
  await page.getByTestId('side-menu').getByText('系统对接').click();
  await page.getByRole('button', { name: label('新建订阅') }).click();
  const dialog = page.getByRole('dialog');
  const url = dialog.getByLabel('接收地址');
  await expect(url).toHaveAttribute('placeholder', /^https:\/\/（/);

  // .invalid never resolves (RFC 6761)
  await url.fill('https://oa.duty-ledger.invalid/hooks');
  await dialog.getByLabel('事件类型').click();
  await page.locator('.ant-select-item-option[title="组织机构的全部变更（organization.*）"]').click();
  await dialog.getByLabel('说明').fill('无法解析的主机');
  await dialog.getByRole('button', { name: label('保存') }).click();

  const refusal = dialog.locator('.ant-form-item-explain-error');
  await expect(refusal).toHaveText('主机 oa.duty-ledger.invalid 无法解析');
  await expect(dialog).not.toContainText('could not be resolved');
  await snap(page, testInfo, '03-webhook-host-not-resolved-zh');
});
