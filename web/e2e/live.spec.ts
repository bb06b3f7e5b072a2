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

  // Boxes come and go as the worker moves from page to page: read one and the stage in a single step.
  const seen: { box?: { e164: string | null; inside: boolean } } = {};
  await expect
    .poll(
      async () => {
        seen.box = await stage.evaluate((el) => {
          const box = el.querySelector('[data-testid="phone-box"]');
          if (!box) return undefined;
          const [s, b] = [el.getBoundingClientRect(), box.getBoundingClientRect()];
          const inside = b.left >= s.left - 1 && b.top >= s.top - 1 && b.right <= s.right + 1 && b.bottom <= s.bottom + 1;
          return { e164: box.getAttribute("data-e164"), inside };
        });
        return seen.box !== undefined;
      },
      { timeout: 60_000, intervals: [100] },
    )
    .toBe(true);
  await saveScreenshot(page, "scraper-live-phones");
  expect(seen.box!.e164).toMatch(/^\+1\d{3}55501\d\d$/);
  // The box sits over the picture, not beside it.
  expect(seen.box!.inside).toBe(true);

  await expect.poll(async () => (await getCampaign(api, id)).status, { timeout: 90_000, intervals: [500] }).toBe("completed");
  const campaign = await getCampaign(api, id);
  expect(campaign.lead_count).toBe(6);
});
