import { createHash } from 'node:crypto';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { stack } from '../stack';
import { demoOrganizations, label, login, logout, snap, token } from './helpers';

// Demo data (backend demo/DemoObligations): the city committee (江城市委) issued the obligations of the source
// documents for its whole tree; 柳岸社区 (the `community` login) still owes this quarter's 分析研判; 东湖街道 always
// has an overdue instance with a responsible person, whatever today is (the backend's DemoObligationsEveryDayTest
// holds that for every month end). No demo login works at the city itself, so the city's office
// (the issuing level, the only one that may waive) is played by `admin`.
const ANALYSIS = '分析研判';
const PLEDGE = '责任书';
const CITY_OFFICE = 'admin';

/** Today in the app's zone (Asia/Shanghai), as YYYY-MM-DD. */
function shanghaiDay(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

// Tiny but real files: the server checks the type by the content (magic bytes).
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

interface Instance {
  id: number;
  ruleId: number;
  title: string;
  status: string;
  responsible: { id: number; name: string }[];
}

async function apiGet<T>(request: APIRequestContext, username: string, path: string): Promise<T> {
  const response = await request.get(`${stack.baseUrl}${path}`, {
    headers: { Authorization: `Bearer ${await token(request, username)}` },
  });
  expect(response.ok(), await response.text()).toBeTruthy();
  return (await response.json()) as T;
}

/** The series id of the demo rule whose title contains `text` (the heatmap's columns are rule series). */
async function ruleSeries(request: APIRequestContext, text: string): Promise<number> {
  const page = await apiGet<{ items: { seriesId: number; title: string; retired: boolean }[] }>(
    request,
    CITY_OFFICE,
    '/api/v1/obligation-rules?size=500',
  );
  const rule = page.items.find((candidate) => candidate.title.includes(text) && !candidate.retired);
  expect(rule, `demo rule with ${text}`).toBeTruthy();
  return rule!.seriesId;
}

/** The heatmap cell of one organization × rule series. */
function heatCell(page: Page, organizationId: number, seriesId: number) {
  return page.locator(
    `[data-testid="heat-cell"][data-org-id="${organizationId}"][data-rule-id="${seriesId}"]`,
  );
}

test('community records its quarterly 分析研判 with minutes and a photo; the street sees the cell turn to met; the city waives; overdue shows red', async ({
  page,
  request,
}, testInfo) => {
  const demo = await demoOrganizations(request);
  const street = demo.get('STREET-DH')!;
  const liuan = demo.get('DH-LIUAN')!;
  const taoyuan = demo.get('DH-TAOYUAN')!;
  const today = shanghaiDay(new Date());
  const year = today.slice(0, 4);
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const quarterKey = `${year}-Q${quarter}`;
  const quarterLabel = `${year}年第${quarter}季度`;
  const analysisSeries = await ruleSeries(request, ANALYSIS);
  const heatmap = `/obligations/compliance?under=${street.id}&period=${quarterKey}`;

  await test.step(`secretary: ${liuan.name}'s ${ANALYSIS} cell is not met yet`, async () => {
    await login(page, 'secretary');
    await page.getByTestId('side-menu').getByText('落实情况', { exact: true }).click();
    await expect(page).toHaveURL(/\/obligations\/compliance/);
    await page.goto(heatmap);
    const cell = heatCell(page, liuan.id, analysisSeries);
    await expect(cell).toBeVisible();
    await expect(cell).toHaveAttribute('data-met', '0');
    await expect(cell).not.toHaveAttribute('data-level', 'good');
    await snap(page, testInfo, '01-heatmap-before');
    await logout(page);
  });

  await test.step(`community records this quarter's ${ANALYSIS} with minutes (PDF) and a photo (PNG)`, async () => {
    await login(page, 'community');
    await page.getByTestId('side-menu').getByText(/^我的工作要求/).click();
    const list = page.getByTestId('my-obligations');
    const row = list
      .getByTestId('obligation-row')
      .filter({ hasText: ANALYSIS })
      .filter({ hasText: quarterLabel })
      .filter({ hasText: liuan.name });
    await expect(row).toHaveCount(1);
    await expect(row).not.toHaveAttribute('data-status', /MET/);
    await row.getByTestId('record-fulfilment').click();

    const form = page.getByTestId('fulfilment-form');
    await expect(form).toBeVisible();
    const dialog = page.getByRole('dialog').filter({ has: form });
    await expect(dialog.getByLabel('名称')).not.toHaveValue('');
    await expect(dialog.getByTestId('counts-toward')).toContainText(ANALYSIS);
    // a participant, found by typing the name (the server searches the organization's people)
    const participants = dialog.getByLabel('参加人员');
    const chosen = dialog.getByTestId('participant-select');
    await expect(async () => {
      // (retried: the option list is replaced when the server's answer arrives; a second click would unpick)
      if ((await chosen.textContent())?.includes('赵桂兰')) return;
      await participants.click();
      await participants.fill('赵桂兰');
      const option = page.locator('.ant-select-item-option:visible').filter({ hasText: '赵桂兰' });
      await expect(option).toHaveCount(1, { timeout: 3_000 });
      await option.click({ timeout: 2_000 });
      await expect(chosen).toContainText('赵桂兰', { timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    // close the options (Escape would close the dialog)
    await dialog.locator('.ant-modal-title').click();
    await dialog
      .getByLabel('会议纪要 / 内容摘要')
      .fill('分析本季度社区网上阵地和微信群管理情况，明确下一步措施。');
    await snap(page, testInfo, '02-fulfilment-form');
    await dialog.getByRole('button', { name: label('保存并上传材料') }).click();

    await expect(page.getByText('落实记录已保存。请上传会议纪要、照片等证明材料。')).toBeVisible();
    await page
      .getByTestId('evidence-upload')
      .locator('input[type=file]')
      .setInputFiles([
        { name: '分析研判会议纪要.pdf', mimeType: 'application/pdf', buffer: PDF },
        { name: '会议照片.png', mimeType: 'image/png', buffer: PNG },
      ]);
    const evidence = page.getByTestId('evidence');
    await expect(evidence).toHaveCount(2);
    await expect(evidence.filter({ hasText: '分析研判会议纪要.pdf' })).toHaveAttribute(
      'data-sha256',
      sha256(PDF),
    );
    await expect(evidence.filter({ hasText: '会议照片.png' })).toHaveAttribute('data-sha256', sha256(PNG));
    await snap(page, testInfo, '03-evidence');
    await page.getByRole('button', { name: label('完成') }).click();

    await expect(row).toHaveAttribute('data-status', /^MET/);
    await logout(page);
  });

  await test.step(`secretary: the cell of ${liuan.name} is met now`, async () => {
    await login(page, 'secretary');
    await page.goto(heatmap);
    const cell = heatCell(page, liuan.id, analysisSeries);
    await expect(cell).toHaveAttribute('data-met', '1');
    await expect(cell).toHaveAttribute('data-level', 'good');
    await snap(page, testInfo, '04-heatmap-after');
    // the community's record shows the evidence, with download links
    await page.getByRole('link', { name: liuan.name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/obligations/organizations/${liuan.id}\\?period=${quarterKey}`));
    const fulfilment = page.getByTestId('fulfilment').filter({ hasText: ANALYSIS });
    await expect(fulfilment.getByTestId('evidence')).toHaveCount(2);
    await expect(fulfilment.getByRole('button', { name: label('下载') })).toHaveCount(2);
  });

  await test.step('secretary: an overdue instance of the street shows red with the responsible person', async () => {
    const mine = await apiGet<Instance[]>(request, 'secretary', '/api/v1/me/obligations');
    const overdue = mine.find((instance) => instance.status === 'OVERDUE' && instance.responsible.length > 0);
    expect(overdue, 'the demo data keeps an overdue instance with a responsible person').toBeTruthy();
    await page.getByTestId('side-menu').getByText(/^我的工作要求/).click();
    const row = page.locator(`[data-testid="obligation-row"][data-id="${overdue!.id}"]`);
    await expect(row).toHaveAttribute('data-status', 'OVERDUE');
    const tag = row.getByTestId('obligation-status');
    await expect(tag).toHaveText('已逾期');
    await expect(tag).toHaveClass(/ant-tag-red/);
    await expect(row.getByTestId('responsible')).toHaveText(
      overdue!.responsible.map((p) => p.name).join('、'),
    );
    // the street's office is not the issuing level: no waiver here
    await expect(row.getByTestId('waive-obligation')).toHaveCount(0);
    await snap(page, testInfo, '05-overdue');
    await logout(page);
  });

  await test.step(`the city's office waives ${taoyuan.name}'s ${PLEDGE} for ${year} with a reason`, async () => {
    await login(page, CITY_OFFICE);
    await page.goto(`/obligations/organizations/${taoyuan.id}?period=${year}`);
    const row = page
      .getByTestId('record-obligations')
      .getByTestId('obligation-row')
      .filter({ hasText: PLEDGE });
    await expect(row).toHaveCount(1);
    await row.getByTestId('waive-obligation').click();
    const form = page.getByTestId('waive-form');
    await expect(form).toBeVisible();
    const dialog = page.getByRole('dialog').filter({ has: form });
    const reason = '社区班子年内调整，责任书随换届一并签订。';
    await dialog.getByLabel('豁免理由').fill(reason);
    await dialog.getByRole('button', { name: label('豁免') }).click();
    await expect(form).toBeHidden();
    await expect(row).toHaveAttribute('data-status', 'WAIVED');
    await expect(row).toContainText(reason);
    await snap(page, testInfo, '06-waived');
  });
});
