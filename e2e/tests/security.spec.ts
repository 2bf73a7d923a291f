import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { stack } from '../stack';
import { login, snap, token } from './helpers';

// What an outside security test found: no security headers, and no brute-force protection on the logins.

const realmUrl = `${stack.keycloakUrl}/realms/${stack.realm}`;
const keycloakOrigin = new URL(stack.keycloakUrl).origin;

test('the web app and the API send the security headers', async ({ request }) => {
  const page = await request.get(`${stack.baseUrl}/organizations`);
  expect(page.ok()).toBeTruthy();
  const headers = page.headers();
  const csp = headers['content-security-policy'] ?? '';
  const directives = new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map((words) => [words[0], words.slice(1)] as const),
  );
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('connect-src')).toEqual(["'self'", keycloakOrigin]);
  expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('same-origin');
  expect(headers['permissions-policy']).toContain('camera=()');

  const api = await request.get(`${stack.baseUrl}/api/v1/me`, {
    headers: { Authorization: `Bearer ${await token(request, 'secretary')}` },
  });
  expect(api.ok()).toBeTruthy();
  expect(api.headers()['content-type']).toContain('application/json');
  expect(api.headers()['x-content-type-options']).toBe('nosniff');
  expect(api.headers()['cache-control']).toBe('no-store');
});

/** Every CSP violation the app's own pages report, through the DOM event and the console. */
function recordViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy') && page.url().startsWith(stack.baseUrl)) {
      seen.push(`console: ${message.text()}`);
    }
  });
  void page.exposeFunction('reportCspViolation', (text: string) => seen.push(text));
  void page.addInitScript((appOrigin: string) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      if (!event.documentURI.startsWith(appOrigin)) return;
      const report = (window as unknown as { reportCspViolation?: (text: string) => void }).reportCspViolation;
      report?.(`${event.violatedDirective} blocked ${event.blockedURI} in ${event.documentURI}`);
    });
  }, stack.baseUrl);
  return seen;
}

test('under the Content-Security-Policy a user logs in and works without a violation', async ({ page }, testInfo) => {
  // A login and four full page loads: more than the default budget on a loaded 2-core machine.
  test.setTimeout(300_000);
  const violations = recordViolations(page);
  await login(page, 'secretary');
  for (const [path, testId] of [
    ['/organizations', null],
    ['/publications', null],
    ['/review-policies', 'effective-policy'],
    ['/audit', null],
  ] as const) {
    await page.goto(path);
    await expect(page.getByTestId('user-menu')).toBeVisible({ timeout: 60_000 });
    if (testId) await expect(page.getByTestId(testId)).toBeVisible({ timeout: 60_000 });
  }
  // Antd's run-time styles applied: the menu is laid out, not unstyled markup.
  const menu = page.locator('.ant-menu').first();
  await expect(menu).toBeVisible();
  expect(await menu.evaluate((el) => getComputedStyle(el).display)).not.toBe('');
  await snap(page, testInfo, 'under-csp');
  expect(violations).toEqual([]);
});

async function keycloakAdmin(request: APIRequestContext): Promise<string> {
  const response = await request.post(`${stack.keycloakUrl}/realms/master/protocol/openid-connect/token`, {
    form: { grant_type: 'password', client_id: 'admin-cli', username: 'kcadmin', password: 'kcadmin' },
  });
  expect(response.ok(), await response.text()).toBeTruthy();
  return (await response.json()).access_token as string;
}

function passwordGrant(request: APIRequestContext, username: string, password: string) {
  return request.post(`${realmUrl}/protocol/openid-connect/token`, {
    form: { grant_type: 'password', client_id: 'cli', client_secret: 'local-only-cli-secret', username, password },
  });
}

test('guessing passwords locks the account for a while, and short passwords are refused', async ({ request }) => {
  // A user of its own (through Keycloak's admin API), so that no demo login the other specs use gets locked.
  const adminToken = await keycloakAdmin(request);
  const admin = { Authorization: `Bearer ${adminToken}` };
  const username = `lockout-probe-${Date.now()}`;
  const created = await request.post(`${stack.keycloakUrl}/admin/realms/${stack.realm}/users`, {
    headers: admin,
    data: {
      username,
      enabled: true,
      email: `${username}@dutyledger.local`,
      emailVerified: true,
      firstName: '试',
      lastName: '锁定',
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const userId = created.headers()['location'].split('/').pop()!;
  const setPassword = (value: string) =>
    request.put(`${stack.keycloakUrl}/admin/realms/${stack.realm}/users/${userId}/reset-password`, {
      headers: admin,
      data: { type: 'password', value, temporary: false },
    });
  try {
    // The password policy: at least 12 characters, not the username.
    expect((await setPassword('demo')).status()).toBe(400);
    expect((await setPassword(username)).status()).toBe(400);
    const password = 'Richtig-und-lang-2026';
    expect((await setPassword(password)).status()).toBe(204);
    expect((await passwordGrant(request, username, password)).ok()).toBeTruthy();

    for (let i = 0; i < 5; i++) {
      const wrong = await passwordGrant(request, username, `falsch-${i}-aber-lang`);
      expect(wrong.ok()).toBeFalsy();
      expect((await wrong.json()).error).toBe('invalid_grant');
    }
    // Now even the right password is refused until the wait is over.
    const refused = await passwordGrant(request, username, password);
    expect(refused.ok()).toBeFalsy();
    expect((await refused.json()).error).toBe('invalid_grant');
    const status = await request.get(
      `${stack.keycloakUrl}/admin/realms/${stack.realm}/attack-detection/brute-force/users/${userId}`,
      { headers: admin },
    );
    const lock = await status.json();
    // Locked after at most 5 failures (guesses less than a second apart lock sooner, and attempts while locked
    // are not counted).
    expect(lock.disabled, JSON.stringify(lock)).toBe(true);
    expect(lock.numFailures).toBeGreaterThanOrEqual(1);
  } finally {
    await request.delete(`${stack.keycloakUrl}/admin/realms/${stack.realm}/users/${userId}`, { headers: admin });
  }
});
