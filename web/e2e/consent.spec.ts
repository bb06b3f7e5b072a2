import { CONSENT_KEY, expect, saveScreenshot, test } from "./fixtures";

test.use({ consented: false });

test("the first visit shows the consent notice, and once accepted it stays away", async ({ page }) => {
  await page.goto("/");
  const modal = page.getByTestId("consent-modal");
  const dialog = page.getByRole("dialog", { name: "Before you start" });
  await expect(dialog).toBeVisible();
  await expect(modal).toContainText("privacy law");
  await expect(page.getByTestId("consent-accept")).toBeFocused();
  await saveScreenshot(page, "consent");

  await page.keyboard.press("Enter");
  await expect(dialog).toHaveCount(0);
  expect(await page.evaluate((key) => localStorage.getItem(key), CONSENT_KEY)).not.toBeNull();

  await page.reload();
  await expect(page.getByTestId("campaign-form")).toBeVisible();
  await expect(dialog).toHaveCount(0);
});
