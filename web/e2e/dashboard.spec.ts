import { expect, getCampaign, saveScreenshot, test, type CampaignJson } from "./fixtures";

test("the dashboard shows the leads found as summary cards and four non-empty charts", async ({ page, api }) => {
  // The dashboard needs a finished campaign with leads: one from an earlier test, or one started here.
  const campaigns = (await (await api.get("api/campaigns")).json()) as CampaignJson[];
  if (!campaigns.some((c) => c.status === "completed" && (c.lead_count ?? 0) > 0)) {
    const created = await api.post("api/campaigns", { data: { queries: ["plumbers in Toronto"], platforms: ["directory"], region: "CA" } });
    expect(created.status()).toBe(202);
    const { id } = (await created.json()) as { id: string };
    await expect.poll(async () => (await getCampaign(api, id)).status, { timeout: 75_000 }).toBe("completed");
  }

  await page.goto("/#/dashboard");
  const dashboard = page.getByTestId("dashboard");
  await expect(dashboard).toHaveAttribute("data-source", /\w+/);
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
  await saveScreenshot(page, "dashboard");
});
