import { expect, test } from '@playwright/test';
import { demoOrganizations, label, login, snap } from './helpers';

/** A CSV as an office would save it from Excel: UTF-8 with a BOM, CRLF line ends. */
function csv(rows: string[][]): { name: string; mimeType: string; buffer: Buffer } {
  const text = rows.map((row) => row.join(',')).join('\r\n') + '\r\n';
  return { name: '新社区.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${text}`, 'utf8') };
}

// The principal leader of 东湖街道 moves two new communities in from a spreadsheet: the dry run
// finds the bad row and writes nothing, the corrected file passes and is written all at once.
test('secretary imports two communities: the bad row is reported, the corrected file is written', async ({
  page,
  request,
}, testInfo) => {
  const street = (await demoOrganizations(request)).get('STREET-DH')!;
  const suffix = Date.now().toString(36).toUpperCase();
  const first = { code: `DH-IMP-${suffix}-1`, name: `东湖街道新港社区${suffix}` };
  const second = { code: `DH-IMP-${suffix}-2`, name: `东湖街道云水社区${suffix}` };
  const header = ['机构编码', '机构名称', '机构类型', '上级机构编码'];

  await test.step('log in as secretary and open 批量导入', async () => {
    await login(page, 'secretary');
    await page.getByRole('menuitem', { name: /批量导入/ }).click();
    await expect(page).toHaveURL(/\/imports$/);
    await page.getByRole('radio', { name: /^机构/ }).check();
    await page.getByRole('button', { name: label('下一步') }).click();
    await expect(page.getByText('导入内容：机构')).toBeVisible();
  });

  const fileInput = page.locator('input[type=file]');

  await test.step('upload a file with one bad row: the row is reported and nothing is written', async () => {
    await fileInput.setInputFiles(
      csv([
        header,
        [first.code, first.name, '社区', 'STREET-DH'],
        [second.code, second.name, '小区', 'STREET-DH'],
      ]),
    );
    await page.getByRole('button', { name: label('上传并校验') }).click();
    await expect(page.getByTestId('import-invalid')).toContainText('发现 1 处问题');
    const errorRow = page.getByTestId('import-errors').getByRole('row').filter({ hasText: '小区' });
    await expect(errorRow.getByRole('cell').first()).toHaveText('3');
    await expect(errorRow).toContainText('机构类型');
    await expect(page.getByTestId('import-annotated')).toBeVisible();
    await snap(page, testInfo, '01-errors');
  });

  await test.step('upload the corrected file: it passes the check', async () => {
    await page.getByRole('button', { name: label('重新上传') }).click();
    await fileInput.setInputFiles(
      csv([
        header,
        [first.code, first.name, '社区', 'STREET-DH'],
        [second.code, second.name, '社区', 'STREET-DH'],
      ]),
    );
    await page.getByRole('button', { name: label('上传并校验') }).click();
    await expect(page.getByTestId('import-valid')).toContainText('校验通过 2 行');
    await snap(page, testInfo, '02-valid');
  });

  await test.step('write it after the all-or-nothing confirmation', async () => {
    await page.getByRole('button', { name: label('写入') }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('全部写入或全部不写入');
    await dialog.getByRole('button', { name: label('写入') }).click();
    const result = page.getByTestId('import-committed');
    await expect(result).toContainText('写入完成');
    await expect(page.getByTestId('import-created')).toContainText('2');
    await expect(page.getByTestId('recent-imports').getByRole('row').nth(1)).toContainText('已写入');
    await snap(page, testInfo, '03-committed');
  });

  await test.step(`the new communities are in the tree under ${street.name}`, async () => {
    await page.getByRole('menuitem', { name: /组织机构/ }).click();
    const tree = page.getByTestId('org-tree');
    await expect(tree.getByText(first.name, { exact: true })).toBeVisible();
    await expect(tree.getByText(second.name, { exact: true })).toBeVisible();
    await tree.getByText(first.name, { exact: true }).click();
    const detail = page.getByTestId('org-detail');
    await expect(detail).toContainText(first.code);
    await expect(detail).toContainText(street.name);
    await snap(page, testInfo, '04-tree');
  });
});
