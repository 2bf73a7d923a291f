import { expect, type APIRequestContext, type Page, type TestInfo } from '@playwright/test';
import { stack } from '../stack';

export const DEMO_PASSWORD = 'demo';

/** antd puts a space between two Chinese characters in buttons ("保 存"): match either way. */
export function label(text: string): RegExp {
  const escaped = [...text].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^\\s*${escaped.join('\\s*')}\\s*$`);
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

/** A full-page screenshot kept in the test's output folder (e2e/test-results/<test>/NAME.png). */
export async function snap(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
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
