import { expect, test, type Locator, type Page } from '@playwright/test';
import { stack } from '../stack';
import { demoOrganizations, label, login, snap, token } from './helpers';

// Issue 18, item 5: a hand-over effective the day the holder started cannot end that holder the day before, so the
// dialog offers 更正 (the new holder replaces the entry from its start) instead of predicting an end before the
// start; and a candidate out of the organization's line is warned about before, not only flagged by the matrix.
// Demo data (DemoPeople): 赵桂兰 works at 柳岸社区; 刘德胜 at 东湖街道 (above it: in its line); 周海涛 at 桃园社区 (a
// sibling: out of its line). The spec starts 赵桂兰 as 柳岸社区's 信息员 today through the API, a role no other spec uses.
const ROLE = 'INFORMATION_OFFICER';
const ROLE_NAME = '信息员';
const HOLDER = '赵桂兰';
const IN_LINE = '刘德胜';
const OUT_OF_LINE = '周海涛';

function shanghaiDay(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

/** Picks a person in the dialog by typing the name (retried: the list is replaced when the server answers). */
async function pickPerson(page: Page, dialog: Locator, name: string): Promise<void> {
  const person = dialog.getByLabel('接任人员');
  await expect(async () => {
    await person.click();
    await person.fill(name);
    const option = page.locator('.ant-select-item-option:visible').filter({ hasText: name });
    await expect(option).toHaveCount(1, { timeout: 3_000 });
    await option.click({ timeout: 2_000 });
    await expect(dialog.getByTitle(new RegExp(`^${name}`))).toBeVisible({ timeout: 1_500 });
  }).toPass({ timeout: 30_000 });
}

test('a same-day hand-over is offered as 更正, and an out-of-line candidate is warned about first', async ({
  page,
  request,
}, testInfo) => {
  const liuan = (await demoOrganizations(request)).get('DH-LIUAN')!;
  const today = shanghaiDay(new Date());

  await test.step(`${HOLDER} starts as ${ROLE_NAME} of ${liuan.name} today (API)`, async () => {
    const headers = { Authorization: `Bearer ${await token(request, 'admin')}` };
    const people = await request.get(`${stack.baseUrl}/api/v1/people`, { params: { q: HOLDER }, headers });
    const holder = (await people.json()).items.find((p: { name: string }) => p.name === HOLDER);
    const assigned = await request.post(`${stack.baseUrl}/api/v1/duty-assignments`, {
      headers,
      data: { personId: holder.id, organizationId: liuan.id, role: ROLE, validFrom: today },
    });
    expect(assigned.status(), await assigned.text()).toBe(201);
  });

  await login(page, 'secretary');
  await page.goto(`/organizations/${liuan.id}/duties`);
  await page.getByTestId('handover-button').click();
  const form = page.getByTestId('handover-form');
  const dialog = page.getByRole('dialog').filter({ has: form });
  const role = dialog.getByLabel('职责');
  await expect(async () => {
    if ((await role.getAttribute('aria-expanded')) !== 'true') await role.click();
    await page.locator(`.ant-select-item-option[title="${ROLE_NAME}"]:visible`).click({ timeout: 2_000 });
    await expect(dialog.getByTitle(ROLE_NAME, { exact: true })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });

  const prediction = page.getByTestId('handover-outgoing');
  await test.step('the dialog offers 更正 instead of an end before the start', async () => {
    await expect(prediction).toHaveAttribute('data-mode', 'correct');
    await expect(prediction).toContainText(`${HOLDER} 的任职于 ${today} 当天才开始`);
    await expect(prediction).not.toContainText('将于');
    await expect(dialog.getByRole('button', { name: label('确认更正') })).toBeVisible();
  });

  await test.step(`${OUT_OF_LINE} (a sibling community) is warned about before`, async () => {
    await pickPerson(page, dialog, OUT_OF_LINE);
    await expect(page.getByTestId('handover-out-of-line')).toContainText('该人员不在本组织的条线中');
    await expect(page.getByTestId('handover-candidate-out-of-line')).toBeVisible();
    await snap(page, testInfo, '01-handover-out-of-line-warning');
  });

  await test.step(`${IN_LINE} (the street above) is in line; 更正 replaces ${HOLDER} from today`, async () => {
    await pickPerson(page, dialog, IN_LINE);
    await expect(page.getByTestId('handover-out-of-line')).toBeHidden();
    await expect(dialog.getByLabel('更正原因')).toHaveValue(new RegExp(HOLDER));
    await snap(page, testInfo, '02-handover-offers-correction');
    await dialog.getByRole('button', { name: label('确认更正') }).click();
    await expect(page.getByText(`已更正：${IN_LINE} 自 ${today} 起担任${ROLE_NAME}`)).toBeVisible();
    const entry = page
      .getByTestId('duty-timeline')
      .getByRole('region', { name: ROLE_NAME })
      .getByTestId('duty-entry')
      .filter({ has: page.getByRole('link', { name: IN_LINE, exact: true }) });
    await expect(entry).toHaveAttribute('data-corrected', 'true');
    await snap(page, testInfo, '03-corrected-entry');
  });
});
