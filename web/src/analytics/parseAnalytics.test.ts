import { describe, expect, it } from "vitest";
import { parseBreakdown, parseComparison, parseSummary, parseTimeline } from "./parseAnalytics";

describe("analytics API parsing", () => {
  it("reads the summary cards of issue 7", () => {
    expect(parseSummary({ leads: 10, leads_with_phone: 7, leads_with_email: 3, verified_phones: 5, campaigns: 2, distinct_phones: 8 })).toEqual({
      leads: 10,
      leadsWithPhone: 7,
      leadsWithEmail: 3,
      verifiedPhones: 5,
      campaigns: 2,
      phones: 8,
    });
    expect(parseSummary({ summary: { leads: 1 } }).leads).toBe(1);
  });

  it("reads and orders a timeline under any common envelope", () => {
    const points = parseTimeline({ period: "daily", points: [{ date: "2026-11-02", leads: 2 }, { bucket: "2026-11-01T00:00:00Z", leads: 1, leads_with_phone: 1 }] });
    expect(points).toEqual([
      { bucket: "2026-11-01", leads: 1, leadsWithPhone: 1, phones: 0 },
      { bucket: "2026-11-02", leads: 2, leadsWithPhone: 0, phones: 0 },
    ]);
  });

  it("reads breakdowns as lists or as objects keyed by the dimension", () => {
    const list = parseBreakdown([{ platform: "website", leads: 1, leads_with_phone: 1 }, { platform: "directory", leads: 4, leads_with_phone: 2 }], "platform", "leads");
    const map = parseBreakdown({ website: { leads: 1, leads_with_phone: 1 }, directory: { leads: 4, leads_with_phone: 2 } }, "platform", "leads");
    expect(list).toEqual([
      { key: "directory", leads: 4, phones: 2 },
      { key: "website", leads: 1, phones: 1 },
    ]);
    expect(map).toEqual(list);
    expect(parseBreakdown({ categories: [{ category: "Cafe", leads: 3 }] }, "category", "leads")).toEqual([{ key: "Cafe", leads: 3, phones: 0 }]);
    expect(parseBreakdown({ tel_link: 4, ocr: 1 }, "layer", "phones")).toEqual([
      { key: "tel_link", leads: 0, phones: 4 },
      { key: "ocr", leads: 0, phones: 1 },
    ]);
  });

  it("treats an empty enveloped list as empty, not as an object of dimensions", () => {
    expect(parseBreakdown({ period: "daily", from: "2026-11-01", platforms: [] }, "platform", "leads")).toEqual([]);
  });

  it("recomputes comparison deltas from both periods", () => {
    const fallback = { current: { from: "a", to: "b" }, previous: { from: "c", to: "d" } };
    const c = parseComparison({ current: { from: "2026-11-02", to: "2026-11-04", leads: 30 }, previous: { from: "2026-10-26", to: "2026-11-01", leads: 20 }, deltas: { leads: 999 } }, fallback);
    expect(c.current).toEqual({ from: "2026-11-02", to: "2026-11-04" });
    expect(c.metrics.leads).toEqual({ current: 30, previous: 20, delta: 10, percent: 50 });
    expect(parseComparison(null, fallback).previous).toEqual({ from: "c", to: "d" });
  });
});
