import { expect, test } from '@playwright/test';
import { chooseOption, demoOrganizations, label, login, logout, snap } from './helpers';

// The principal leader of 东湖街道 keeps the ledger of the street: creates a community,
// renames it and finds both changes in the audit trail; the auditor checks the chain.
test('secretary creates and renames a community, sees both in the audit trail; the auditor verifies the chain', async ({
  page,
  request,
}, testInfo) => {
  const demo = await demoOrganizations(request);
  const street = demo.get('STREET-DH')!;
  const liuan = demo.get('DH-LIUAN')!;
  const suffix = Date.now().toString(36).toUpperCase();
  const code = `DH-E2E-${suffix}`;
  const firstName = `东湖街道滨河社区${suffix}`;
  const newName = `东湖街道滨河新村社区${suffix}`;

  await test.step('log in as secretary through the Keycloak login page', async () => {
    await login(page, 'secretary');
    await expect(page.getByTestId('user-name')).toHaveText('王建国');
    // the app opens on 工作台; the tree is one menu entry away
    await page.getByTestId('side-menu').getByRole('menuitem', { name: /组织机构/ }).click();
    await expect(page).toHaveURL(/\/organizations$/);
    await snap(page, testInfo, '01-organizations');
  });

  const tree = page.getByTestId('org-tree');
  const detail = page.getByTestId('org-detail');

  await test.step(`open ${street.name}`, async () => {
    await tree.getByText(street.name, { exact: true }).click();
    await expect(detail).toContainText(street.name);
    await expect(detail).toContainText('STREET-DH');
    // Its communities are listed under it in the tree.
    await expect(tree.getByText(liuan.name, { exact: true })).toBeVisible();
    await snap(page, testInfo, '02-street-detail');
  });

  await test.step('create a community under it', async () => {
    await detail.getByRole('button', { name: /新建下级/ }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(street.name);
    await dialog.getByLabel('编码').fill(code);
    await dialog.getByLabel('名称', { exact: true }).fill(firstName);
    await chooseOption(page, dialog.getByLabel('类型'), '社区');
    await expect(dialog.getByTitle('社区', { exact: true })).toBeVisible();
    await snap(page, testInfo, '03-create-form');
    await dialog.getByRole('button', { name: label('保存') }).click();
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(/\/organizations\/\d+$/);
    await expect(detail).toContainText(firstName);
    await expect(detail).toContainText(code);
    await expect(detail).toContainText(street.name);
    await expect(tree.getByText(firstName, { exact: true })).toBeVisible();
  });

  await test.step('rename it', async () => {
    await detail.getByRole('button', { name: label('编辑') }).click();
    const dialog = page.getByRole('dialog');
    const name = dialog.getByLabel('名称', { exact: true });
    await expect(name).toHaveValue(firstName);
    await name.fill(newName);
    await dialog.getByRole('button', { name: label('保存') }).click();
    await expect(dialog).toBeHidden();
    await expect(detail).toContainText(newName);
    await expect(tree.getByText(newName, { exact: true })).toBeVisible();
    await snap(page, testInfo, '04-renamed');
  });

  await test.step('the audit trail shows both events with their before/after values', async () => {
    await page.getByRole('menuitem', { name: /审计留痕/ }).click();
    await expect(page).toHaveURL(/\/audit$/);
    const events = page.getByTestId('audit-list').getByTestId('audit-event');

    const renamed = events.filter({ hasText: newName }).filter({ hasText: firstName }).first();
    await expect(renamed).toBeVisible();
    await expect(renamed).toContainText('王建国');
    const nameRow = renamed.getByRole('row').filter({ hasText: /^名称/ });
    await expect(nameRow.locator('.audit-before')).toHaveText(firstName);
    await expect(nameRow.locator('.audit-after')).toHaveText(newName);

    const created = events.filter({ hasText: code }).filter({ hasText: /新建/ }).first();
    await expect(created).toBeVisible();
    await expect(created).toContainText('王建国');
    await expect(created.getByRole('row').filter({ hasText: /^编码/ }).locator('.audit-after')).toHaveText(code);
    await expect(created.getByRole('row').filter({ hasText: /^名称/ }).locator('.audit-after')).toHaveText(
      firstName,
    );

    // Newest first: the rename is above the creation and has the higher sequence number.
    const renamedSeq = Number(await renamed.getAttribute('data-seq'));
    const createdSeq = Number(await created.getAttribute('data-seq'));
    expect(renamedSeq).toBeGreaterThan(createdSeq);
    const order = await events.evaluateAll((nodes) => nodes.map((node) => Number(node.getAttribute('data-seq'))));
    expect(order.indexOf(renamedSeq)).toBeLessThan(order.indexOf(createdSeq));
    await snap(page, testInfo, '05-audit-trail');
  });

  await test.step('only the auditor verifies the chain', async () => {
    // Verifying recomputes the whole chain: for admin and auditor only, so the secretary has no button.
    await expect(page.getByRole('button', { name: /校验完整性/ })).toHaveCount(0);
    await logout(page);
    await login(page, 'auditor');
    // 工作台 verifies the chain as it opens; one verification runs at a time, so let it finish first
    await expect(page.getByTestId('home-verification')).toHaveAttribute('data-ok', 'true');
    await page.getByRole('menuitem', { name: /审计留痕/ }).click();
    await expect(page).toHaveURL(/\/audit$/);
    await page.getByRole('button', { name: /校验完整性/ }).click();
    const result = page.getByTestId('audit-verify-result');
    await expect(result).toBeVisible();
    await expect(result).toHaveAttribute('data-ok', 'true');
    await expect(result).toContainText('校验通过');
    await snap(page, testInfo, '06-audit-verified');
  });

  await test.step('log out', async () => {
    await logout(page);
    await snap(page, testInfo, '07-logged-out');
  });
});
