import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { demoOrganizations, login, snap } from './helpers';

// Issue 17: the inspection package (迎检材料包). 王建国 (`secretary`) keeps the ledger of 东湖街道 and everything below it;
// he builds the street's package for the last half-year that has ended (the form's quick choice, e.g. 2026年上半年 in
// December 2026), downloads it, unpacks it and checks it offline with the verify.html inside, as an inspector would:
// from file://, without the server. The half-year follows the calendar, so the spec works in any year.
const shanghaiToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const [thisYear, thisMonth] = shanghaiToday.split('-').map(Number);
const LAST_HALF =
  thisMonth > 6
    ? { label: `${thisYear}年上半年`, from: `${thisYear}-01-01`, to: `${thisYear}-06-30` }
    : { label: `${thisYear - 1}年下半年`, from: `${thisYear - 1}-07-01`, to: `${thisYear - 1}-12-31` };
const FROM = LAST_HALF.from;
const TO = LAST_HALF.to;

test('secretary builds 东湖街道’s inspection package for the last half-year, downloads it and verify.html finds it intact', async ({
  page,
  context,
  request,
}, testInfo) => {
  // a background build on a loaded 2-core machine, a download, an unzip and a browser hashing every file
  test.setTimeout(300_000);
  const street = (await demoOrganizations(request)).get('STREET-DH')!;
  let packageId = 0;
  let manifestSha256 = '';
  let zipPath = '';

  await test.step(`secretary opens 迎检材料包 from ${street.name}'s page and builds the package of ${FROM} ~ ${TO}`, async () => {
    await login(page, 'secretary');
    await page.goto(`/organizations/${street.id}`);
    await page.getByTestId('org-inspection-package').click();
    await expect(page).toHaveURL(new RegExp(`/inspection-packages\\?organizationId=${street.id}$`));
    const form = page.getByTestId('package-form');
    await expect(form).toContainText(street.name);
    await form.getByText(LAST_HALF.label, { exact: true }).click();
    await expect(form.getByPlaceholder('开始日期')).toHaveValue(FROM);
    await expect(form.getByPlaceholder('结束日期')).toHaveValue(TO);
    await expect(form.getByLabel('含下级组织')).toBeChecked();
    await expect(form.getByRole('checkbox')).toHaveCount(7); // 含下级 and the six parts, all ticked
    for (const box of await form.getByRole('checkbox').all()) await expect(box).toBeChecked();
    await snap(page, testInfo, '01-form');

    const requested = page.waitForResponse(
      (response) => response.url().endsWith('/api/v1/inspection-packages') && response.request().method() === 'POST',
    );
    await form.getByRole('button', { name: /生成材料包/ }).click();
    const response = await requested;
    expect(response.status()).toBe(202);
    packageId = (await response.json()).id;
  });

  await test.step('the list follows the build by itself until 已完成, with files, size and the manifest SHA-256', async () => {
    const status = page.locator(`[data-testid="package-status"][data-package-id="${packageId}"]`);
    await expect(status).toBeVisible();
    await expect(status).toHaveAttribute('data-status', 'DONE', { timeout: 180_000 });
    await expect(status).toHaveText('已完成');
    const row = page.locator('.ant-table-row').filter({ has: status });
    await expect(row.getByTestId('package-files')).toContainText('个文件');
    manifestSha256 = (await row.getByTestId('manifest-sha256').getAttribute('data-sha256')) ?? '';
    expect(manifestSha256).toMatch(/^[0-9a-f]{64}$/);
    await row.scrollIntoViewIfNeeded();
    await snap(page, testInfo, '02-done');

    const downloading = page.waitForEvent('download');
    await row.getByTestId('package-download').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${street.name}_迎检材料包_${FROM}_${TO}.zip`);
    zipPath = testInfo.outputPath('package.zip');
    await download.saveAs(zipPath);
  });

  const folder = testInfo.outputPath('package');
  await test.step('unpacked, 说明.html names the organization and the period; the manifest is the one the list shows', async () => {
    execFileSync('python3', ['-m', 'zipfile', '-e', zipPath, folder]);
    const manifest = await readFile(join(folder, 'manifest.json'));
    expect(createHash('sha256').update(manifest).digest('hex')).toBe(manifestSha256);
    const files = JSON.parse(manifest.toString('utf8')).files as { path: string }[];
    expect(files[0].path).toBe('说明.html');
    expect(files.map((file) => file.path)).toEqual(expect.arrayContaining(['audit/events.jsonl', 'verify.html']));

    const readme = await context.newPage();
    await readme.goto(pathToFileURL(join(folder, '说明.html')).href);
    await expect(readme.locator('body')).toContainText(street.name);
    await expect(readme.locator('body')).toContainText(FROM);
    await expect(readme.locator('body')).toContainText(TO);
    await snap(readme, testInfo, '03-readme');
    await readme.close();
  });

  await test.step('verify.html opened from the folder, given the folder, says 完整 and shows the same manifest SHA-256', async () => {
    const checker = await context.newPage();
    await checker.goto(pathToFileURL(join(folder, 'verify.html')).href);
    await checker.getByTestId('verify-input').setInputFiles(folder);
    const result = checker.getByTestId('verify-result');
    await expect(result).toHaveAttribute('data-ok', 'true', { timeout: 60_000 });
    await expect(result).toContainText('完整');
    await expect(checker.getByTestId('verify-problem')).toHaveCount(0);
    await expect(checker.getByTestId('verify-manifest-sha256')).toHaveText(manifestSha256);
    await snap(checker, testInfo, '04-verified');
    await checker.close();
  });

  // The demo data are written when the stack starts: this half-year's package carries their audit events.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const [year, month] = today.split('-').map(Number);
  const half = month > 6 ? { label: `${year}年下半年`, to: `${year}-12-31` } : { label: `${year}年上半年`, to: `${year}-06-30` };
  await test.step(`${half.label} (today's demo data): verify.html checks every audit event of the package and finds it intact`, async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const form = page.getByTestId('package-form');
    await form.getByText(half.label, { exact: true }).click();
    await expect(form.getByPlaceholder('结束日期')).toHaveValue(half.to);
    const requested = page.waitForResponse(
      (response) => response.url().endsWith('/api/v1/inspection-packages') && response.request().method() === 'POST',
    );
    await form.getByRole('button', { name: /生成材料包/ }).click();
    const id = (await (await requested).json()).id;
    const status = page.locator(`[data-testid="package-status"][data-package-id="${id}"]`);
    await expect(status).toHaveAttribute('data-status', 'DONE', { timeout: 180_000 });
    const downloading = page.waitForEvent('download');
    await page.locator('.ant-table-row').filter({ has: status }).getByTestId('package-download').click();
    const zip = testInfo.outputPath('current.zip');
    await (await downloading).saveAs(zip);
    const current = testInfo.outputPath('current');
    execFileSync('python3', ['-m', 'zipfile', '-e', zip, current]);
    const manifest = JSON.parse(await readFile(join(current, 'manifest.json'), 'utf8'));
    const events = manifest.files.find((file: { kind: string }) => file.kind === 'audit-events');
    expect(events?.count).toBeGreaterThan(0);

    const checker = await context.newPage();
    await checker.goto(pathToFileURL(join(current, 'verify.html')).href);
    await checker.getByTestId('verify-input').setInputFiles(current);
    const result = checker.getByTestId('verify-result');
    await expect(result).toHaveAttribute('data-ok', 'true', { timeout: 60_000 });
    await expect(result).toContainText(`${events.count}条审计事件哈希正确`);
    await snap(checker, testInfo, '05-verified-with-audit-events');
    await checker.close();
  });
});
