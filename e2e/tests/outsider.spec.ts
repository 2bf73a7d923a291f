import { expect, test } from '@playwright/test';
import { findOrganizations, login, snap, token } from './helpers';

// Staff of 西山街道 see their own street only: 东湖街道 is a sibling, so it and its communities
// are neither listed nor reachable by address (the API answers 404, the app says 未找到).
test('outsider does not see 东湖街道 and its communities, and their URLs answer not found', async ({
  page,
  request,
}, testInfo) => {
  // The ids come from the API as admin; the outsider never learns them from the app.
  const adminToken = await token(request, 'admin');
  const street = (await findOrganizations(request, adminToken, { q: 'STREET-DH' })).find(
    (org) => org.code === 'STREET-DH',
  );
  expect(street, 'demo organization STREET-DH').toBeTruthy();
  const hidden = await findOrganizations(request, adminToken, { under: street!.id });
  const liuan = hidden.find((org) => org.code === 'DH-LIUAN');
  expect(liuan, 'demo organization DH-LIUAN').toBeTruthy();

  await test.step('log in as outsider: only 西山街道 in the tree', async () => {
    await login(page, 'outsider');
    await expect(page.getByTestId('user-name')).toHaveText('陈志强');
    const tree = page.getByTestId('org-tree');
    await expect(tree.getByText('西山街道党工委', { exact: true })).toBeVisible();
    await expect(tree.getByText('松林社区', { exact: true })).toBeVisible();
    for (const name of ['东湖街道党工委', '柳岸社区', '桃园社区', '东湖村', '东湖街道党政办']) {
      await expect(tree.getByText(name, { exact: true })).toHaveCount(0);
    }
    await expect(page.getByText(/东湖/)).toHaveCount(0);
    await snap(page, testInfo, '01-outsider-tree');
  });

  await test.step('searching for 东湖 finds nothing', async () => {
    await page.getByPlaceholder('按名称或编码搜索').fill('东湖');
    const results = page.getByTestId('org-search-results');
    await expect(results).toContainText('没有匹配的组织');
    await snap(page, testInfo, '02-outsider-search');
  });

  await test.step('their addresses answer 未找到', async () => {
    for (const org of [street!, liuan!]) {
      await page.goto(`/organizations/${org.id}`);
      await expect(page.getByTestId('not-found')).toBeVisible();
      await expect(page.getByTestId('not-found')).toContainText('未找到');
      await expect(page.getByText(org.name)).toHaveCount(0);
    }
    await snap(page, testInfo, '03-outsider-not-found');
  });

  await test.step('the API answers 404 to the outsider too', async () => {
    const outsiderToken = await token(request, 'outsider');
    for (const org of [street!, liuan!]) {
      const response = await request.get(`/api/v1/organizations/${org.id}`, {
        headers: { Authorization: `Bearer ${outsiderToken}` },
      });
      expect(response.status()).toBe(404);
    }
    const visible = await findOrganizations(request, outsiderToken, { q: '东湖' });
    expect(visible).toEqual([]);
  });
});
