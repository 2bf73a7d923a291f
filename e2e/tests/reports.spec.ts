import { expect, test, type Locator, type Page } from "@playwright/test";
import {
  chooseOption,
  demoOrganizations,
  label,
  login,
  logout,
  snap,
} from "./helpers";

// Issue 14: reports up the hierarchy. Demo data: 赵桂兰 (`community`) is STAFF and 第一责任人 of 柳岸社区 and
// signs its reports herself; 王建国 (`secretary`) is STAFF and 第一责任人 of 东湖街道, the community's parent.
// The stack is fresh for each run: one 2026-H2 专题汇报 per organization may exist (the server answers 409 after).
const PERIOD = "2026-H2";
const PERIOD_LABEL = "2026年下半年";
const SECTIONS = {
  工作开展情况: "上半年开展意识形态工作分析研判两次，排查社区微信群12个。",
  存在问题: "个别微信群群主履职不到位。",
  下一步打算: "开展群主培训，落实群主责任。",
};

/** A minute in the app's zone (Asia/Shanghai), as the date-time pickers show it: YYYY-MM-DD HH:mm. */
function shanghaiMinute(date: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone: "Asia/Shanghai",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** Types a date-time into an antd picker and confirms it. */
async function pickDateTime(
  page: Page,
  input: Locator,
  value: string,
): Promise<void> {
  await input.click();
  await input.fill(value);
  await input.press("Enter");
  await expect(input).toHaveValue(value);
  await page.keyboard.press("Tab");
}

/** Confirms an antd Popconfirm (确定 in the bubble). */
async function confirmBubble(page: Page): Promise<void> {
  await page
    .getByRole("tooltip")
    .getByRole("button", { name: label("确定") })
    .click();
}

function reportCard(page: Page): Locator {
  return page.getByTestId("work-report");
}

test("community writes, signs off and submits its 2026-H2 专题汇报; the street acknowledges it, compiles its own and submits it", async ({
  page,
  request,
}, testInfo) => {
  // Two people, three steps each and a compiled report: longer than the default on a loaded 2-core machine.
  test.setTimeout(300_000);
  const demo = await demoOrganizations(request);
  const street = demo.get("STREET-DH")!;
  const liuan = demo.get("DH-LIUAN")!;
  let communityReport = "";

  await test.step(`community: a new ${PERIOD} 专题汇报 of ${liuan.name}, three sections, signed off, submitted`, async () => {
    await login(page, "community");
    await page
      .getByTestId("side-menu")
      .getByText(/^工作汇报/)
      .click();
    await expect(page).toHaveURL(/\/work-reports$/);
    await page.getByRole("button", { name: label("新建汇报") }).click();
    const form = page.getByTestId("new-report-form");
    await expect(form).toBeVisible();
    await expect(form).toContainText(liuan.name);
    await form.getByText("专题汇报", { exact: true }).click();
    await chooseOption(page, form.getByLabel("期间"), PERIOD_LABEL);
    await page
      .getByRole("dialog")
      .getByRole("button", { name: label("保存") })
      .click();

    await expect(page).toHaveURL(/\/work-reports\/\d+$/);
    communityReport = new URL(page.url()).pathname;
    const card = reportCard(page);
    await expect(card).toHaveAttribute("data-status", "DRAFT");
    await expect(page.getByTestId("report-recipient")).toHaveText(street.name);
    for (const [section, text] of Object.entries(SECTIONS)) {
      await card.getByRole("textbox", { name: section }).fill(text);
    }
    await page
      .getByTestId("work-report-actions")
      .getByRole("button", { name: label("保存") })
      .click();
    await expect(page.getByText("已保存", { exact: true })).toBeVisible();
    await snap(page, testInfo, "01-community-draft");

    await page
      .getByTestId("work-report-actions")
      .getByRole("button", { name: label("签发") })
      .click();
    await confirmBubble(page);
    await expect(card).toHaveAttribute("data-status", "SIGNED_OFF");
    // The given name only: the report services record the token's `name` claim, which Keycloak writes
    // given-name first ("桂兰 赵"), not the person's name (赵桂兰).
    await expect(page.getByTestId("history-signedOff")).toContainText("桂兰");

    await page
      .getByTestId("work-report-actions")
      .getByRole("button", { name: label("报送") })
      .click();
    await confirmBubble(page);
    await expect(card).toHaveAttribute("data-status", "SUBMITTED");
    await expect(page.getByTestId("history-submitted")).toBeVisible();
    await snap(page, testInfo, "02-community-submitted");

    // the print view: letterhead, recipient, sections, signature line
    await page.goto(`${communityReport}/print`);
    const sheet = page.getByTestId("work-report-print");
    await expect(sheet.locator(".print-page__title")).toHaveText(liuan.name);
    await expect(sheet.getByTestId("print-recipient")).toHaveText(
      `${street.name}：`,
    );
    await expect(sheet).toContainText(SECTIONS.存在问题);
    await expect(sheet.getByTestId("print-signature")).toContainText("桂兰");
    await snap(page, testInfo, "03-print");
    await page.goto("/work-reports");
    await logout(page);
  });

  let streetReport = "";
  await test.step(`secretary: ${liuan.name} has submitted on ${street.name}'s board; acknowledged`, async () => {
    await login(page, "secretary");
    await page
      .getByTestId("side-menu")
      .getByText("汇报情况", { exact: true })
      .click();
    await page.goto(
      `/work-reports/status?under=${street.id}&kind=SEMIANNUAL&period=${PERIOD}`,
    );
    const row = page.locator(
      `[data-testid="board-row"][data-org-id="${liuan.id}"]`,
    );
    await expect(row).toHaveAttribute("data-status", "SUBMITTED");
    await expect(page.getByTestId("board-summary")).toContainText("已报送");
    await snap(page, testInfo, "04-status-board");
    await row.getByRole("link", { name: liuan.name }).click();
    await expect(page).toHaveURL(new RegExp(`${communityReport}$`));
    await page
      .getByTestId("work-report-actions")
      .getByRole("button", { name: label("确认收悉") })
      .click();
    await expect(reportCard(page)).toHaveAttribute(
      "data-status",
      "ACKNOWLEDGED",
    );
    await expect(page.getByTestId("history-acknowledged")).toContainText(
      "建国",
    );
  });

  await test.step(`secretary compiles ${street.name}'s report from it, signs it off and submits it`, async () => {
    await page
      .getByTestId("side-menu")
      .getByText(/^工作汇报/)
      .click();
    await page.getByRole("button", { name: label("汇总下级汇报") }).click();
    const form = page.getByTestId("compile-report-form");
    await expect(form).toContainText(street.name);
    await form.getByText("专题汇报", { exact: true }).click();
    await chooseOption(page, form.getByLabel("期间"), PERIOD_LABEL);
    await page
      .getByRole("dialog")
      .getByRole("button", { name: label("生成汇总稿") })
      .click();

    await expect(page).toHaveURL(/\/work-reports\/\d+$/);
    streetReport = new URL(page.url()).pathname;
    expect(streetReport).not.toBe(communityReport);
    const card = reportCard(page);
    await expect(card).toHaveAttribute("data-status", "DRAFT");
    await expect(
      page
        .getByTestId("work-report-sources")
        .getByRole("link", { name: liuan.name }),
    ).toBeVisible();
    const progress = card.getByRole("textbox", { name: "工作开展情况" });
    await expect(progress).toContainText(liuan.name);
    await expect(progress).toContainText(SECTIONS.工作开展情况);
    await snap(page, testInfo, "05-compiled");

    await page
      .getByTestId("work-report-actions")
      .getByRole("button", { name: label("签发") })
      .click();
    await confirmBubble(page);
    await expect(card).toHaveAttribute("data-status", "SIGNED_OFF");
    await page
      .getByTestId("work-report-actions")
      .getByRole("button", { name: label("报送") })
      .click();
    await confirmBubble(page);
    await expect(card).toHaveAttribute("data-status", "SUBMITTED");
    await logout(page);
  });
});

test("community reports a hijacked account 30 hours after learning of it (late); the street acknowledges, follows up and closes it", async ({
  page,
}, testInfo) => {
  const title = `社区公众号被盗用（${Date.now()}）`;
  let matterPath = "";

  await test.step("community files the matter with learnedAt 30 hours ago: the form warns, the matter is late", async () => {
    await login(page, "community");
    await page
      .getByTestId("side-menu")
      .getByText(/^重大事项报告/)
      .click();
    await page.getByRole("button", { name: label("报告重大事项") }).click();
    const form = page.getByTestId("major-matter-form");
    await expect(form).toBeVisible();
    await form.getByText("账号被盗用或篡改", { exact: true }).click();
    await form.getByLabel("标题").fill(title);
    await form
      .getByLabel("事情经过")
      .fill("社区公众号被他人登录，发布了与本单位无关的内容。");
    const now = Date.now();
    await pickDateTime(
      page,
      form.getByLabel("发生时间"),
      shanghaiMinute(new Date(now - 31 * 3_600_000)),
    );
    await pickDateTime(
      page,
      form.getByLabel("知悉时间"),
      shanghaiMinute(new Date(now - 30 * 3_600_000)),
    );
    await form.getByLabel("已采取的措施").fill("已修改密码并删除相关内容。");
    await expect(page.getByTestId("matter-deadline")).toHaveAttribute(
      "data-overdue",
      "true",
    );
    await snap(page, testInfo, "01-matter-form");
    await form.getByRole("button", { name: label("立即报告") }).click();

    await expect(page).toHaveURL(/\/major-matters\/\d+$/);
    matterPath = new URL(page.url()).pathname;
    const card = page.getByTestId("major-matter");
    await expect(card).toHaveAttribute("data-status", "REPORTED");
    await expect(card.getByTestId("late-tag").first()).toHaveText("迟报");
    await expect(card.getByTestId("time-left")).toBeVisible();
    await snap(page, testInfo, "02-matter-late");
    await logout(page);
  });

  await test.step("secretary acknowledges it from the inbox, adds a follow-up and closes it", async () => {
    await login(page, "secretary");
    await page
      .getByTestId("side-menu")
      .getByText(/^重大事项报告/)
      .click();
    const inbox = page.getByTestId("matters-to-acknowledge");
    await expect(
      inbox.getByTestId("matter-row").filter({ hasText: title }),
    ).toHaveCount(1);
    await snap(page, testInfo, "03-inbox");
    await inbox.getByRole("link", { name: title }).click();
    await expect(page).toHaveURL(new RegExp(`${matterPath}$`));
    const card = page.getByTestId("major-matter");
    await card.getByRole("button", { name: label("确认收到") }).click();
    await expect(card).toHaveAttribute("data-status", "ACKNOWLEDGED");

    const followUp = page.getByTestId("follow-up-form");
    await followUp
      .getByLabel("跟进情况")
      .fill("街道已约谈社区负责人，要求三日内完成整改。");
    await followUp.getByRole("button", { name: label("添加跟进") }).click();
    await expect(page.getByTestId("follow-up")).toContainText(
      "要求三日内完成整改",
    );
    await expect(card).toHaveAttribute("data-status", "HANDLING");

    await card.getByRole("button", { name: label("办结") }).click();
    const dialog = page
      .getByRole("dialog")
      .filter({ has: page.getByTestId("close-matter-form") });
    await dialog
      .getByLabel("办结结论")
      .fill("账号已找回，内容已删除，已对相关人员批评教育。");
    await dialog.getByRole("button", { name: label("办结") }).click();
    await expect(card).toHaveAttribute("data-status", "CLOSED");
    await expect(page.getByTestId("matter-conclusion")).toContainText(
      "账号已找回",
    );
    await expect(page.getByTestId("follow-up-form")).toHaveCount(0);
    await snap(page, testInfo, "04-closed");
    await logout(page);
  });
});
