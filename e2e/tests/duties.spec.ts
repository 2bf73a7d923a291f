import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { demoOrganizations, label, login, snap } from './helpers';
import { readXlsx } from './xlsx';

// Names from the demo data (DemoPeople, DemoDuties): 李明华 (deputy) has been the street's
// 直接责任人 since 2024-01-01; 张晓燕 (editor) works at the street as 宣传干事. The hand-over is made
// once, so the spec needs the fresh demo data of a new stack (as every spec does); it does not rely on
// the other specs (the community that secretary.spec.ts adds is one more row of the matrix).
const OUTGOING = '李明华';
const INCOMING = '张晓燕';
const DIRECT = '直接责任人';

/** A day as the API writes it, in the app's zone (Asia/Shanghai, as the browser and the server). */
function shanghaiDay(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

/** YYYY-MM-DD shifted by whole days or months (on the calendar, no zone involved). */
function shift(day: string, { days = 0, months = 0, dayOfMonth }: { days?: number; months?: number; dayOfMonth?: number }) {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1 + months, (dayOfMonth ?? d) + days)).toISOString().slice(0, 10);
}

/** Types a day into an antd DatePicker and confirms it with Enter. */
async function pickDate(page: Page, input: Locator, day: string): Promise<void> {
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.pressSequentially(day);
  await input.press('Enter');
  await expect(input).toHaveValue(day);
  // Close the panel if it is still open, so it does not cover the page in a screenshot.
  await page.keyboard.press('Escape');
}

/** The timeline's entries of one role held by one person (named by the link to the person). */
function entryOf(timeline: Locator, role: string, person: string): Locator {
  const page = timeline.page();
  return timeline
    .getByRole('region', { name: role })
    .getByTestId('duty-entry')
    .filter({ has: page.getByRole('link', { name: person, exact: true }) });
}

/** The row of one role in the "as of" table. */
function roleRow(asOf: Locator, role: string): Locator {
  return asOf.getByRole('row').filter({ has: asOf.page().getByRole('cell', { name: role, exact: true }) });
}

