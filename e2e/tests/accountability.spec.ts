import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { stack } from '../stack';
import {
  chooseOption,
  demoOrganizations,
  label,
  login,
  logout,
  snap,
  streetReviewers,
  token,
} from './helpers';

// 责任追究 (issue 16): the district's authorised office (demo login `discipline`, 林正, with a filing grant in the
// district organization) files a case from the trace of a published item of 东湖发布. The proposal is derived
// by the server from the ledger of the publishing day: the street's 第一责任人 and 直接责任人, and the approvers of
// the published revision. The step-1 reviewer rejected the first revision but approved this one, so is not
// exempt. The secretary, named in the case, sees only his own line and adds a statement; the case is decided
// and printed. Who holds which duty today is read through the API, so a hand-over by duties.spec.ts does not
// break the names this spec expects.
const CHANNEL = '东湖发布';
const SECRETARY = '王建国';

interface Publication {
  id: number;
  version: number;
  status: string;
  title: string;
  publishedAt?: string | null;
  review?: {
    currentStep?: number | null;
    steps?: { checklist?: string[] }[];
  } | null;
  approvals?: { reviewer?: { id: number; name: string } | null }[];
}

async function api<T>(
  request: APIRequestContext,
  accessToken: string,
  method: 'GET' | 'POST' | 'PUT',
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

/** Approves the item's current step as `username`, confirming every checklist item of that step. */
async function approve(
  request: APIRequestContext,
  username: string,
  item: Publication,
): Promise<Publication> {
  const step = item.review?.steps?.[(item.review.currentStep ?? 1) - 1];
  return api<Publication>(
    request,
    await token(request, username),
    'POST',
    `/api/v1/publications/${item.id}/approve`,
    {
      data: {
        version: item.version,
        checklist: (step?.checklist ?? []).map((text) => ({
          item: text,
          confirmed: true,
        })),
      },
    },
  );
}

/**
 * Through the API: the editor writes an item for 东湖发布 and submits it; the step-1 reviewer (the street's
 * 直接责任人 today) rejects it; the editor revises and resubmits; step 1 and step 2 (第一责任人) approve; it is
 * published. Returns the published item.
 */
async function publishAfterOneRejection(
  request: APIRequestContext,
  reviewers: { step1: string; step2: string },
  title: string,
): Promise<Publication> {
  const editor = await token(request, 'editor');
  const channels = await api<{ items: { id: number; name: string }[] }>(
    request,
    editor,
    'GET',
    '/api/v1/channels',
    {
      params: { q: CHANNEL, size: 50 },
    },
  );
  const channel = channels.items.find((c) => c.name === CHANNEL);
  expect(channel, `${CHANNEL} among the channels`).toBeDefined();
  let item = await api<Publication>(request, editor, 'POST', '/api/v1/publications', {
    data: {
      channelId: channel!.id,
      title,
      body: '<p>今冬供暖将于11月1日开始，全街道统一执行。</p>',
    },
  });
  item = await api(request, editor, 'POST', `/api/v1/publications/${item.id}/submit`, {
    data: { version: item.version },
  });
  item = await api(
    request,
    await token(request, reviewers.step1),
    'POST',
    `/api/v1/publications/${item.id}/reject`,
    {
      data: { version: item.version, comment: '供暖日期未经核实，退回修改' },
    },
  );
  item = await api(request, editor, 'PUT', `/api/v1/publications/${item.id}`, {
    data: {
      version: item.version,
      title,
      body: '<p>今冬供暖将于11月15日开始，全街道统一执行。</p>',
    },
  });
  item = await api(request, editor, 'POST', `/api/v1/publications/${item.id}/submit`, {
    data: { version: item.version },
  });
  item = await approve(request, reviewers.step1, item);
  item = await approve(request, reviewers.step2, item);
  item = await api(request, editor, 'POST', `/api/v1/publications/${item.id}/publish`, {
    data: { version: item.version, when: 'NOW' },
  });
  expect(item.status).toBe('PUBLISHED');
  return item;
}

async function confirmStep(page: Page, testId: string) {
  await page.getByTestId(testId).click();
  await page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: label('确定') })
    .click();
}

