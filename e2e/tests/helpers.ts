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

/** A day as the API writes it, in the app's zone (Asia/Shanghai, as the browser and the server). */
export function shanghaiDay(date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

/** One call to the API as the token's holder; fails the test, with the answer, when it is not 2xx. */
async function call<T>(
  request: APIRequestContext,
  accessToken: string,
  method: 'GET' | 'POST',
  path: string,
  options: { params?: Record<string, string | number>; data?: unknown } = {},
): Promise<T> {
  const response = await request.fetch(`${stack.baseUrl}${path}`, {
    method,
    params: options.params,
    data: options.data,
    headers: { Authorization: `Bearer ${accessToken}` },
  });
  expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBeTruthy();
  return (await response.json()) as T;
}

interface HeldDuty {
  id: number;
  role: string;
  person: { id: number; name: string };
  validFrom: string;
  validTo?: string | null;
  basis?: unknown;
  version: number;
}

/** The duties held in the organization today, as the ledger answers them (as admin). */
async function dutiesToday(
  request: APIRequestContext,
  adminToken: string,
  orgId: number,
): Promise<HeldDuty[]> {
  const page = await call<{ items: HeldDuty[] }>(request, adminToken, 'GET', '/api/v1/duty-assignments', {
    params: { organization: orgId, at: shanghaiDay(), size: 200 },
  });
  return page.items;
}

export interface Reviewer {
  id: number;
  name: string;
  username: string;
}

/**
 * Who reviews the street's items today: step 1 (分管领导初审) is its 直接责任人, step 2 (主要领导审批) its
 * 第一责任人. Read from the ledger as admin, since duties.spec.ts may have handed a duty over; each must sign in.
 */
export async function streetReviewers(
  request: APIRequestContext,
  streetId: number,
): Promise<{ step1: Reviewer; step2: Reviewer }> {
  const adminToken = await token(request, 'admin');
  const held = await dutiesToday(request, adminToken, streetId);
  const holder = async (role: string): Promise<Reviewer> => {
    const duty = held.find((a) => a.role === role);
    expect(duty, `the street's ${role} today`).toBeDefined();
    const person = await call<{ id: number; name: string; username?: string | null }>(
      request,
      adminToken,
      'GET',
      `/api/v1/people/${duty!.person.id}`,
    );
    expect(person.username, `the ${role} signs in`).toBeTruthy();
    return { id: person.id, name: person.name, username: person.username! };
  };
  return { step1: await holder('DIRECT_RESPONSIBLE'), step2: await holder('FIRST_RESPONSIBLE') };
}

/** A 直接责任人 entry corrected away from its holder, to be corrected back by restoreStepOneReviewer. */
export interface StepOneUndo {
  assignmentId: number;
  personId: number;
}

/** Corrects a duty entry to another person, keeping everything else. */
async function correctHolder(
  request: APIRequestContext,
  adminToken: string,
  duty: HeldDuty,
  personId: number,
  reason: string,
): Promise<void> {
  await call(request, adminToken, 'POST', `/api/v1/duty-assignments/${duty.id}/correct`, {
    data: {
      version: duty.version,
      reason,
      personId,
      role: duty.role,
      validFrom: duty.validFrom,
      ...(duty.validTo ? { validTo: duty.validTo } : {}),
      ...(duty.basis ? { basis: duty.basis } : {}),
    },
  });
}

/**
 * Makes the named person the street's 直接责任人 today, so step 1 is theirs. A holder who began today (the
 * hand-over of duties.spec.ts) cannot be handed over the same day, so that entry is corrected to them and
 * corrected back at the end (restoreStepOneReviewer); an older holder is handed over to them effective today.
 * `spec` names the caller in the reasons the ledger keeps.
 */
export async function makeStepOneReviewer(
  request: APIRequestContext,
  streetId: number,
  name: string,
  spec: string,
): Promise<StepOneUndo[]> {
  const adminToken = await token(request, 'admin');
  const people = await call<{ items: { id: number; name: string }[] }>(
    request,
    adminToken,
    'GET',
    '/api/v1/people',
    {
      params: { q: name },
    },
  );
  const person = people.items.find((p) => p.name === name);
  expect(person, `${name} among the people`).toBeDefined();
  const direct = async () =>
    (await dutiesToday(request, adminToken, streetId)).filter((a) => a.role === 'DIRECT_RESPONSIBLE');
  const today = shanghaiDay();
  const holders = await direct();
  if (holders.some((a) => a.person.id === person!.id)) return [];

  const undo: StepOneUndo[] = [];
  for (const holder of holders.filter((a) => a.validFrom === today)) {
    await correctHolder(request, adminToken, holder, person!.id, `e2e ${spec}: ${name} reviews step 1 today`);
    undo.push({ assignmentId: holder.id, personId: holder.person.id });
  }
  if (undo.length === 0) {
    await call(request, adminToken, 'POST', `/api/v1/organizations/${streetId}/handover`, {
      data: { role: 'DIRECT_RESPONSIBLE', personId: person!.id, effectiveDate: today },
    });
  }
  expect((await direct()).map((a) => a.person.name)).toContain(name);
  return undo;
}

/** Puts back the 直接责任人 entries that makeStepOneReviewer corrected. */
export async function restoreStepOneReviewer(
  request: APIRequestContext,
  undo: StepOneUndo[],
  spec: string,
): Promise<void> {
  if (undo.length === 0) return;
  const adminToken = await token(request, 'admin');
  for (const { assignmentId, personId } of undo) {
    const current = await call<HeldDuty>(
      request,
      adminToken,
      'GET',
      `/api/v1/duty-assignments/${assignmentId}`,
    );
    await correctHolder(
      request,
      adminToken,
      current,
      personId,
      `e2e ${spec}: back to the holder before the spec`,
    );
  }
}
