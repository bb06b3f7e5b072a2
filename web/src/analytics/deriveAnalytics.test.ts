import { describe, expect, it } from "vitest";
import { campaign, lead, phone } from "../test/fixtures";
import { byCategory, byLayer, byPlatform, deriveDashboard, summarize, timeline, UNCATEGORISED, type CampaignLeads } from "./deriveAnalytics";

const nov = { from: "2026-11-01", to: "2026-11-30" };

function input(): CampaignLeads[] {
  return [
    {
      campaign: campaign({ id: "c1", startedAt: "2026-11-02T09:00:00Z" }),
      leads: [
        lead({ name: "A", url: "a", foundAt: "2026-11-02T10:00:00Z", phones: [phone("+14165550101", 0.99, ["tel_link", "json_ld"])], emails: [{ address: "a@a.test", confidence: 0.95, layers: ["mailto"] }] }),
        lead({ name: "B", url: "b", foundAt: "2026-11-03T10:00:00Z", phones: [phone("+14165550101", 0.7), phone("+14165550102", 0.7)] }),
        lead({ name: "C", url: "c", foundAt: "2026-11-03T11:00:00Z", category: null }),
      ],
    },
    {
      campaign: campaign({ id: "c2", startedAt: "2026-10-30T09:00:00Z" }),
      leads: [
        lead({ name: "D", url: "d", platform: "website", foundAt: "2026-10-31T10:00:00Z", phones: [phone("+14165550103", 0.95, ["tel_link"])] }),
        lead({ name: "E", url: "e", platform: "website", foundAt: "2026-11-01T00:30:00Z", phones: [phone("+14165550104", 0.5, ["ocr"])] }),
      ],
    },
  ];
}

describe("summarize", () => {
  it("counts leads, distinct and verified phones, and campaigns started in the range", () => {
    expect(summarize(input(), nov)).toEqual({
      leads: 4, // D was found in October
      leadsWithPhone: 3,
      leadsWithEmail: 1,
      phones: 3, // 0101 (twice), 0102, 0104
      verifiedPhones: 1, // only 0101 reached 0.9; 0103 is out of range
      campaigns: 1, // c2 started in October though one of its leads is in November
    });
  });

  it("falls back to the campaign's start for leads without found_at", () => {
    const data = [{ campaign: campaign({ id: "x", startedAt: "2026-11-05T00:00:00Z" }), leads: [lead({ foundAt: null })] }];
    expect(summarize(data, { from: "2026-11-05", to: "2026-11-05" }).leads).toBe(1);
    expect(summarize(data, { from: "2026-11-06", to: "2026-11-06" }).leads).toBe(0);
  });

  it("counts a campaign without timestamps where its leads are", () => {
    const data = [{ campaign: campaign({ id: "x", startedAt: null, createdAt: null }), leads: [lead({ foundAt: "2026-11-05T00:00:00Z" })] }];
    expect(summarize(data, nov).campaigns).toBe(1);
  });
});

describe("timeline", () => {
  it("fills every bucket, empty ones with zero", () => {
    const points = timeline(input(), { from: "2026-11-01", to: "2026-11-04" }, "daily");
    expect(points).toEqual([
      { bucket: "2026-11-01", leads: 1, leadsWithPhone: 1, phones: 1 },
      { bucket: "2026-11-02", leads: 1, leadsWithPhone: 1, phones: 1 },
      { bucket: "2026-11-03", leads: 2, leadsWithPhone: 1, phones: 2 },
      { bucket: "2026-11-04", leads: 0, leadsWithPhone: 0, phones: 0 },
    ]);
  });

  it("groups by ISO week", () => {
    const points = timeline(input(), { from: "2026-10-26", to: "2026-11-08" }, "weekly");
    expect(points.map((p) => [p.bucket, p.leads])).toEqual([
      ["2026-10-26", 2], // Oct 31 and Sunday Nov 1
      ["2026-11-02", 3],
    ]);
  });
});

describe("breakdowns", () => {
  it("by platform, most leads first", () => {
    expect(byPlatform(input(), nov)).toEqual([
      { key: "directory", leads: 3, phones: 2 },
      { key: "website", leads: 1, phones: 1 },
    ]);
  });

  it("by category, with missing categories named", () => {
    expect(byCategory(input(), nov)).toEqual([
      { key: "Dentist", leads: 3, phones: 3 },
      { key: UNCATEGORISED, leads: 1, phones: 0 },
    ]);
  });

  it("folds categories past the top N into Other", () => {
    const leads = Array.from({ length: 5 }, (_, i) => lead({ name: `n${i}`, url: `u${i}`, category: `cat${i}` }));
    const rows = byCategory([{ campaign: campaign(), leads }], nov, 3);
    expect(rows.map((r) => r.key)).toEqual(["cat0", "cat1", "Other"]);
    expect(rows[2]!.leads).toBe(3);
  });

  it("by layer: a phone counts once per layer that saw it", () => {
    expect(byLayer(input(), nov)).toEqual([
      { key: "visible_text", leads: 0, phones: 2 },
      { key: "json_ld", leads: 0, phones: 1 },
      { key: "ocr", leads: 0, phones: 1 },
      { key: "tel_link", leads: 0, phones: 1 },
    ]);
  });
});

describe("deriveDashboard", () => {
  it("compares the current week with the previous one", () => {
    const d = deriveDashboard(input(), "weekly", "2026-11-04");
    expect(d.source).toBe("derived");
    expect(d.comparison.current).toEqual({ from: "2026-11-02", to: "2026-11-04" });
    expect(d.comparison.metrics.leads).toEqual({ current: 3, previous: 2, delta: 1, percent: 50 });
    expect(d.comparison.metrics.campaigns).toEqual({ current: 1, previous: 1, delta: 0, percent: 0 });
    expect(d.timeline).toHaveLength(12);
  });

  it("gives no percentage against an empty previous period", () => {
    const d = deriveDashboard(input(), "daily", "2026-11-02");
    expect(d.comparison.metrics.verifiedPhones).toEqual({ current: 1, previous: 0, delta: 1, percent: null });
  });
});
