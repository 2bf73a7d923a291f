import { expect, test } from "@playwright/test";
import { stack } from "../stack";
import { demoOrganizations, login, snap, token } from "./helpers";

// The browser runs on another clock than the server's (Asia/Shanghai): the cards must show the server's local time.
test.use({ timezoneId: "America/New_York" });

/** "2026-11-28T02:00:00Z" → "2026-11-28 10:00", the time in Asia/Shanghai (UTC+8, no daylight saving). */
function shanghai(instant: string): string {
  return new Date(Date.parse(instant) + 8 * 3600_000)
    .toISOString()
    .slice(0, 16)
    .replace("T", " ");
}

// Issue 18 item 3: the audit trail reads as sentences with names and local time, resolved on the server.
test("secretary renames a community and reads it in 审计留痕 as a sentence with names and local time", async ({
  page,
  request,
}, testInfo) => {
  const street = (await demoOrganizations(request)).get("STREET-DH")!;
  const suffix = Date.now().toString(36).toUpperCase();
  const firstName = `审计可读社区${suffix}`;
  const newName = `审计可读新村社区${suffix}`;
  const secretary = await token(request, "secretary");
  const headers = { Authorization: `Bearer ${secretary}` };

  const created = await request.post(`${stack.baseUrl}/api/v1/organizations`, {
    headers,
    data: {
      code: `DH-AR-${suffix}`,
      name: firstName,
      type: "COMMUNITY",
      parentId: street.id,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const org = (await created.json()) as { id: number; version: number };
  const renamed = await request.patch(
    `${stack.baseUrl}/api/v1/organizations/${org.id}`,
    {
      headers,
      data: { version: org.version, name: newName },
    },
  );
  expect(renamed.ok(), await renamed.text()).toBeTruthy();
  const events = await request.get(`${stack.baseUrl}/api/v1/audit-events`, {
    headers,
    params: { entityType: "organization", entityId: String(org.id), limit: 1 },
  });
  const occurredAt = (
    (await events.json()) as { items: { occurredAt: string }[] }
  ).items[0].occurredAt;

  const peopleLookups: string[] = [];
  page.on("response", (response) => {
    if (/\/api\/v1\/people\/\d+/.test(response.url()))
      peopleLookups.push(`${response.status()} ${response.url()}`);
  });

  await login(page, "secretary");
  await page
    .getByTestId("side-menu")
    .getByRole("menuitem", { name: /审计留痕/ })
    .click();
  await expect(page).toHaveURL(/\/audit$/);

  await test.step("the rename reads as a sentence with the names and the local time", async () => {
    const card = page
      .getByTestId("audit-event")
      .filter({ hasText: newName })
      .filter({ hasText: firstName })
      .first();
    await expect(card).toBeVisible();
    await expect(card).toContainText(
      `王建国 于 ${shanghai(occurredAt)} 修改了组织「${newName}」`,
    );
    await expect(card).toContainText("修改组织");
    await expect(card).not.toContainText("organization.updated");
    await expect(card).not.toContainText(/#\d/);
    await snap(page, testInfo, "01-audit-sentences");
  });

  await test.step("the 操作 filter offers Chinese action names grouped by capability", async () => {
    await page.getByTestId("audit-action-filter").click();
    const dropdown = page.locator(".ant-select-dropdown:visible");
    await expect(dropdown).toContainText("组织与人员");
    await expect(
      dropdown.getByTitle("修改组织", { exact: true }),
    ).toBeVisible();
    // what a person reads in the list (antd also keeps the values in a hidden list for screen readers)
    const shown = await dropdown
      .locator(".ant-select-item-option-content")
      .allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((text) => /[a-z]\.[a-z]/.test(text))).toEqual([]);
    await snap(page, testInfo, "02-action-filter");
    await dropdown.getByTitle("修改组织", { exact: true }).click();
    await page.getByRole("button", { name: /查\s*询/ }).click();
    const listed = page.getByTestId("audit-list").getByTestId("audit-event");
    await expect(listed.first()).toHaveAttribute(
      "data-action",
      "organization.updated",
    );
    const actions = await listed.evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute("data-action")),
    );
    expect(new Set(actions)).toEqual(new Set(["organization.updated"]));
    await snap(page, testInfo, "03-filtered");
  });

  // names come with the events: the page asks for no person by id (these answered 404 before)
  expect(peopleLookups).toEqual([]);
});
