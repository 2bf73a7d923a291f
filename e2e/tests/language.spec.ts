import { expect, test } from '@playwright/test';
import { login, snap } from './helpers';

test('switching to English shows the menu in English', async ({ page }, testInfo) => {
  await login(page, 'editor');
  const menu = page.getByTestId('side-menu');
  await expect(menu.getByRole('menuitem', { name: /组织机构/ })).toBeVisible();

  await page.getByTestId('lang-switch').getByText('English', { exact: true }).click();

  await expect(menu.getByRole('menuitem', { name: /Organizations/ })).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: /People/ })).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: /Audit trail/ })).toBeVisible();
  await expect(menu).not.toContainText('组织机构');
  await expect(page.getByTestId('logout')).toContainText('Log out');
  await snap(page, testInfo, '01-english');

  // The choice is kept across a reload.
  await page.reload();
  await expect(page.getByTestId('side-menu').getByRole('menuitem', { name: /Organizations/ })).toBeVisible();
});
