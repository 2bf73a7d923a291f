import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { chooseOption, demoOrganizations, label, login, logout, snap } from './helpers';
import { readXlsx } from './xlsx';

// Issue 15: inspections and rectification. Demo data: 王建国 (`secretary`) is STAFF and 第一责任人 of 东湖街道;
// 赵桂兰 (`community`) is STAFF and 第一责任人 of 柳岸社区, so she is the rectification's responsible person.
// The stack is fresh for each run; names carry a stamp so a second run on the same stack does not collide.
const stamp = Date.now().toString(36);
const TEMPLATE = `社区意识形态工作考核细则（${stamp}）`;
const TITLE = `东湖街道社区意识形态工作年度考核（${stamp}）`;
const ITEMS = [
  { code: 'A1', text: '按时开展意识形态工作分析研判', maxPoints: '60', veto: false },
  { code: 'A2', text: '网络阵地管理无重大问题', maxPoints: '40', veto: true },
];
const PROBLEM = `意识形态工作分析研判记录不全（${stamp}）`;

/** A day in the app's zone (Asia/Shanghai), as the date pickers show it: YYYY-MM-DD, `offset` days from today. */
function shanghaiDay(offset = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.now() + offset * 86_400_000),
  );
}

/** Types a day into an antd picker input and confirms it. */
async function pickDay(input: Locator, value: string): Promise<void> {
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

/** Picks options of a multiple antd Select by typing each name; the dropdown stays open, so it is closed after. */
async function chooseMany(page: Page, combobox: Locator, titles: string[]): Promise<void> {
  for (const title of titles) {
    await combobox.click();
    await combobox.pressSequentially(title);
    await page.locator(`.ant-select-item-option[title="${title}"]:visible`).click();
  }
  await combobox.press('Escape');
}

/** Confirms an antd Popconfirm (确定 in the bubble). */
async function confirmBubble(page: Page): Promise<void> {
  await page
    .getByRole('tooltip')
    .getByRole('button', { name: label('确定') })
    .click();
}

test('the street assesses its communities with a template, concludes with a ranking; a finding is rectified with evidence and verified', async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(240_000);
  const demo = await demoOrganizations(request);
  const street = demo.get('STREET-DH')!;
  const liuan = demo.get('DH-LIUAN')!;
  const taoyuan = demo.get('DH-TAOYUAN')!;
  let inspectionPath = '';
  let rectificationPath = '';

  await test.step('secretary writes a scoring template: two items, one of them a veto item, the usual grade bands', async () => {
    await login(page, 'secretary');
    await page.getByTestId('side-menu').getByText('考核评分细则', { exact: true }).click();
    await expect(page).toHaveURL(/\/scoring-templates$/);
    await page.getByRole('button', { name: label('新建评分细则') }).click();
    const form = page.getByTestId('template-form');
    await expect(form).toBeVisible();
    await expect(form).toContainText(street.name);
    await form.getByLabel('细则名称').fill(TEMPLATE);
    for (const [index, item] of ITEMS.entries()) {
      await form.getByRole('button', { name: label('添加评分项目') }).click();
      await form.getByLabel('编号').nth(index).fill(item.code);
      await form.getByLabel('考核内容').nth(index).fill(item.text);
      await form.getByLabel('分值').nth(index).fill(item.maxPoints);
      if (item.veto) await form.getByLabel('一票否决').nth(index).check();
    }
    await expect(page.getByTestId('template-max')).toContainText('100');
    await snap(page, testInfo, '01-template');
    await page
      .getByTestId('template-editor')
      .getByRole('button', { name: label('保存') })
      .click();
    await expect(page).toHaveURL(/\/scoring-templates\/\d+$/);
    await expect(page.getByTestId('template-editor')).toHaveAttribute('data-frozen', 'false');
  });

  await test.step(`secretary plans the annual assessment of ${liuan.name} and ${taoyuan.name} and starts it`, async () => {
    await page.getByTestId('side-menu').getByRole('menuitem', { name: '督查考核', exact: true }).click();
    await expect(page).toHaveURL(/\/inspections$/);
    await page.getByRole('button', { name: label('新建督查考核') }).click();
    const form = page.getByTestId('plan-form');
    await expect(form).toContainText(street.name);
    await form.getByText('年度考核', { exact: true }).click();
    await form.getByLabel('名称').fill(TITLE);
    await chooseOption(page, form.getByLabel('评分细则'), `${TEMPLATE}（第1版）`);
    await pickDay(form.getByPlaceholder('开始日期'), shanghaiDay(0));
    await pickDay(form.getByPlaceholder('结束日期'), shanghaiDay(20));
    await chooseMany(page, form.getByLabel('被督查单位'), [liuan.name, taoyuan.name]);
    await snap(page, testInfo, '02-plan');
    await form.getByRole('button', { name: label('创建督查考核') }).click();

    await expect(page).toHaveURL(/\/inspections\/\d+$/);
    inspectionPath = new URL(page.url()).pathname;
    const card = page.getByTestId('inspection');
    await expect(card).toHaveAttribute('data-status', 'PLANNED');
    await expect(page.getByTestId('target-row')).toHaveCount(2);
    await page
      .getByTestId('inspection-actions')
      .getByRole('button', { name: label('开始') })
      .click();
    await expect(card).toHaveAttribute('data-status', 'IN_PROGRESS');
    await page
      .getByTestId('inspection-actions')
      .getByRole('button', { name: label('进入评分') })
      .click();
    await expect(card).toHaveAttribute('data-status', 'SCORING');
  });

  const scoreTarget = async (orgId: number, name: string, a1: string, a2: string) => {
    await page.goto(inspectionPath);
    await page
      .locator(`[data-testid="target-row"][data-org-id="${orgId}"]`)
      .getByTestId('score-link')
      .click();
    await expect(page).toHaveURL(new RegExp(`${inspectionPath}/targets/${orgId}$`));
    await expect(page.getByTestId('scoring-target')).toHaveText(name);
    // the target's own record for the period, beside the items
    const record = page.getByTestId('target-record');
    await expect(record.getByTestId('record-obligations')).toBeVisible();
    await expect(record.getByTestId('record-reviews')).toBeVisible();
    await page.getByLabel('A1得分').fill(a1);
    await page.getByLabel('A2得分').fill(a2);
    await page.getByLabel('A1说明').fill('查阅台账');
    await expect(page.getByTestId('live-total')).toHaveAttribute(
      'data-total',
      String(Number(a1) + Number(a2)),
    );
    await page.getByRole('button', { name: label('保存评分') }).click();
    await expect(page.getByText('评分已保存', { exact: true })).toBeVisible();
  };

  await test.step(`secretary scores ${liuan.name} (95, 优秀) and ${taoyuan.name} (70, 一般) with their records beside the items`, async () => {
    await scoreTarget(liuan.id, liuan.name, '57', '38');
    await expect(page.getByTestId('live-grade')).toHaveText('优秀');
    await snap(page, testInfo, '03-scoring');
    await scoreTarget(taoyuan.id, taoyuan.name, '40', '30');
    await expect(page.getByTestId('live-grade')).toHaveText('一般');
  });

  await test.step('secretary concludes: scores lock, the ranking shows, the results export as xlsx', async () => {
    await page.goto(inspectionPath);
    const card = page.getByTestId('inspection');
    await page
      .getByTestId('inspection-actions')
      .getByRole('button', { name: label('结束并锁定') })
      .click();
    await confirmBubble(page);
    await expect(card).toHaveAttribute('data-status', 'CONCLUDED');
    const first = page.locator(`[data-testid="result-row"][data-org-id="${liuan.id}"]`);
    const second = page.locator(`[data-testid="result-row"][data-org-id="${taoyuan.id}"]`);
    await expect(first).toHaveAttribute('data-rank', '1');
    await expect(first.getByTestId('grade')).toHaveText('优秀');
    await expect(second).toHaveAttribute('data-rank', '2');
    await expect(second.getByTestId('grade')).toHaveText('一般');
    await snap(page, testInfo, '04-results');

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: label('导出Excel') }).click();
    const download = await downloading;
    const path = testInfo.outputPath('results.xlsx');
    await download.saveAs(path);
    const workbook = await readXlsx(await readFile(path));
    expect(workbook.rows.flat().join(' ')).toContain(liuan.name);
  });

  await test.step(`secretary raises a finding on ${liuan.name} with a rectification due in 10 days`, async () => {
    await page
      .locator(`[data-testid="target-row"][data-org-id="${liuan.id}"]`)
      .getByTestId('raise-finding-link')
      .click();
    const raise = page.getByTestId('raise-finding-form');
    await expect(raise).toBeVisible();
    await expect(raise).toContainText(liuan.name);
    await raise.getByLabel('评分项目编号').fill('A1');
    await raise.getByLabel('问题描述').fill(PROBLEM);
    await page
      .getByRole('dialog')
      .filter({ has: raise })
      .getByRole('button', { name: label('提出问题') })
      .click();

    const rectify = page.getByTestId('create-rectification-form');
    await expect(rectify).toBeVisible();
    await rectify.getByLabel('整改措施').fill('补齐全年研判记录，今后每季度开展一次分析研判。');
    await expect(rectify.getByLabel('整改时限')).toHaveValue(shanghaiDay(10));
    await snap(page, testInfo, '05-rectification-form');
    await page
      .getByRole('dialog')
      .filter({ has: rectify })
      .getByRole('button', { name: label('制定整改') })
      .click();

    await expect(page).toHaveURL(/\/rectifications\/\d+$/);
    rectificationPath = new URL(page.url()).pathname;
    const card = page.getByTestId('rectification');
    await expect(card).toHaveAttribute('data-status', 'OPEN');
    await expect(page.getByTestId('rectification-responsible')).toContainText('赵桂兰');
    await expect(card.getByTestId('due-badge')).toHaveText('还剩10天');
    await logout(page);
  });

  await test.step('community adds progress with an evidence file and submits it', async () => {
    await login(page, 'community');
    await page.getByTestId('side-menu').getByText(/^整改台账/).click();
    await page.getByTestId('rectification-ledger').getByRole('link', { name: PROBLEM }).click();
    await expect(page).toHaveURL(new RegExp(`${rectificationPath}$`));
    const form = page.getByTestId('progress-form');
    await form.getByLabel('进展情况').fill('已补齐2026年四次分析研判记录，经支委会审核。');
    await form.locator('input[type=file]').setInputFiles({
      name: '分析研判记录.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% 分析研判记录\n'),
    });
    await form.getByRole('button', { name: label('添加进展') }).click();
    await expect(page.getByTestId('evidence')).toContainText('分析研判记录.pdf');
    const card = page.getByTestId('rectification');
    await expect(card).toHaveAttribute('data-status', 'IN_PROGRESS');
    await page
      .getByTestId('rectification-actions')
      .getByRole('button', { name: label('提交验收') })
      .click();
    await confirmBubble(page);
    await expect(card).toHaveAttribute('data-status', 'SUBMITTED');
    await snap(page, testInfo, '06-submitted');
    await logout(page);
  });

  await test.step('secretary verifies it; the 整改台账 shows it done', async () => {
    await login(page, 'secretary');
    await page.goto(rectificationPath);
    const card = page.getByTestId('rectification');
    await expect(card).toHaveAttribute('data-status', 'SUBMITTED');
    await page
      .getByTestId('rectification-actions')
      .getByRole('button', { name: label('验收通过') })
      .click();
    await expect(card).toHaveAttribute('data-status', 'VERIFIED');
    await expect(page.getByTestId('rectification-verified')).toContainText('王建国');
    await page.goto(`/rectifications?under=${street.id}&status=VERIFIED`);
    await expect(
      page
        .getByTestId('ledger-row')
        .filter({ has: page.getByText('已完成', { exact: true }) })
        .first(),
    ).toBeVisible();
    await expect(page.getByTestId('rectification-ledger')).toContainText(PROBLEM);
    await snap(page, testInfo, '07-ledger');
    await logout(page);
  });
});
