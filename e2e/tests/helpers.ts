import { expect, type APIRequestContext, type Locator, type Page, type TestInfo } from '@playwright/test';
import { stack } from '../stack';

export const DEMO_PASSWORD = 'demo';

/**
 * A button's name: antd puts a space between two Chinese characters ("保 存"), and an icon
 * before the text adds its own name ("edit 编 辑"). Matches the text at the end, spaced or not.
 */
export function label(text: string): RegExp {
  const escaped = [...text].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(^|\\s)${escaped.join('\\s*')}\\s*$`);
}

/**
 * Picks an option of an antd Select by its label. The dropdown is virtualised (only about ten
 * options exist in the page at a time), so scroll it until the option is there.
 */
export async function chooseOption(page: Page, combobox: Locator, title: string): Promise<void> {
  await combobox.click();
  const list = page.locator('.ant-select-dropdown-list-holder:visible');
  const option = page.locator(`.ant-select-item-option[title="${title}"]:visible`);
  await expect(list).toBeVisible();
  for (let i = 0; i < 20 && !(await option.isVisible()); i++) {
    await list.hover();
    await page.mouse.wheel(0, 100);
    await page.waitForTimeout(100);
  }
  await option.click();
  // A click that lands while the list is still opening can be lost: pick again until the list closes.
  await expect(async () => {
    if (await option.isVisible()) await option.click({ timeout: 2_000 });
    await expect(list).toBeHidden({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

/** Signs in through the Keycloak login page, as a person would, and waits for the app. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/');
  // The app sends the browser to Keycloak's login page.
  await page.waitForURL((url) => url.href.startsWith(stack.keycloakUrl), { timeout: 60_000 });
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.href.startsWith(stack.baseUrl));
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

/** Signs out with the app's button and checks that Keycloak asks for a login again. */
export async function logout(page: Page): Promise<void> {
  await page.getByTestId('logout').click();
  await page.waitForURL((url) => url.href.startsWith(stack.keycloakUrl), { timeout: 60_000 });
  await expect(page.locator('#username')).toBeVisible();
}

/** A screenshot (the viewport, 1440×900) kept in the test's output folder (e2e/test-results/<test>/NAME.png). */
export async function snap(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** An access token from Keycloak through the `cli` client (password grant; local setup only). */
export async function token(request: APIRequestContext, username: string): Promise<string> {
  const response = await request.post(
    `${stack.keycloakUrl}/realms/${stack.realm}/protocol/openid-connect/token`,
    {
      form: {
        grant_type: 'password',
        client_id: 'cli',
        client_secret: 'local-only-cli-secret',
        username,
        password: DEMO_PASSWORD,
      },
    },
  );
  expect(response.ok(), await response.text()).toBeTruthy();
  return (await response.json()).access_token as string;
}

export interface OrganizationRef {
  id: number;
  code: string;
  name: string;
  parentId: number | null;
}

/** Looks organizations up through the API as the given user. */
export async function findOrganizations(
  request: APIRequestContext,
  accessToken: string,
  query: Record<string, string | number>,
): Promise<OrganizationRef[]> {
  const response = await request.get(`${stack.baseUrl}/api/v1/organizations`, {
    params: { size: 200, ...query },
    headers: { Authorization: `Bearer ${accessToken}` },
  });
  expect(response.ok(), await response.text()).toBeTruthy();
  return (await response.json()).items as OrganizationRef[];
}

/**
 * The demo organizations by code (STREET-DH, DH-LIUAN, ...), read through the API as admin,
 * so the specs follow the demo data's names instead of repeating them.
 */
export async function demoOrganizations(request: APIRequestContext): Promise<Map<string, OrganizationRef>> {
  const adminToken = await token(request, 'admin');
  const all = await findOrganizations(request, adminToken, { size: 500 });
  const byCode = new Map(all.map((org) => [org.code, org]));
  for (const code of ['STREET-DH', 'DH-OFFICE', 'DH-LIUAN', 'DH-TAOYUAN', 'DH-DONGHU', 'STREET-XS', 'XS-SONGLIN']) {
    expect(byCode.has(code), `demo organization ${code}`).toBeTruthy();
  }
  return byCode;
}