// The street's office hands the 直接责任人 role over and can still tell who held it last month;
// the responsibility matrix and its Excel export follow.
test('secretary hands over 直接责任人 of 东湖街道, sees it as of last month and today, checks and exports the matrix', async ({
  page,
  request,
}, testInfo) => {
  const demo = await demoOrganizations(request);
  const street = demo.get('STREET-DH')!;
  const taoyuan = demo.get('DH-TAOYUAN')!;
  const today = shanghaiDay(new Date());
  const yesterday = shift(today, { days: -1 });
  const lastMonth = shift(today, { months: -1, dayOfMonth: 15 });
  const suffix = Date.now().toString(36).toUpperCase();
  const documentNumber = `东湖党工〔${today.slice(0, 4)}〕E2E-${suffix}号`;
  const documentTitle = '关于调整东湖街道网络意识形态工作直接责任人的通知';

  await test.step('log in as secretary through the Keycloak login page', async () => {
    await login(page, 'secretary');
    await expect(page.getByTestId('user-name')).toHaveText('王建国');
    // the app opens on 工作台; the tree is one menu entry away
    await page.getByTestId('side-menu').getByRole('menuitem', { name: /组织机构/ }).click();
  });

  const timeline = page.getByTestId('duty-timeline');
  const asOf = page.getByTestId('responsibility-as-of');

  await test.step(`open the duties of ${street.name}`, async () => {
    await page.getByTestId('org-tree').getByText(street.name, { exact: true }).click();
    const detail = page.getByTestId('org-detail');
    await expect(detail).toContainText(street.code);
    await detail.getByRole('button', { name: label('责任分工') }).click();
    await expect(page).toHaveURL(new RegExp(`/organizations/${street.id}/duties$`));
    await expect(page.getByText(`${street.name} · 责任分工`)).toBeVisible();
    // Before: the deputy holds the role today.
    await expect(asOf).toHaveAttribute('data-at', today);
    await expect(roleRow(asOf, DIRECT)).toContainText(OUTGOING);
    await expect(entryOf(timeline, DIRECT, OUTGOING)).toHaveAttribute('data-state', 'current');
  });

  await test.step(`hand ${DIRECT} over from ${OUTGOING} to ${INCOMING}, effective today`, async () => {
    await page.getByTestId('handover-button').click();
    const form = page.getByTestId('handover-form');
    await expect(form).toBeVisible();
    const dialog = page.getByRole('dialog').filter({ has: form });
    await expect(dialog).toContainText(`交接 · ${street.name}`);

    // The role: 直接责任人 (the form opens on 第一责任人).
    // (retried: a click while the modal still zooms in can miss the option)
    const role = dialog.getByLabel('职责');
    await expect(async () => {
      if ((await role.getAttribute('aria-expanded')) !== 'true') await role.click();
      await page.locator(`.ant-select-item-option[title="${DIRECT}"]:visible`).click({ timeout: 2_000 });
      await expect(dialog.getByTitle(DIRECT, { exact: true })).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    // The effective date is today unless changed.
    await expect(dialog.getByLabel('生效日期')).toHaveValue(today);
    await expect(page.getByTestId('handover-outgoing')).toContainText(`${OUTGOING} 的任职将于 ${yesterday} 结束`);

    // The new holder, found by typing the name (the server searches).
    // (retried: the option list is replaced when the server's answer arrives, and a
    // click on the list that is being replaced selects nothing)
    const person = dialog.getByLabel('接任人员');
    await expect(async () => {
      await person.click();
      await person.fill(INCOMING);
      const option = page.locator('.ant-select-item-option:visible').filter({ hasText: INCOMING });
      await expect(option).toHaveCount(1, { timeout: 3_000 });
      await option.click({ timeout: 2_000 });
      await expect(dialog.getByTitle(new RegExp(`^${INCOMING}`))).toBeVisible({ timeout: 1_500 });
    }).toPass({ timeout: 30_000 });

    await dialog.getByLabel('依据文号').fill(documentNumber);
    await dialog.getByLabel('文件标题').fill(documentTitle);
    await snap(page, testInfo, '01-handover-form');

    await dialog.getByRole('button', { name: label('确认交接') }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`已交接：${INCOMING} 自生效日起担任${DIRECT}`)).toBeVisible();
  });

  await test.step('the timeline keeps both: the deputy ended yesterday, the new holder since today', async () => {
    const ended = entryOf(timeline, DIRECT, OUTGOING);
    await expect(ended).toHaveAttribute('data-state', 'ended');
    await expect(ended).toContainText(`2024-01-01 至 ${yesterday}`);
    await expect(ended).toContainText('东湖党工〔2024〕1号');
    // The end reason names the successor.
    await expect(ended).toContainText(new RegExp(`结束原因：.*${INCOMING}`));
    const started = entryOf(timeline, DIRECT, INCOMING);
    await expect(started).toHaveAttribute('data-state', 'current');
    await expect(started).toContainText(`${today} 起至今`);
    await expect(started).toContainText(`${documentNumber} 《${documentTitle}》`);
    await expect(roleRow(asOf, DIRECT)).toContainText(INCOMING);
    await expect(roleRow(asOf, DIRECT)).not.toContainText(OUTGOING);
    await snap(page, testInfo, '02-duties-after-handover');
  });

  await test.step(`as of ${lastMonth} (the date picker) the deputy was ${DIRECT}`, async () => {
    await pickDate(page, asOf.getByLabel('查询日期'), lastMonth);
    await expect(page).toHaveURL(new RegExp(`[?&]at=${lastMonth}`));
    await expect(asOf).toHaveAttribute('data-at', lastMonth);
    await expect(asOf).toContainText(`显示的是 ${lastMonth} 当日的责任人`);
    await expect(roleRow(asOf, DIRECT)).toContainText(OUTGOING);
    await expect(roleRow(asOf, DIRECT)).not.toContainText(INCOMING);
    await expect(roleRow(asOf, '第一责任人')).toContainText('王建国');
    await snap(page, testInfo, '03-duties-as-of-last-month');
  });

  await test.step('the address keeps the day: reloading it shows the same, today shows the new holder', async () => {
    await page.goto(`/organizations/${street.id}/duties?at=${lastMonth}`);
    await expect(asOf).toHaveAttribute('data-at', lastMonth);
    await expect(roleRow(asOf, DIRECT)).toContainText(OUTGOING);

    await pickDate(page, asOf.getByLabel('查询日期'), today);
    await expect(page).not.toHaveURL(/[?&]at=/);
    await expect(asOf).toHaveAttribute('data-at', today);
    await expect(asOf).not.toContainText('显示的是');
    await expect(roleRow(asOf, DIRECT)).toContainText(INCOMING);
    await expect(roleRow(asOf, DIRECT)).not.toContainText(OUTGOING);
  });

  const table = page.getByTestId('matrix-table');
  const streetRow = table.locator(`tr[data-org-id="${street.id}"]`);
  const taoyuanRow = table.locator(`tr[data-org-id="${taoyuan.id}"]`);

  await test.step(`the responsibility matrix of ${street.name}: no vacancy on its row, the new ${DIRECT}`, async () => {
    await page.getByTestId('side-menu').getByRole('menuitem', { name: /责任矩阵/ }).click();
    await expect(page).toHaveURL(/\/responsibility-matrix/);
    // The subtree of the street, whatever the page opened on.
    await page.goto(`/responsibility-matrix?under=${street.id}`);
    await expect(streetRow).toBeVisible();
    await expect(streetRow).toHaveAttribute('data-vacancies', '0');
    await expect(streetRow.getByTestId('vacancy')).toHaveCount(0);
    await expect(streetRow.locator('[data-vacant="true"]')).toHaveCount(0);

    // The 直接责任人 column of the street's row names the new holder only.
    const headers = await table.locator('thead th').allInnerTexts();
    const directColumn = headers.findIndex((text) => text.trim() === DIRECT);
    expect(directColumn, `a ${DIRECT} column in ${headers.join(' | ')}`).toBeGreaterThan(0);
    const directCell = streetRow.locator('td').nth(directColumn);
    await expect(directCell).toHaveText(INCOMING);

    // Other rows of the subtree have gaps: 桃园社区 has no 第一责任人 of its own.
    await expect(taoyuanRow).toBeVisible();
    expect(Number(await taoyuanRow.getAttribute('data-vacancies'))).toBeGreaterThan(0);
    await expect(taoyuanRow.getByTestId('vacancy').first()).toBeVisible();
    const count = page.getByTestId('matrix-vacancy-count');
    expect(Number(await count.getAttribute('data-count'))).toBeGreaterThan(0);
    await snap(page, testInfo, '04-matrix');
  });

  await test.step('only problems: the street is gone, 桃园社区 stays', async () => {
    await page.getByTestId('matrix-only-problems').click();
    await expect(page).toHaveURL(/[?&]onlyProblems=1/);
    await expect(taoyuanRow).toBeVisible();
    await expect(streetRow).toHaveCount(0);
    await snap(page, testInfo, '05-matrix-only-problems');
    await page.getByTestId('matrix-only-problems').click();
    await expect(page).not.toHaveURL(/onlyProblems/);
    await expect(streetRow).toBeVisible();
  });

  await test.step('export the matrix: an xlsx whose rows include the street with the new holder', async () => {
    const exported = page.waitForResponse((response) =>
      response.url().includes('/api/v1/responsibility-matrix/export.xlsx'),
    );
    const downloading = page.waitForEvent('download');
    await page.getByTestId('matrix-export').click();
    const response = await exported;
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`责任矩阵-${street.name}-${today}.xlsx`);
    const path = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(path);
    await testInfo.attach('matrix.xlsx', { path, contentType: response.headers()['content-type'] });

    const data = await readFile(path);
    expect(data.subarray(0, 4).toString('latin1'), 'a zip file').toBe('PK\u0003\u0004');
    const workbook = await readXlsx(data);
    expect(workbook.sheetNames).toEqual(['责任矩阵']);
    const [headers, ...rows] = workbook.rows;
    for (const header of ['组织', '组织编码', '上级组织', '第一责任人', DIRECT, '联络员', '缺位情况']) {
      expect(headers, `the header ${header}`).toContain(header);
    }
    const col = (header: string) => headers.indexOf(header);
    const byCode = new Map(rows.map((row) => [row[col('组织编码')], row]));

    const streetLine = byCode.get(street.code);
    expect(streetLine, `a row for ${street.code}`).toBeDefined();
    expect(streetLine![col('组织')].trim()).toBe(street.name);
    expect(streetLine![col(DIRECT)]).toBe(INCOMING);
    expect(streetLine![col('第一责任人')]).toBe('王建国');
    expect(streetLine![col('缺位情况')] ?? '').toBe('');

    const taoyuanLine = byCode.get(taoyuan.code);
    expect(taoyuanLine, `a row for ${taoyuan.code}`).toBeDefined();
    expect(taoyuanLine![col('组织')].trim()).toBe(taoyuan.name);
    expect(taoyuanLine![col('缺位情况')]).not.toBe('');
    // Every community of the street is a row of its subtree.
    for (const code of ['DH-OFFICE', 'DH-LIUAN', 'DH-DONGHU']) {
      expect(byCode.has(code), `a row for ${code}`).toBeTruthy();
    }
  });
});
