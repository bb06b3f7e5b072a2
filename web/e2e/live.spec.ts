import { campaignIdFrom, expect, getCampaign, saveScreenshot, test } from "./fixtures";

test("a google_maps campaign started from the form shows the worker's browser live, with boxes over the phones", async ({ page, api }) => {
  await page.goto("/");
  const form = page.getByTestId("campaign-form");
  await form.getByLabel("Queries").fill("dentists in Toronto");
  await form.getByLabel("Directory (demo)").uncheck();
  await form.getByLabel("Google Maps").check();
  await form.getByLabel("Max results").fill("6");
  await form.getByLabel("Region").fill("CA");
  await page.getByTestId("start-campaign").click();

  await expect(page).toHaveURL(/task=cmp-/);
  const id = campaignIdFrom(page);
  // `up --demo` points the adapter at the Google Maps replica and its browser worker screencasts to the hub.
  const stage = page.getByTestId("live-stage");
  const frame = stage.getByTestId("live-frame");
  await expect(frame).toBeVisible({ timeout: 60_000 });
  expect(await frame.getAttribute("src")).toMatch(/^data:image\/jpeg;base64,/);

  const box = stage.getByTestId("phone-box").first();
  await expect(box).toBeVisible({ timeout: 60_000 });
  const [boxRect, stageRect] = [await box.boundingBox(), await stage.boundingBox()];
  await saveScreenshot(page, "scraper-live-phones");
  expect(await box.getAttribute("data-e164")).toMatch(/^\+1\d{3}55501\d\d$/);
  // The box sits over the picture, not beside it.
  expect(boxRect && stageRect).toBeTruthy();
  expect(boxRect!.x).toBeGreaterThanOrEqual(stageRect!.x - 1);
  expect(boxRect!.y).toBeGreaterThanOrEqual(stageRect!.y - 1);
  expect(boxRect!.x + boxRect!.width).toBeLessThanOrEqual(stageRect!.x + stageRect!.width + 1);
  expect(boxRect!.y + boxRect!.height).toBeLessThanOrEqual(stageRect!.y + stageRect!.height + 1);

  await expect.poll(async () => (await getCampaign(api, id)).status, { timeout: 90_000, intervals: [500] }).toBe("completed");
  const campaign = await getCampaign(api, id);
  expect(campaign.lead_count).toBe(6);
});
