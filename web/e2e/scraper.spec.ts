import { readFile } from "node:fs/promises";
import { campaignIdFrom, expect, getCampaign, saveScreenshot, test } from "./fixtures";
import { csvRecords } from "./csv";

interface LeadJson {
  name: string;
  platform: string;
  query: string;
  phones: { e164: string }[];
}

test("a directory campaign started from the form streams into the results table and downloads as CSV", async ({ page, api }) => {
  await page.goto("/");
  const form = page.getByTestId("campaign-form");
  await form.getByLabel("Queries").fill("dentists in Toronto");
  await expect(form.getByLabel("Directory (demo)")).toBeChecked();
  await form.getByLabel("Region").fill("CA");
  await page.getByTestId("start-campaign").click();

  await expect(page).toHaveURL(/task=cmp-/);
  const id = campaignIdFrom(page);
  const table = page.getByTestId("results-table");
  const badge = page.getByTestId("status-badge").first();

  // Watch the table while the campaign runs: every row count it shows, and one picture mid-run.
  const counts: number[] = [];
  let pictured = false;
  await expect
    .poll(
      async () => {
        const count = Number(await table.getAttribute("data-count"));
        counts.push(count);
        const status = await badge.getAttribute("data-status");
        if (!pictured && count > 0 && status === "running") {
          pictured = true;
          await saveScreenshot(page, "scraper-running");
        }
        return status;
      },
      { timeout: 75_000, intervals: [250] },
    )
    .toBe("completed");

  const campaign = await getCampaign(api, id);
  expect(campaign.status).toBe("completed");
  const leadCount = campaign.lead_count ?? 0;
  expect(leadCount).toBeGreaterThan(0);
  await expect(table).toHaveAttribute("data-count", String(leadCount));
  // Streamed: the table showed some of the leads before it showed all of them.
  expect(pictured).toBe(true);
  expect(counts.some((n) => n > 0 && n < leadCount), `row counts seen: ${[...new Set(counts)].join(", ")}`).toBe(true);
  await expect(page.getByTestId("platform-progress-directory")).toContainText(`${campaign.progress?.processed}/`);

  const leads = (await (await api.get(`api/campaigns/${id}/leads?format=json`)).json()) as LeadJson[];
  expect(leads).toHaveLength(leadCount);
  await expect(page.getByTestId("results-row").first()).toContainText(leads[0]!.name);
  await saveScreenshot(page, "scraper-completed");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-csv").click()]);
  expect(download.suggestedFilename()).toBe(`${id}.csv`);
  const rows = csvRecords(await readFile((await download.path())!, "utf8"));
  expect(rows).toHaveLength(leadCount);
  expect(rows.map((r) => r.name).sort()).toEqual(leads.map((l) => l.name).sort());
  for (const row of rows) {
    expect(row.platform).toBe("directory");
    expect(row.query).toBe("dentists in Toronto");
    const lead = leads.find((l) => l.name === row.name)!;
    expect(row.phones).toBe(lead.phones.map((p) => p.e164).join("; "));
  }
  expect(rows.filter((r) => /^\+1\d{10}(; \+\d{8,15})*$/.test(r.phones ?? "")).length).toBeGreaterThan(leadCount / 2);
  await expect(page.getByTestId("download-message")).toContainText(`${id}.csv`);
});
