import { expect, test } from '@playwright/test';
import { demoOrganizations, login, logout, snap } from './helpers';

// Issue 15: "an overdue rectification shows who was told". The demo's rectification on 柳岸社区 was agreed 20 days
// ago with a deadline 10 days ago; the escalation job (every dutyledger.rectifications.escalate-every, 10 s in
// e2e/global-setup.ts) takes it up the ladder: the owner and 联络员, then its 第一责任人 (赵桂兰).
const DEMO_PROBLEM = '柳岸社区2个居民微信群未明确群管理员，群内信息无人把关';

test('the demo overdue rectification of 柳岸社区 names who was told at each step of the escalation', async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(180_000);
  const liuan = (await demoOrganizations(request)).get('DH-LIUAN')!;

  await test.step('the street finds it in the 整改台账 among the overdue ones', async () => {
    await login(page, 'secretary');
    await page.goto(`/rectifications?under=${liuan.id}&overdue=1`);
    await page.getByTestId('rectification-ledger').getByRole('link', { name: DEMO_PROBLEM }).click();
    await expect(page).toHaveURL(/\/rectifications\/\d+$/);
  });

  await test.step('its page says it is overdue and names who was told', async () => {
    // The job's first run follows the start; until it has run, the page is read again.
    await expect(async () => {
      await page.reload();
      await expect(page.getByTestId('escalation-alert')).toBeVisible({
        timeout: 5_000,
      });
    }).toPass({ timeout: 90_000 });
    const alert = page.getByTestId('escalation-alert');
    await expect(alert).toContainText('整改已逾期，已通知');
    await expect(alert).toContainText('第一责任人');
    const toFirstResponsible = alert
      .getByTestId('escalation-step')
      .filter({ hasText: '逾期升级至第一责任人' });
    await expect(toFirstResponsible.getByTestId('escalation-told')).toContainText('赵桂兰');
    await expect(page.getByTestId('rectification-responsible')).toContainText('赵桂兰');
    await snap(page, testInfo, '01-overdue-told');
    await logout(page);
  });
});
