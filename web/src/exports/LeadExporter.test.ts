import { describe, expect, it } from "vitest";
import { LeadIntelClient } from "../api/LeadIntelClient";
import { CampaignLeadsCache } from "../campaigns/CampaignLeadsCache";
import { fakeFetch, type Answer } from "../test/fakeFetch";
import { LeadExporter } from "./LeadExporter";

const campaigns: Record<string, Answer> = {
  "GET /api/campaigns": { body: [{ id: "c1", status: "completed", started_at: "2026-11-01T00:00:00Z" }] },
  "GET /api/campaigns/c1/leads": {
    body: [
      { platform: "directory", name: "In", url: "a", found_at: "2026-11-02T10:00:00Z" },
      { platform: "website", name: "Other platform", url: "b", found_at: "2026-11-02T10:00:00Z" },
      { platform: "directory", name: "Late", url: "c", found_at: "2026-11-09T10:00:00Z" },
    ],
  },
};

function exporter(routes: Record<string, Answer>) {
  const f = fakeFetch(routes);
  const client = new LeadIntelClient({ baseUrl: "", fetch: f.fetch });
  return { exporter: new LeadExporter(client, new CampaignLeadsCache(client)), calls: f.calls };
}

describe("LeadExporter", () => {
  it("downloads a campaign's CSV from the leads route", async () => {
    const { exporter: e, calls } = exporter({ "GET /api/campaigns/c1/leads": { body: "platform,name\r\n" } });
    const result = await e.campaign("c1", "csv");
    expect(calls[0]!.url).toBe("/api/campaigns/c1/leads?format=csv");
    expect(result).toMatchObject({ filename: "leads-c1.csv", source: "api" });
  });

  it("asks /api/exports for a campaign's Excel file and explains when the server lacks it", async () => {
    const { exporter: e, calls } = exporter({});
    await expect(e.campaign("c1", "xlsx")).rejects.toThrow(/Excel export needs/);
    expect(calls[0]!.url).toBe("/api/exports?format=xlsx&campaign=c1");
  });

  it("uses the server's export for a date range when it exists", async () => {
    const { exporter: e, calls } = exporter({ "GET /api/exports": { body: "x" } });
    const result = await e.range({ format: "xlsx", from: "2026-11-01", to: "2026-11-07" });
    expect(result.source).toBe("api");
    expect(calls[0]!.url).toBe("/api/exports?format=xlsx&from=2026-11-01&to=2026-11-07");
  });

  it("builds a range CSV in the browser from campaign leads while /api/exports is missing", async () => {
    const { exporter: e } = exporter(campaigns);
    const result = await e.range({ format: "csv", from: "2026-11-01", to: "2026-11-07", platform: "directory" });
    expect(result.source).toBe("browser");
    expect(result.filename).toBe("leads-2026-11-01_2026-11-07-directory.csv");
    const text = await result.blob.text();
    const rows = text.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain("In");
  });

  it("builds a range JSON in the browser too", async () => {
    const { exporter: e } = exporter(campaigns);
    const result = await e.range({ format: "json", from: "2026-11-01", to: "2026-11-30" });
    const parsed = JSON.parse(await result.blob.text()) as { name: string }[];
    expect(parsed.map((l) => l.name)).toEqual(["In", "Other platform", "Late"]);
  });

  it("rejects a reversed range before calling the server", async () => {
    const { exporter: e, calls } = exporter(campaigns);
    await expect(e.range({ format: "csv", from: "2026-11-08", to: "2026-11-01" })).rejects.toThrow(/after the end/);
    expect(calls).toHaveLength(0);
  });

  it("passes server errors other than 404 through", async () => {
    const { exporter: e } = exporter({ "GET /api/exports": { status: 400, body: { title: "Bad range", detail: "span exceeds 366 days" } } });
    await expect(e.range({ format: "csv", from: "2020-01-01", to: "2026-11-01" })).rejects.toThrow("span exceeds 366 days");
  });
});
