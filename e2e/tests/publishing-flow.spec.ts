import { expect, test, type Page } from '@playwright/test';
import {
  demoOrganizations,
  label,
  login,
  logout,
  makeStepOneReviewer,
  restoreStepOneReviewer,
  snap,
  type StepOneUndo,
} from './helpers';

// Issue 18, items 6 and 11: the editor saves and submits in one click; each review step names who can act on
// it; the secretary at step 2 reads the deputy's comment and checklist answers; the inbox and the review panel
// work on a phone (390×844). On the demo data 李明华 (deputy) is the street's 直接责任人 (step 1) and 王建国
// (secretary) its 第一责任人 (step 2). duties.spec.ts hands 直接责任人 to 张晓燕 today, so as publication.spec.ts
// does, this spec makes the deputy the holder today through the API and puts back what it found.
const DEPUTY = '李明华';
const SECRETARY = '王建国';
const CHANNEL = '东湖发布';

/** Nothing on the page is wider than the phone: no sideways scrolling. */
async function fitsWidth(page: Page, width: number) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

test.describe('publishing without dead ends', () => {
  let undo: StepOneUndo[] = [];
  test.beforeAll(async ({ playwright }) => {
    const request = await playwright.request.newContext();
    try {
      const street = (await demoOrganizations(request)).get('STREET-DH')!;
      undo = await makeStepOneReviewer(request, street.id, DEPUTY, 'publishing-flow.spec');
    } finally {
      await request.dispose();
    }
  });
  test.afterAll(async ({ playwright }) => {
    const request = await playwright.request.newContext();
    await restoreStepOneReviewer(request, undo, 'publishing-flow.spec').finally(() => request.dispose());
  });

  test('save and submit in one click, names at each step, step 1 read at step 2, inbox and panel on a phone', async ({
    page,
  }, testInfo) => {
    const suffix = Date.now().toString(36).toUpperCase();
    const title = `东湖街道垃圾分类宣传 E2E-${suffix}`;
    const comment = `数据已与社区台账核对，同意（${suffix}）`;
    let id = 0;

    await test.step('the editor saves a draft, then 保存并提交审核 sends it to step 1 at once', async () => {
      await login(page, 'editor');
      await page.goto('/publications/new');
      const form = page.getByTestId('publication-form');
      const channel = form.getByLabel('发布阵地');
      await expect(async () => {
        if ((await channel.getAttribute('aria-expanded')) !== 'true') await channel.click();
        await page
          .locator('.ant-select-item-option:visible')
          .filter({ hasText: new RegExp(`^${CHANNEL}（`) })
          .click({ timeout: 2_000 });
      }).toPass({ timeout: 20_000 });
      await form.locator('#publication_title').fill(title);
      const editor = page.getByTestId('publication-body-editor');
      await editor.click();
      await editor.pressSequentially('各社区本周开展垃圾分类入户宣传。');
      await form.getByRole('button', { name: label('保存') }).click();
      await expect(page).toHaveURL(/\/publications\/\d+\/edit$/);
      id = Number(/\/publications\/(\d+)\/edit$/.exec(page.url())![1]);

      // The editor stays in the editor after 保存: the next step is one click away.
      // Once the saved draft is loaded into the editor, change the title and send both steps at once.
      await expect(page.getByText(`编辑：${title}`)).toBeVisible();
      await expect(form.locator('#publication_title')).toHaveValue(title);
      await form.locator('#publication_title').fill(`${title}（修订）`);
      await snap(page, testInfo, '01-editor-save-and-submit');
      await page.getByTestId('save-and-submit').click();
      await expect(page).toHaveURL(new RegExp(`/publications/${id}$`));
      await expect(page.getByTestId('publication-status')).toHaveAttribute('data-status', 'IN_REVIEW');
      await expect(page.getByTestId('publication-detail')).toContainText(`${title}（修订）`);
      await expect(page.getByTestId('step-holders-1')).toContainText(DEPUTY);
      await expect(page.getByTestId('step-holders-2')).toContainText(SECRETARY);
      await snap(page, testInfo, '02-submitted-with-names');
      await logout(page);
    });

    await test.step('the deputy approves step 1 with a comment', async () => {
      await login(page, 'deputy');
      await page.goto(`/publications/${id}`);
      const panel = page.getByTestId('review-panel');
      await expect(panel).toContainText('审核：第 1/2 步');
      for (const box of await page.getByTestId('review-checklist').getByRole('checkbox').all())
        await box.check();
      await panel.getByLabel('审核意见').fill(comment);
      await panel.getByRole('button', { name: label('审核通过') }).click();
      await expect(page.getByText('已审核通过', { exact: true })).toBeVisible();
      await logout(page);
    });

    await test.step('on a phone the secretary finds it in 待我审核 and reads step 1 before approving', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await login(page, 'secretary');
      await page.goto('/me/reviews');
      const card = page.getByTestId('review-inbox-item').filter({ hasText: title });
      await expect(card).toBeVisible();
      await expect(card).toContainText('第 2/2 步');
      await fitsWidth(page, 390);
      await snap(page, testInfo, '03-phone-inbox');

      await card.getByRole('link').click();
      await expect(page).toHaveURL(new RegExp(`/publications/${id}$`));
      const panel = page.getByTestId('review-panel');
      await expect(panel).toContainText('审核：第 2/2 步');
      const earlier = panel.getByTestId('earlier-review');
      await expect(earlier).toContainText(DEPUTY);
      await expect(earlier).toContainText(comment);
      await expect(earlier.getByLabel('已确认').first()).toBeVisible();
      await expect(panel.getByTestId('same-as-approved')).toContainText('即第 1 步「分管领导初审」');
      await expect(panel).not.toContainText('首次审核');
      await panel.scrollIntoViewIfNeeded();
      await snap(page, testInfo, '04-phone-review-panel');

      for (const box of await page.getByTestId('review-checklist').getByRole('checkbox').all())
        await box.check();
      const approve = panel.getByRole('button', { name: label('审核通过') });
      await approve.scrollIntoViewIfNeeded();
      const box = (await approve.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      await fitsWidth(page, 390);
      await snap(page, testInfo, '05-phone-approve-reachable');
      await approve.click();
      await expect(page.getByTestId('publication-status')).toHaveAttribute('data-status', 'APPROVED');
    });
  });
});