test('the district files a case from a published item’s trace; the secretary states; the case is decided and printed', async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(240_000);
  const street = (await demoOrganizations(request)).get('STREET-DH')!;
  // step 1 is the street's 直接责任人 today, step 2 its 第一责任人
  const { step1: direct, step2: first } = await streetReviewers(request, street.id);
  const title = `供暖通知（问责 e2e ${Date.now()}）`;
  const item = await publishAfterOneRejection(
    request,
    { step1: direct.username, step2: first.username },
    title,
  );
  const approvers = (item.approvals ?? []).flatMap((a) => (a.reviewer ? [a.reviewer.name] : []));
  let caseUrl = '';

  await test.step('discipline files a case from the item’s trace, pre-linked', async () => {
    await login(page, 'discipline');
    await page.goto(`/publications/${item.id}`);
    const trace = page.getByTestId('publication-trace');
    await expect(trace).toBeVisible();
    await trace.getByTestId('file-case-link').click();
    await expect(page).toHaveURL(new RegExp(`/accountability-cases/new\\?link=PUBLICATION%3A${item.id}`));
    const form = page.getByTestId('case-form');
    await expect(form.getByTestId('case-form-link')).toHaveCount(1);
    await form.getByLabel('案件名称').fill(`${title}问责`);
    await form.getByLabel('基本事实').fill('东湖发布发布的供暖通知日期错误，造成群众投诉。');
    await snap(page, testInfo, '01-file-form');
    await form.getByTestId('case-form-submit').click();
    await expect(page).toHaveURL(/\/accountability-cases\/\d+$/);
    caseUrl = new URL(page.url()).pathname;
  });

  await test.step('the proposal names the street’s leaders of that day and the approvers; the step-1 reviewer is not exempt', async () => {
    const card = page.getByTestId('accountability-case');
    await expect(card).toHaveAttribute('data-status', 'DRAFT');
    const lines = page.getByTestId('proposal-line');
    for (const name of new Set([first.name, direct.name, ...approvers])) {
      await expect(lines.filter({ hasText: name }).first()).toBeVisible();
    }
    await expect(lines.filter({ hasText: first.name }).first()).toContainText('第一责任人');
    await expect(lines.filter({ hasText: direct.name }).first()).toContainText('直接责任人');
    await expect(page.locator(`[data-testid="proposal-line"][data-person="${direct.name}"]`)).toHaveAttribute(
      'data-exempt',
      'false',
    );
    await snap(page, testInfo, '02-proposal');

    // While DRAFT the filer may still correct the facts; the proposal is derived again and stays the same.
    await page.getByTestId('case-edit-facts').click();
    const facts = page.getByTestId('case-facts-form');
    await facts
      .getByLabel('基本事实')
      .fill('东湖发布发布的供暖通知日期错误，造成群众投诉；经核实，发布前未核对原文。');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: label('保存') })
      .click();
    await expect(facts).toBeHidden();
    await expect(card).toContainText('经核实，发布前未核对原文');
    await expect(lines.filter({ hasText: first.name }).first()).toContainText('第一责任人');

    await confirmStep(page, 'case-submit');
    await expect(card).toHaveAttribute('data-status', 'UNDER_REVIEW');
    await logout(page);
  });

  await test.step('the secretary sees only his own line and adds a statement', async () => {
    expect(first.name).toBe(SECRETARY);
    await login(page, first.username);
    await page.goto('/me/accountability-lines');
    await page.getByTestId('my-line-case').filter({ hasText: title }).click();
    await expect(page.getByTestId('own-line-only')).toContainText('仅显示本人');
    const lines = page.getByTestId('proposal-line');
    await expect(lines).toHaveCount(1);
    await expect(lines).toContainText(SECRETARY);
    await page.getByTestId('line-statement-add').click();
    const form = page.getByTestId('statement-form');
    await form.getByLabel('申辩内容').fill('当日在区里开会，第二步审核系依规程完成，已要求加强核实。');
    await page.getByRole('button', { name: label('保存') }).click();
    await expect(page.getByTestId('line-statement')).toContainText('当日在区里开会');
    await snap(page, testInfo, '03-statement');
    await logout(page);
  });

  await test.step('discipline decides, per line, and prints the 问责决定书', async () => {
    await login(page, 'discipline');
    await page.goto(caseUrl);
    await expect(page.getByTestId('line-statement')).toContainText('当日在区里开会');
    await page.getByTestId('case-decide').click();
    const form = page.getByTestId('decide-form');
    await form.getByLabel('决定依据').fill('区纪委常委会会议纪要（e2e）');
    const names = await page
      .getByTestId('decide-line')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-person') ?? ''));
    for (const name of names) {
      const outcome = form.getByLabel(`${name} 处理方式`);
      if (await outcome.isDisabled()) continue;
      await chooseOption(page, outcome, '批评教育');
    }
    await page
      .locator('.ant-modal')
      .getByRole('button', { name: label('作出决定') })
      .click();
    await expect(page.getByTestId('accountability-case')).toHaveAttribute('data-status', 'DECIDED');
    await page.getByTestId('case-print').click();
    const sheet = page.getByTestId('case-decision-print');
    await expect(sheet).toContainText('问责决定书');
    await expect(sheet.getByTestId('print-basis')).toContainText('区纪委常委会会议纪要（e2e）');
    await expect(sheet.getByTestId('print-line').filter({ hasText: SECRETARY })).toContainText('批评教育');
    await snap(page, testInfo, '04-print');
  });
});
