import { completedCampaign, expect, saveScreenshot, test } from "./fixtures";

test("the dashboard shows the analytics API's figures as summary cards and four non-empty charts", async ({ page, api }) => {
  await completedCampaign(api);

  await page.goto("/#/dashboard");
  const dashboard = page.getByTestId("dashboard");
  // The stack has the analytics routes: the dashboard reads them instead of deriving figures from leads.
  await expect(dashboard).toHaveAttribute("data-source", "api");
  await expect.poll(async () => Number(await page.getByTestId("card-leads").getAttribute("data-value"))).toBeGreaterThan(0);
  expect(Number(await page.getByTestId("card-phones").getAttribute("data-value"))).toBeGreaterThan(0);
  expect(Number(await page.getByTestId("card-campaigns").getAttribute("data-value"))).toBeGreaterThan(0);

  for (const chart of ["chart-timeline", "chart-platforms", "chart-categories", "chart-layers"]) {
    const figure = page.getByTestId(chart);
    await expect(figure).toHaveAttribute("data-empty", "false");
    expect(Number(await figure.getAttribute("data-points"))).toBeGreaterThan(0);
    await expect(figure.locator("svg.recharts-surface").first()).toBeVisible();
  }
  await expect(page.getByTestId("chart-platforms").locator("table")).toContainText("Directory (demo)");
  await expect(page.getByTestId("chart-layers").locator("table")).toContainText("tel_link");

  // Weekly: the timeline re-buckets (fewer points than days) and still shows the leads.
  const dailyPoints = await page.getByTestId("chart-timeline").getAttribute("data-points");
  await page.getByTestId("period-selector").getByText("Weekly", { exact: true }).click();
  await expect(page.getByRole("radio", { name: "Weekly" })).toBeChecked();
  await expect(page.getByTestId("chart-timeline")).not.toHaveAttribute("data-points", dailyPoints ?? "");
  await expect(page.getByTestId("chart-timeline")).toHaveAttribute("data-empty", "false");
  await saveScreenshot(page, "dashboard");
});
