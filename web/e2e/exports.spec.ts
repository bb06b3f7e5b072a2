import { readFile } from "node:fs/promises";
import { completedCampaign, expect, saveScreenshot, test } from "./fixtures";

test("the Exports page downloads a campaign as Excel and a date range as JSON from the export API", async ({ page, api }) => {
  const campaign = await completedCampaign(api);

  await page.goto("/#/exports");
  const one = page.getByTestId("export-campaign");
  await one.getByLabel("Campaign", { exact: true }).selectOption(campaign.id);
  const [excel] = await Promise.all([page.waitForEvent("download"), one.getByTestId("download-xlsx").click()]);
  expect(excel.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = await readFile((await excel.path())!);
  // An .xlsx is a ZIP package: local file header "PK\x03\x04".
  expect([...workbook.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  await expect(one.getByTestId("download-message")).toContainText(excel.suggestedFilename());

  const range = page.getByTestId("export-range");
  const [json] = await Promise.all([page.waitForEvent("download"), range.getByTestId("download-json").click()]);
  expect(json.suggestedFilename()).toMatch(/\.json$/);
  const leads = JSON.parse(await readFile((await json.path())!, "utf8")) as { name: string; platform: string }[];
  expect(leads.length).toBeGreaterThanOrEqual(campaign.lead_count ?? 1);
  expect(leads.every((l) => l.name && l.platform)).toBe(true);
  // Served by the API, not built in the browser from campaign results.
  await expect(range.getByTestId("download-message")).not.toContainText("built in the browser");
  await saveScreenshot(page, "exports");
});
