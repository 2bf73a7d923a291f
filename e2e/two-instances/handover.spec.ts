import { expect, test } from '@playwright/test';
import { demoOrganizations, label, login, snap } from '../tests/helpers';

// Issue 19, "two instances behind a load balancer": the web app works through haproxy spreading requests
// over two instances with no sticky session. The secretary logs in and hands 直接责任人 of 东湖街道 over
// from 李明华 to 张晓燕 (as duties.spec.ts does on one instance); every answer names the instance that gave
// it (X-Served-By, deploy/haproxy/haproxy.cfg), and both must have served the session.
const OUTGOING = '李明华';
const INCOMING = '张晓燕';
const DIRECT = '直接责任人';

test('through the balancer, secretary logs in and hands over 直接责任人 of 东湖街道', async ({
  page,
  request,
}, testInfo) => {
  const servedBy = new Map<string, number>();
  page.on('response', (response) => {
    const server = response.headers()['x-served-by'];
    if (server) servedBy.set(server, (servedBy.get(server) ?? 0) + 1);
  });
  const street = (await demoOrganizations(request)).get('STREET-DH')!;
  const documentNumber = `东湖党工〔${new Date().getFullYear()}〕HA-${Date.now().toString(36).toUpperCase()}号`;

  await test.step('log in as secretary through the Keycloak login page', async () => {
    await login(page, 'secretary');
    await expect(page.getByTestId('user-name')).toHaveText('王建国');
  });

  await test.step(`hand ${DIRECT} over from ${OUTGOING} to ${INCOMING}`, async () => {
    await page.goto(`/organizations/${street.id}/duties`);
    await expect(page.getByText(`${street.name} · 责任分工`)).toBeVisible();
    await page.getByTestId('handover-button').click();
    const form = page.getByTestId('handover-form');
    const dialog = page.getByRole('dialog').filter({ has: form });
    await expect(dialog).toContainText(`交接 · ${street.name}`);
    const role = dialog.getByLabel('职责');
    await expect(async () => {
      if ((await role.getAttribute('aria-expanded')) !== 'true') await role.click();
      await page.locator(`.ant-select-item-option[title="${DIRECT}"]:visible`).click({ timeout: 2_000 });
      await expect(dialog.getByTitle(DIRECT, { exact: true })).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await expect(page.getByTestId('handover-outgoing')).toContainText(OUTGOING);
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
    await dialog.getByLabel('文件标题').fill('关于调整东湖街道网络意识形态工作直接责任人的通知');
    await snap(page, testInfo, '01-handover-form-through-balancer');
    await dialog.getByRole('button', { name: label('确认交接') }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`已交接：${INCOMING} 自生效日起担任${DIRECT}`)).toBeVisible();
  });

  await test.step('after a reload (any instance may answer) the new holder stands', async () => {
    await page.reload();
    const row = page.getByTestId('responsibility-as-of').getByRole('row')
      .filter({ has: page.getByRole('cell', { name: DIRECT, exact: true }) });
    await expect(row).toContainText(INCOMING);
    await snap(page, testInfo, '02-duties-after-handover-through-balancer');
  });

  console.log(`answers per instance: ${JSON.stringify(Object.fromEntries(servedBy))}`);
  expect([...servedBy.keys()].sort(), 'both instances served the session').toEqual(['app1', 'app2']);
});
