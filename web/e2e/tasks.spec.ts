import { campaignIdFrom, expect, getCampaign, saveScreenshot, test } from "./fixtures";

test("a running campaign is paused, resumed and stopped from the Tasks page", async ({ page, api }) => {
  // Three categories, 20 listings each, read one at a time on the e2e stack: a minute of work, ample to act on.
  await page.goto("/");
  const form = page.getByTestId("campaign-form");
  await form.getByLabel("Queries").fill("dentists\nplumbers\ncafes");
  await form.getByLabel("Max results").fill("20");
  await page.getByTestId("start-campaign").click();
  await expect(page).toHaveURL(/task=cmp-/);
  const id = campaignIdFrom(page);

  await page.getByTestId("nav-tasks").click();
  const row = page.locator(`[data-testid="task-row"][data-campaign-id="${id}"]`);
  await expect(row).toHaveAttribute("data-status", "running");
  await expect(row).toContainText("dentists, plumbers, cafes");

  await row.getByTestId("action-pause").click();
  await expect(row).toHaveAttribute("data-status", "paused");
  await expect(row.getByTestId("status-badge")).toHaveText("paused");
  expect((await getCampaign(api, id)).status).toBe("paused");
  await expect(row.getByTestId("action-pause")).toHaveCount(0);
  await saveScreenshot(page, "tasks-paused");

  await row.getByTestId("action-resume").click();
  await expect(row).toHaveAttribute("data-status", "running");
  expect((await getCampaign(api, id)).status).toBe("running");

  await row.getByTestId("action-stop").click();
  await row.getByTestId("confirm-stop").click();
  await expect(row).toHaveAttribute("data-status", "stopped");
  const stopped = await getCampaign(api, id);
  expect(stopped.status).toBe("stopped");
  // Stopped before the end: fewer listings read than found.
  expect(stopped.progress!.processed).toBeLessThan(stopped.progress!.found);
  await expect(row.getByTestId("campaign-actions")).toHaveCount(0);
  await saveScreenshot(page, "tasks-stopped");
});
