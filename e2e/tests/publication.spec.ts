import { expect, test, type APIRequestContext, type Page, type TestInfo } from '@playwright/test';
import { stack } from '../stack';
import {
  demoOrganizations,
  label,
  login,
  logout,
  makeStepOneReviewer,
  restoreStepOneReviewer,
  snap,
  token,
  type StepOneUndo,
} from './helpers';

// 网上发布的信息必须经分管领导初审，报主要领导审批通过后，方可发布信息.
// On the demo data the street's 直接责任人 (step 1, 分管领导初审) is 李明华 (deputy) and its
// 第一责任人 (step 2, 主要领导审批) is 王建国 (secretary); 张晓燕 (editor) writes for 东湖发布.
// duties.spec.ts hands 直接责任人 over to 张晓燕 effective today, so this spec makes sure, through
// the API as admin, that the deputy holds it today, and puts back what it found afterwards.
const AUTHOR = '张晓燕';
const DEPUTY = '李明华';
const SECRETARY = '王建国';
const CHANNEL = '东湖发布';

interface Publication {
  id: number;
  status: string;
  title: string;
  body: string;
  contentHash: string;
  revisionNumber: number;
  review?: { currentStep?: number | null; stepCount: number } | null;
  author: { id: number; name: string };
}

async function api<T>(
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

/** Reads an item through the API as the given user. */
async function readItem(request: APIRequestContext, username: string, id: number): Promise<Publication> {
  return api<Publication>(request, await token(request, username), 'GET', `/api/v1/publications/${id}`);
}

/** The editor writes a new item for 东湖发布, saves it and submits it; returns its id. */
async function draftAndSubmit(page: Page, testInfo: TestInfo, title: string, body: string): Promise<number> {
  await page.getByTestId('side-menu').getByRole('menuitem', { name: /信息发布/ }).click();
  await expect(page).toHaveURL(/\/publications$/);
  await page.getByRole('button', { name: label('撰写信息') }).click();
  await expect(page).toHaveURL(/\/publications\/new$/);
  const form = page.getByTestId('publication-form');
  // The organization is the editor's own (the street); its channels are offered.
  const channel = form.getByLabel('发布阵地');
  await expect(async () => {
    if ((await channel.getAttribute('aria-expanded')) !== 'true') await channel.click();
    await page
      .locator('.ant-select-item-option:visible')
      .filter({ hasText: new RegExp(`^${CHANNEL}（`) })
      .click({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await expect(form.getByTitle(new RegExp(`^${CHANNEL}（`)).first()).toBeVisible();
  await form.locator('#publication_title').fill(title);
  const editor = page.getByTestId('publication-body-editor');
  await editor.click();
  await editor.pressSequentially(body);
  await snap(page, testInfo, '01-draft');
  await form.getByRole('button', { name: label('保存') }).click();
  await expect(page).toHaveURL(/\/publications\/\d+\/edit$/);
  const id = Number(/\/publications\/(\d+)\/edit$/.exec(page.url())![1]);

  await page.goto(`/publications/${id}`);
  const detail = page.getByTestId('publication-detail');
  await expect(detail).toContainText(title);
  await expect(page.getByTestId('publication-body')).toContainText(body);
  await submit(page);
  return id;
}

/** Submits the open item (the button asks to confirm) and waits for 审核中. */
async function submit(page: Page): Promise<void> {
  const status = page.getByTestId('publication-status');
  await expect(status).toHaveAttribute('data-status', 'DRAFT');
  await page.getByTestId('publication-actions').getByRole('button', { name: label('提交审核') }).click();
  await page.locator('.ant-popconfirm:visible').getByRole('button', { name: label('确定') }).click();
  await expect(status).toHaveAttribute('data-status', 'IN_REVIEW');
}

/** The deputy finds the item in 待我审核 and opens it. */
async function openFromInbox(page: Page, title: string, id: number): Promise<void> {
  await page.getByTestId('side-menu').getByRole('menuitem', { name: /待我审核/ }).click();
  await expect(page).toHaveURL(/\/me\/reviews$/);
  const inbox = page.getByTestId('review-inbox');
  const row = inbox.getByRole('row').filter({ hasText: title });
  await expect(row).toBeVisible();
  await expect(row).toContainText(CHANNEL);
  await expect(row).toContainText(AUTHOR);
  await row.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/publications/${id}$`));
  await expect(page.getByTestId('review-panel')).toBeVisible();
}

/**
 * The item's arrival was told at once: the bell counts it and lists it by title, and 待我审核 carries a
 * count badge (GET /me/counts).
 */
async function toldOfArrival(page: Page, title: string, testInfo: TestInfo, shot: string): Promise<void> {
  const bell = page.getByTestId('notification-bell');
  await expect(bell).not.toHaveAttribute('data-unread', '0');
  const badge = page.getByTestId('side-menu').getByTestId('menu-count-reviews');
  await expect(badge).toBeVisible();
  expect(Number((await badge.innerText()).trim())).toBeGreaterThan(0);
  await bell.click();
  const told = page.getByTestId('notification-list').getByTestId('notification').filter({ hasText: `《${title}》` });
  await expect(told.first()).toContainText('待审核');
  await expect(told.first()).toHaveAttribute('data-read', 'false');
  await snap(page, testInfo, shot);
  await bell.click();
}

/** Ticks every checklist item, then approves (the button is disabled until then). */
async function approveStep(page: Page, step: number): Promise<void> {
  const panel = page.getByTestId('review-panel');
  await expect(panel).toContainText(`审核：第 ${step}/2 步`);
  const approve = panel.getByRole('button', { name: label('审核通过') });
  const boxes = page.getByTestId('review-checklist').getByRole('checkbox');
  expect(await boxes.count()).toBeGreaterThan(0);
  await expect(approve).toBeDisabled();
  for (const box of await boxes.all()) await box.check();
  await expect(approve).toBeEnabled();
  await approve.click();
  await expect(page.getByText('已审核通过', { exact: true })).toBeVisible();
}

test.describe('publication review', () => {
  let undo: StepOneUndo[] = [];

  test.beforeAll(async ({ playwright }) => {
    const request = await playwright.request.newContext();
    try {
      const street = (await demoOrganizations(request)).get('STREET-DH')!;
      undo = await makeStepOneReviewer(request, street.id, DEPUTY, 'publication.spec');
    } finally {
      await request.dispose();
    }
  });

  test.afterAll(async ({ playwright }) => {
    const request = await playwright.request.newContext();
    try {
      await restoreStepOneReviewer(request, undo, 'publication.spec');
    } finally {
      await request.dispose();
    }
  });

  test('editor drafts for 东湖发布, deputy and secretary approve, secretary publishes; trace and 审核单 show the revision hash', async ({
    page,
    request,
  }, testInfo) => {
    const suffix = Date.now().toString(36).toUpperCase();
    const title = `东湖街道开展网络安全宣传周活动 E2E-${suffix}`;
    const body = '本周东湖街道在各社区开展网络安全宣传活动，普及个人信息保护知识。';
    let id = 0;

    await test.step('editor drafts the item for 东湖发布 and submits it', async () => {
      await login(page, 'editor');
      await expect(page.getByTestId('user-name')).toHaveText(AUTHOR);
      id = await draftAndSubmit(page, testInfo, title, body);
      await expect(page.getByTestId('review-steps')).toBeVisible();
      await snap(page, testInfo, '02-submitted');
      await logout(page);
    });

    await test.step('deputy opens 待我审核, ticks the checklist and approves step 1', async () => {
      await login(page, 'deputy');
      await expect(page.getByTestId('user-name')).toHaveText(DEPUTY);
      await toldOfArrival(page, title, testInfo, '03a-deputy-bell');
      await openFromInbox(page, title, id);
      await snap(page, testInfo, '03-deputy-review');
      await approveStep(page, 1);
      await expect(page.getByTestId('review-panel')).toHaveCount(0);
      await expect(page.getByTestId('publication-status')).toHaveAttribute('data-status', 'IN_REVIEW');
      const item = await readItem(request, 'admin', id);
      expect(item.status).toBe('IN_REVIEW');
      expect(item.review?.currentStep).toBe(2);
      await logout(page);
    });

    await test.step('secretary approves step 2 and publishes', async () => {
      await login(page, 'secretary');
      await expect(page.getByTestId('user-name')).toHaveText(SECRETARY);
      await toldOfArrival(page, title, testInfo, '04a-secretary-bell');
      await openFromInbox(page, title, id);
      await approveStep(page, 2);
      const status = page.getByTestId('publication-status');
      await expect(status).toHaveAttribute('data-status', 'APPROVED');
      await page.getByTestId('publication-actions').getByRole('button', { name: label('发布') }).click();
      const dialog = page.getByRole('dialog').filter({ hasText: `发布「${title}」` });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('radio', { name: '立即发布' })).toBeChecked();
      await dialog.getByRole('button', { name: label('发布') }).click();
      await expect(dialog).toBeHidden();
      await expect(status).toHaveAttribute('data-status', 'PUBLISHED');
    });

    await test.step('the trace: the editor wrote it, deputy and secretary reviewed the published revision', async () => {
      const item = await readItem(request, 'admin', id);
      expect(item.status).toBe('PUBLISHED');
      expect(item.author.name).toBe(AUTHOR);
      const hash = item.contentHash;
      expect(hash).toMatch(/^[0-9a-f]{64}$/);

      const trace = page.getByTestId('publication-trace');
      await expect(trace).toBeVisible();
      await expect(trace.getByTestId('trace-event').first()).toBeVisible();
      const created = trace.locator('[data-testid="trace-event"][data-action="created"]');
      await expect(created).toHaveCount(1);
      await expect(created).toContainText(AUTHOR);
      const approvals = trace.locator('[data-testid="trace-event"][data-action="approved"]');
      await expect(approvals).toHaveCount(2);
      await expect(approvals.filter({ hasText: '第 1 步' })).toContainText(DEPUTY);
      await expect(approvals.filter({ hasText: '第 2 步' })).toContainText(SECRETARY);
      for (const approval of await approvals.all()) {
        await expect(approval).toContainText(hash.slice(0, 12));
        await expect(approval.locator(`[title="${hash}"]`)).toBeVisible();
      }
      const published = trace.locator('[data-testid="trace-event"][data-action="published"]');
      await expect(published).toContainText(SECRETARY);
      await expect(published).toContainText(hash.slice(0, 12));
      await trace.scrollIntoViewIfNeeded();
      await snap(page, testInfo, '04-trace');
      const tracePath = testInfo.outputPath('04-trace-card.png');
      await trace.screenshot({ path: tracePath });
      await testInfo.attach('04-trace-card', { path: tracePath, contentType: 'image/png' });
    });

    await test.step('the printable 审核单 names both reviewers with the SHA-256 of the published revision', async () => {
      const item = await readItem(request, 'admin', id);
      const printLink = page.getByRole('link', { name: /打印审核单/ });
      await expect(printLink).toHaveAttribute('href', `/publications/${id}/review-form`);
      await page.goto(`/publications/${id}/review-form`);
      const form = page.getByTestId('review-form');
      await expect(form).toContainText('网络信息发布审核单');
      await expect(form).toContainText(title);
      await expect(form).toContainText(AUTHOR);
      await expect(form).toContainText(`SHA-256 ${item.contentHash}`);
      const rows = form.getByTestId('review-form-approval');
      await expect(rows).toHaveCount(2);
      for (const row of await rows.all()) await expect(row).toHaveAttribute('data-hash', item.contentHash);
      await expect(rows.nth(0)).toContainText(DEPUTY);
      await expect(rows.nth(1)).toContainText(SECRETARY);
      await expect(rows.nth(0)).not.toContainText('☐');
      await snap(page, testInfo, '05-review-form');
      const path = testInfo.outputPath('05-review-form-full.png');
      await page.screenshot({ path, fullPage: true });
      await testInfo.attach('05-review-form-full', { path, contentType: 'image/png' });
    });

    await page.goto('/');
    await logout(page);
  });

  test('deputy rejects with a comment; the editor sees it, edits the body and resubmits to step 1', async ({
    page,
    request,
  }, testInfo) => {
    const suffix = Date.now().toString(36).toUpperCase();
    const title = `退回测试：社区志愿服务信息 E2E-${suffix}`;
    const body = '柳岸社区志愿者本月服务居民三百人次。';
    const comment = `服务人次请与社区台账核对后再报（E2E-${suffix}）`;
    const addition = '数据已与社区台账核对。';
    let id = 0;

    await test.step('editor drafts and submits a second item', async () => {
      await login(page, 'editor');
      id = await draftAndSubmit(page, testInfo, title, body);
      await logout(page);
    });

    await test.step('deputy rejects it with a comment (required)', async () => {
      await login(page, 'deputy');
      await openFromInbox(page, title, id);
      const panel = page.getByTestId('review-panel');
      const reject = panel.getByRole('button', { name: label('退回修改') });
      // Without a comment the panel asks for one and nothing is sent.
      await reject.click();
      await expect(panel.getByRole('alert').filter({ hasText: '退回须填写审核意见' })).toBeVisible();
      await panel.getByLabel('审核意见').fill(comment);
      await reject.click();
      await expect(page.getByText('已退回', { exact: true })).toBeVisible();
      await expect(page.getByTestId('publication-status')).toHaveAttribute('data-status', 'DRAFT');
      await expect(page.getByTestId('last-rejection')).toContainText(comment);
      await snap(page, testInfo, '02-rejected');
      await logout(page);
    });

    const before = await readItem(request, 'admin', id);
    expect(before.status).toBe('DRAFT');

    await test.step('editor sees the comment on the item, edits the body and resubmits', async () => {
      await login(page, 'editor');
      // the rejection reached the editor's bell at once, with the comment
      await page.getByTestId('notification-bell').click();
      await expect(
        page.getByTestId('notification-list').getByTestId('notification').filter({ hasText: `《${title}》` }).first(),
      ).toContainText(comment);
      await page.getByTestId('notification-bell').click();
      await page.goto(`/publications/${id}`);
      const rejection = page.getByTestId('last-rejection');
      await expect(rejection).toContainText(`您的稿件被退回：${DEPUTY}`);
      await expect(rejection).toContainText(comment);
      await snap(page, testInfo, '03-editor-sees-comment');
      await page.getByTestId('publication-actions').getByRole('button', { name: label('编辑') }).click();
      await expect(page).toHaveURL(new RegExp(`/publications/${id}/edit$`));
      const editor = page.getByTestId('publication-body-editor');
      await expect(editor).toContainText(body);
      await editor.click();
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.press('Enter');
      await page.keyboard.type(addition);
      await page.getByTestId('publication-form').getByRole('button', { name: label('保存') }).click();
      await expect(page).toHaveURL(new RegExp(`/publications/${id}$`));
      await expect(page.getByTestId('publication-body')).toContainText(addition);
      await submit(page);
      await snap(page, testInfo, '04-resubmitted');
    });

    await test.step('the item is in review at step 1 again, with a new revision', async () => {
      const after = await readItem(request, 'admin', id);
      expect(after.status).toBe('IN_REVIEW');
      expect(after.review?.currentStep).toBe(1);
      expect(after.revisionNumber).toBeGreaterThan(before.revisionNumber);
      expect(after.contentHash).not.toBe(before.contentHash);
      expect(after.body).toContain(addition);
      await logout(page);
    });
  });
});
