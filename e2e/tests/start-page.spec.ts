import { expect, test, type Page } from '@playwright/test';
import { stack } from '../stack';
import { DEMO_PASSWORD, login, snap } from './helpers';

// 工作台 (issue 18, items 1 and 11): everyone lands on a start page that fits them, on a desk and on a phone.

const PERSONAL_BLOCKS = ['reviews', 'obligations', 'vacancies', 'duties', 'notifications'];

test('secretary lands on 工作台 and sees their own blocks, each linking to its page', async ({ page }, testInfo) => {
  await login(page, 'secretary');
  await expect(page).toHaveURL(/\/workbench$/);
  await expect(page).toHaveTitle(/^工作台/);
  const workbench = page.getByTestId('workbench');
  await expect(workbench).toContainText('王建国，您好');
  // the first menu entry, selected
  const first = page.getByTestId('side-menu').getByRole('menuitem').first();
  await expect(first).toContainText('工作台');
  for (const block of PERSONAL_BLOCKS) await expect(page.getByTestId(`home-block-${block}`)).toBeVisible();
  // what the secretary holds today, read from the ledger
  await expect(page.getByTestId('home-block-duties')).toContainText('第一责任人');
  // the auditor's blocks are not theirs
  await expect(page.getByTestId('home-block-verification')).toHaveCount(0);
  // every block has loaded: a line or the sentence saying what would appear there
  for (const block of PERSONAL_BLOCKS) {
    await expect(page.getByTestId(`home-block-${block}`).locator('.ant-skeleton')).toHaveCount(0);
  }
  await snap(page, testInfo, '01-secretary-workbench');

  await page.getByTestId('home-block-duties').getByRole('link', { name: '全部' }).click();
  await expect(page).toHaveURL(/\/me\/duties$/);
});

test('a deep link survives the login: the page asked for opens, not 工作台', async ({ page }) => {
  await page.goto('/channels');
  await page.waitForURL((url) => url.href.startsWith(stack.keycloakUrl), { timeout: 60_000 });
  await page.locator('#username').fill('editor');
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.href.startsWith(stack.baseUrl));
  await expect(page.getByTestId('user-menu')).toBeVisible();
  await expect(page).toHaveURL(/\/channels$/);
  await expect(page.getByTestId('workbench')).toHaveCount(0);
});

test('auditor sees the chain verified and the recent activity, and no personal inbox', async ({ page }, testInfo) => {
  await login(page, 'auditor');
  await expect(page).toHaveURL(/\/workbench$/);
  const verification = page.getByTestId('home-verification');
  await expect(verification).toHaveAttribute('data-ok', 'true');
  await expect(verification).toContainText('审计链完整');
  const activity = page.getByTestId('home-block-activity');
  await expect(activity.locator('.ant-list-item').first()).toBeVisible();
  await expect(page.getByTestId('home-block-reviews')).toHaveCount(0);
  await expect(page.getByTestId('home-block-duties')).toHaveCount(0);
  await snap(page, testInfo, '01-auditor-workbench');
});

test.describe('on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the blocks stack in one column and nothing is cut off', async ({ page }, testInfo) => {
    await login(page, 'secretary');
    await expect(page).toHaveURL(/\/workbench$/);
    for (const block of PERSONAL_BLOCKS) await expect(page.getByTestId(`home-block-${block}`)).toBeVisible();
    await expectStackedWithin(page, 390);
    await snap(page, testInfo, '01-phone-workbench');
    const path = testInfo.outputPath('02-phone-workbench-full.png');
    await page.screenshot({ path, fullPage: true });
    await testInfo.attach('02-phone-workbench-full', { path, contentType: 'image/png' });
  });
});

/** Every block starts at the same left edge, ends inside the screen, and the page does not scroll sideways. */
async function expectStackedWithin(page: Page, width: number): Promise<void> {
  const boxes = await page.locator('[data-testid^="home-block-"]').evaluateAll((cards) =>
    cards.map((card) => {
      const box = card.getBoundingClientRect();
      return { left: Math.round(box.left), right: Math.round(box.right) };
    }),
  );
  expect(boxes.length).toBeGreaterThanOrEqual(PERSONAL_BLOCKS.length);
  for (const box of boxes) {
    expect(box.left).toBe(boxes[0].left);
    expect(box.right).toBeLessThanOrEqual(width);
  }
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(width);
}
