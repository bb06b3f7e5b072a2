import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import path from "node:path";
import { ARTIFACTS } from "./localStack";

export { expect };

/** The running stack's address, set by the global setup. */
export function stackUrl(): string {
  const url = process.env.LEADINTEL_E2E_URL;
  if (!url) throw new Error("LEADINTEL_E2E_URL is not set: run through playwright.config.ts (its global setup starts the stack)");
  return url;
}

/** localStorage key of the first-visit notice (src/consent/consentStore.ts). */
export const CONSENT_KEY = "leadintel.consent.v1";

interface Fixtures {
  /** The API of the running stack, for setting up and checking what the UI did. */
  api: APIRequestContext;
  /** Whether the first-visit notice counts as accepted before the page loads (default true). */
  consented: boolean;
}

export const test = base.extend<Fixtures>({
  consented: [true, { option: true }],
  baseURL: async ({}, use) => use(stackUrl()),
  page: async ({ page, consented }, use) => {
    if (consented) await page.addInitScript((key) => localStorage.setItem(key, new Date().toISOString()), CONSENT_KEY);
    await use(page);
  },
  api: async ({ playwright }, use) => {
    const api = await playwright.request.newContext({ baseURL: stackUrl() });
    await use(api);
    await api.dispose();
  },
});

/** Saves the page as web/e2e/artifacts/<name>.png and attaches it to the test's report. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  await test.info().attach(name, { path: file, contentType: "image/png" });
  return file;
}

export interface CampaignJson {
  id: string;
  status: string;
  lead_count: number | null;
  progress: { found: number; processed: number; leads: number } | null;
}

/** GET /api/campaigns/{id} as the app's user. */
export async function getCampaign(api: APIRequestContext, id: string): Promise<CampaignJson> {
  const response = await api.get(`api/campaigns/${id}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as CampaignJson;
}

/** The campaign id in the page's hash route (#/scraper?task=<id> or #/tasks/<id>). */
export function campaignIdFrom(page: Page): string {
  const hash = new URL(page.url()).hash;
  const id = /[?&]task=([^&]+)/.exec(hash)?.[1] ?? /^#\/tasks\/([^/?]+)/.exec(hash)?.[1];
  if (!id) throw new Error(`no campaign id in ${page.url()}`);
  return decodeURIComponent(id);
}

/**
 * A completed campaign with leads: one an earlier test left, or "plumbers in Toronto" on the directory
 * started and waited for here, so a test does not depend on the order tests run in.
 */
export async function completedCampaign(api: APIRequestContext): Promise<CampaignJson> {
  const campaigns = (await (await api.get("api/campaigns")).json()) as CampaignJson[];
  const done = campaigns.find((c) => c.status === "completed" && (c.lead_count ?? 0) > 0);
  if (done) return done;
  const created = await api.post("api/campaigns", { data: { queries: ["plumbers in Toronto"], platforms: ["directory"], region: "CA" } });
  expect(created.status()).toBe(202);
  const { id } = (await created.json()) as { id: string };
  await expect.poll(async () => (await getCampaign(api, id)).status, { timeout: 75_000 }).toBe("completed");
  return getCampaign(api, id);
}
