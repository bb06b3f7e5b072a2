import { describe, expect, it } from "vitest";
import { LeadIntelClient } from "../api/LeadIntelClient";
import { CampaignLeadsCache } from "../campaigns/CampaignLeadsCache";
import { fakeFetch, type Answer } from "../test/fakeFetch";
import { API_RECHECK_MS, AnalyticsSource } from "./AnalyticsSource";

const campaignsRoute: Record<string, Answer> = {
  "GET /api/campaigns": { body: [{ id: "c1", status: "completed", started_at: "2026-11-02T09:00:00Z" }] },
  "GET /api/campaigns/c1/leads": { body: [{ platform: "directory", name: "A", url: "a", found_at: "2026-11-02T10:00:00Z", phones: [{ e164: "+14165550101", confidence: 0.99, evidence: [{ layer: "tel_link", confidence: 0.95, context: "" }] }] }] },
};

const analyticsRoutes: Record<string, Answer> = {
  "GET /api/analytics/summary": { body: { leads: 100, leads_with_phone: 80, leads_with_email: 10, verified_phones: 50, campaigns: 4, distinct_phones: 70 } },
  "GET /api/analytics/timeline": { body: [{ bucket: "2026-11-02", leads: 100 }] },
  "GET /api/analytics/platforms": { body: [{ platform: "google_maps", leads: 100 }] },
  "GET /api/analytics/categories": { body: [{ category: "Cafe", leads: 100 }] },
  "GET /api/analytics/layers": { body: [{ layer: "tel_link", phones: 70 }] },
  "GET /api/analytics/compare": { body: { current: { leads: 100 }, previous: { leads: 50 } } },
};

function source(routes: Record<string, Answer>, clock = { t: 0 }) {
  const f = fakeFetch(routes);
  const client = new LeadIntelClient({ baseUrl: "", fetch: f.fetch });
  return { src: new AnalyticsSource(client, new CampaignLeadsCache(client), () => clock.t), calls: f.calls, clock };
}

describe("AnalyticsSource", () => {
  it("uses the analytics API when the server has it", async () => {
    const { src, calls } = source({ ...campaignsRoute, ...analyticsRoutes });
    const d = await src.load("daily", "2026-11-04");
    expect(d.source).toBe("api");
    expect(d.summary.leads).toBe(100);
    expect(d.layers).toEqual([{ key: "tel_link", leads: 0, phones: 70 }]);
    expect(d.comparison.metrics.leads.percent).toBe(100);
    expect(calls.find((c) => c.url.startsWith("/api/analytics/summary"))!.url).toBe("/api/analytics/summary?period=daily&from=2026-10-06&to=2026-11-04");
    expect(calls.some((c) => c.url.startsWith("/api/campaigns"))).toBe(false);
  });

  it("derives the same shapes from campaign leads while the routes answer 404", async () => {
    const { src } = source(campaignsRoute);
    const d = await src.load("daily", "2026-11-04");
    expect(d.source).toBe("derived");
    expect(d.summary).toMatchObject({ leads: 1, phones: 1, verifiedPhones: 1, campaigns: 1 });
    expect(d.layers).toEqual([{ key: "tel_link", leads: 0, phones: 1 }]);
  });

  it("stops asking the API after a 404, then looks again once the recheck interval passed", async () => {
    const routes: Record<string, Answer> = { ...campaignsRoute };
    const { src, calls, clock } = source(routes);
    await src.load("daily", "2026-11-04");
    const summaryCalls = () => calls.filter((c) => c.url.startsWith("/api/analytics/summary")).length;
    expect(summaryCalls()).toBe(1);
    clock.t = API_RECHECK_MS - 1;
    await src.load("daily", "2026-11-04");
    expect(summaryCalls()).toBe(1);
    Object.assign(routes, analyticsRoutes); // the backend gained the routes
    clock.t = API_RECHECK_MS;
    expect((await src.load("daily", "2026-11-04")).source).toBe("api");
  });

  it("reports other failures instead of hiding them behind the fallback", async () => {
    const { src } = source({ ...campaignsRoute, "GET /api/analytics/summary": { status: 500, body: { title: "storage down" } } });
    await expect(src.load("daily", "2026-11-04")).rejects.toThrow("storage down");
  });

  it("fetches a finished campaign's leads once", async () => {
    const { src, calls } = source(campaignsRoute);
    await src.load("daily", "2026-11-04");
    await src.load("weekly", "2026-11-04");
    expect(calls.filter((c) => c.url.startsWith("/api/campaigns/c1/leads"))).toHaveLength(1);
  });
});
