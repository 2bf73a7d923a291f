import { expect, test } from '@playwright/test';
import { demoOrganizations, findOrganizations, login, snap, token } from './helpers';

// Staff of 西山街道 see their own street only: 东湖街道 is a sibling, so it and its communities
// are neither listed nor reachable by address (the API answers 404, the app says 未找到).
test('outsider does not see 东湖街道 and its communities, and their URLs answer not found', async ({
  page,
  request,
}, testInfo) => {
  // The ids come from the API as admin; the outsider never learns them from the app.
  const demo = await demoOrganizations(request);
  const own = demo.get('STREET-XS')!;
  const hidden = ['STREET-DH', 'DH-OFFICE', 'DH-LIUAN', 'DH-TAOYUAN', 'DH-DONGHU'].map((code) => demo.get(code)!);

  await test.step('log in as outsider: only 西山街道 in the tree', async () => {
    await login(page, 'outsider');
    await expect(page.getByTestId('user-name')).toHaveText('陈志强');
    await expect(page.getByTestId('workbench')).toBeVisible();
    await page.getByTestId('side-menu').getByRole('menuitem', { name: /组织机构/ }).click();
    const tree = page.getByTestId('org-tree');
    await expect(tree.getByText(own.name, { exact: true })).toBeVisible();
    await expect(tree.getByText(demo.get('XS-SONGLIN')!.name, { exact: true })).toBeVisible();
    for (const org of hidden) {
      await expect(tree.getByText(org.name, { exact: true })).toHaveCount(0);
    }
    await expect(page.getByText(/东湖/)).toHaveCount(0);
    await snap(page, testInfo, '01-outsider-tree');
  });

  await test.step('searching for 东湖 finds nothing', async () => {
    await page.getByPlaceholder('按名称或编码搜索').fill('东湖');
    await expect(page.getByTestId('org-search-results')).toContainText('没有匹配的组织');
    await snap(page, testInfo, '02-outsider-search');
  });

  await test.step('their addresses answer 未找到', async () => {
    for (const org of [hidden[0], demo.get('DH-LIUAN')!]) {
      await page.goto(`/organizations/${org.id}`);
      const notFound = page.getByTestId('not-found');
      await expect(notFound).toBeVisible();
      await expect(notFound).toContainText('未找到');
      await expect(page.getByText(org.name)).toHaveCount(0);
      await snap(page, testInfo, `03-outsider-not-found-${org.code}`);
    }
  });

  await test.step('the API answers 404 to the outsider too', async () => {
    const outsiderToken = await token(request, 'outsider');
    for (const org of hidden) {
      const response = await request.get(`/api/v1/organizations/${org.id}`, {
        headers: { Authorization: `Bearer ${outsiderToken}` },
      });
      expect(response.status(), `GET /api/v1/organizations/${org.id} (${org.code})`).toBe(404);
    }
    expect(await findOrganizations(request, outsiderToken, { q: '东湖' })).toEqual([]);
  });
});
