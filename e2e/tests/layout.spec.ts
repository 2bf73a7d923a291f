import { expect, test, type Page } from '@playwright/test';
import { login, snap } from './helpers';

// Layout (issue 18, items 7, 10 and 11): on a desk (1440×900) the header and the side menu stay while a long page
// scrolls, wide tables keep their heads and first column and show every column's title; each tab has its page's
// title; on a phone (390×844) the menu is a drawer and the start page gets the whole width.

/** The page itself never scrolls sideways: wide tables scroll inside their cards. */
async function expectNoSidewaysScroll(page: Page, width: number): Promise<void> {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(width);
}

test('on a desk: sticky header and menu, whole column titles, 更新时间 in view, a title per tab', async ({
  page,
}, testInfo) => {
  await login(page, 'admin');
  await expect(page).toHaveTitle('工作台 · 责任台账');

  await page
    .getByTestId('side-menu')
    .getByRole('menuitem', { name: /责任矩阵/ })
    .click();
  const matrix = page.getByTestId('matrix-table');
  await expect(matrix.locator('tr[data-org-id]').first()).toBeVisible();
  await expect(page).toHaveTitle('责任矩阵 · 责任台账');
  // every column title is shown whole and in the window ("信息员", not "信…" at the edge)
  const heads = matrix.locator('thead th');
  for (const role of ['第一责任人', '直接责任人', '宣传委员', '一岗双责', '联络员', '信息员', '阵地管理员']) {
    await expect(heads.filter({ hasText: role }).first()).toBeInViewport({ ratio: 1 });
  }
  await expectNoSidewaysScroll(page, 1440);
  await snap(page, testInfo, '01-matrix');

  // a long page scrolled down: the header, the menu and the table's head are still in the window
  await page.evaluate(() => window.scrollTo(0, 1500));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
  const header = (await page.getByTestId('app-header').boundingBox())!;
  expect(header.y).toBe(0);
  await expect(page.getByTestId('user-menu')).toBeInViewport();
  await expect(page.getByTestId('side-menu').getByRole('menuitem', { name: /工作台/ })).toBeInViewport();
  const head = (await matrix.locator('thead').first().boundingBox())!;
  expect(head.y).toBeGreaterThanOrEqual(header.height - 1);
  expect(head.y).toBeLessThan(header.height + 40);
  // the organization column stays while the table scrolls sideways
  await expect(
    matrix.locator('th.ant-table-cell-fix-left, th.ant-table-cell-fix-start').first(),
  ).toBeVisible();
  await snap(page, testInfo, '02-matrix-scrolled');

  await page
    .getByTestId('side-menu')
    .getByRole('menuitem', { name: /信息发布/ })
    .click();
  const list = page.getByTestId('publication-list');
  await expect(list.locator('thead th').first()).toBeVisible();
  await expect(page).toHaveTitle('信息发布 · 责任台账');
  const updatedAt = list.locator('thead th').filter({ hasText: '更新时间' }).first();
  await expect(updatedAt).toBeInViewport({ ratio: 1 });
  await expectNoSidewaysScroll(page, 1440);
  await snap(page, testInfo, '03-publications');

  // a record's page carries its name in the tab
  await page.getByTestId('side-menu').getByRole('menuitem', { name: /人员/ }).click();
  const first = page.getByTestId('people-table').locator('tbody tr[data-row-key] a').first();
  await expect(first).toBeVisible();
  const name = (await first.textContent())!.trim();
  await first.click();
  await expect(page).toHaveTitle(`${name} · 人员 · 责任台账`);

  // English: English titles and no full-width punctuation in the header
  await page.getByTestId('lang-switch').getByText('English', { exact: true }).click();
  await expect(page).toHaveTitle(`${name} · People · Duty Ledger`);
  await expect(page.getByTestId('user-scope')).toContainText('Scope: ');
  await expect(page.getByTestId('app-header')).not.toContainText(/[：（）]/);
  await page
    .getByTestId('side-menu')
    .getByRole('menuitem', { name: /Dashboard/ })
    .click();
  await expect(page).toHaveTitle('Dashboard · Duty Ledger');
});

test.describe('on a phone (390×844)', () => {
  test.use({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });

  test('the start page gets the whole width; the menu opens from the header', async ({ page }, testInfo) => {
    await login(page, 'secretary');
    await expect(page).toHaveURL(/\/workbench$/);
    await expect(page).toHaveTitle('工作台 · 责任台账');
    // no side menu eating the left of the screen: the blocks start at the page's edge
    await expect(page.getByTestId('side-menu')).toHaveCount(0);
    const block = page.getByTestId('home-block-duties');
    await expect(block).toBeVisible();
    expect((await block.boundingBox())!.x).toBeLessThan(24);
    const header = (await page.getByTestId('app-header').boundingBox())!;
    expect(header.x + header.width).toBeLessThanOrEqual(390);
    await expect(page.getByTestId('logout')).toBeInViewport({ ratio: 1 });
    await expect(page.getByTestId('lang-switch')).toBeInViewport({ ratio: 1 });
    await expectNoSidewaysScroll(page, 390);
    await snap(page, testInfo, '04-phone-workbench');

    await page.getByTestId('menu-button').click();
    const menu = page.getByTestId('side-menu');
    await expect(menu).toBeVisible();
    await snap(page, testInfo, '05-phone-menu');
    await menu.getByRole('menuitem', { name: /我的职责/ }).click();
    await expect(page).toHaveURL(/\/me\/duties$/);
    await expect(menu).toBeHidden();
    await expectNoSidewaysScroll(page, 390);
  });
});
