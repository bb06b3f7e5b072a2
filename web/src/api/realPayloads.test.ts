import { describe, expect, it } from "vitest";
import { overallFraction } from "../campaigns/progressFraction";
import { parseBreakdown, parseComparison, parseSummary, parseTimeline } from "../analytics/parseAnalytics";
import {
  ANALYTICS_CATEGORIES,
  ANALYTICS_COMPARE,
  ANALYTICS_LAYERS,
  ANALYTICS_PLATFORMS,
  ANALYTICS_SUMMARY,
  ANALYTICS_TIMELINE,
  COMPLETED_CAMPAIGN,
  COMPLETED_LEAD,
  CONFLICT_BODY,
  PAUSED_LIST,
  RUNNING_CAMPAIGN,
  STOPPED_CAMPAIGN,
} from "../test/apiPayloads";
import { ApiError } from "./ApiError";
import { parseCampaign, parseCampaigns } from "./parseCampaign";
import { parseLead } from "./parseLead";

/** The parsers against answers captured from `leadintel up --demo` (see test/apiPayloads.ts). */
describe("the real API's answers", () => {
  it("a running campaign: start time, the echoed filters that filter, per-platform progress with its target", () => {
    const c = parseCampaign(RUNNING_CAMPAIGN)!;
    expect(c).toMatchObject({
      id: RUNNING_CAMPAIGN.id,
      status: "running",
      queries: ["dentists", "cafes", "plumbers"],
      platforms: ["directory"],
      maxResults: 40,
      region: "US",
      createdAt: RUNNING_CAMPAIGN.created_at,
      startedAt: RUNNING_CAMPAIGN.started_at,
      completedAt: null,
      leadsCount: null,
      failure: null,
    });
    expect(c.startedAt).not.toBe(c.createdAt);
    expect(c.enrichment).toEqual({ crawl_website: true, extract_emails: false, ocr: true });
    // `student_only: false` and null filters are echoed by the API but filter nothing.
    expect(c.filters).toEqual({ location: "Toronto" });
    expect(c.progress).toEqual([{ platform: "directory", found: 120, processed: 0, phones: 0, errors: 0, target: 120 }]);
  });

  it("the campaign list carries progress for each entry", () => {
    const [c] = parseCampaigns(PAUSED_LIST);
    expect(c?.status).toBe("paused");
    expect(c?.progress).toEqual([{ platform: "directory", found: 120, processed: 0, phones: 0, errors: 0, target: 120 }]);
    expect(c?.startedAt).toBe(PAUSED_LIST[0]?.started_at);
  });

  it("a stopped campaign ends when it was stopped", () => {
    const c = parseCampaign(STOPPED_CAMPAIGN)!;
    expect(c.status).toBe("stopped");
    expect(c.completedAt).toBe(STOPPED_CAMPAIGN.completed_at);
  });

  it("a completed campaign: lead_count, full progress", () => {
    const c = parseCampaign(COMPLETED_CAMPAIGN)!;
    expect(c.status).toBe("completed");
    expect(c.leadsCount).toBe(5);
    expect(c.enrichment).toEqual({ crawl_website: true, extract_emails: true, ocr: true });
    expect(c.progress).toEqual([{ platform: "directory", found: 5, processed: 5, phones: 9, errors: 0, target: 5 }]);
    expect(overallFraction(c.progress, c.status)).toBe(1);
  });

  it("a lead with its phones, evidence and emails", () => {
    const lead = parseLead(COMPLETED_LEAD)!;
    expect(lead).toMatchObject({ platform: "directory", query: "dentists in Toronto", name: COMPLETED_LEAD.name, category: "Dentist", kind: "business" });
    expect(lead.reviewsCount).toBe(COMPLETED_LEAD.reviews_count);
    expect(lead.foundAt).toBe(COMPLETED_LEAD.found_at);
    expect(lead.phones.map((p) => p.e164)).toEqual(COMPLETED_LEAD.phones.map((p) => p.e164));
    expect(lead.phones[0]?.evidence.map((e) => e.layer)).toContain("tel_link");
  });

  it("a 409 problem: the server's sentence, no field errors", () => {
    const error = ApiError.fromBody(409, "Conflict", CONFLICT_BODY);
    expect(error.status).toBe(409);
    expect(error.message).toMatch(/is stopped: it cannot be stopped\.$/);
    expect(error.fieldErrors).toEqual({});
  });
});

describe("the real analytics API's answers", () => {
  it("summary: cards count distinct phones", () => {
    expect(parseSummary(ANALYTICS_SUMMARY)).toEqual({ leads: 16, leadsWithPhone: 16, leadsWithEmail: 15, phones: 26, verifiedPhones: 11, campaigns: 1 });
  });

  it("timeline: one point per day of the range, in order", () => {
    const points = parseTimeline(ANALYTICS_TIMELINE);
    expect(points.map((p) => p.bucket)).toEqual(["2026-11-24", "2026-11-25", "2026-11-26"]);
    expect(points[2]).toEqual({ bucket: "2026-11-26", leads: 16, leadsWithPhone: 16, phones: 26 });
  });

  it("breakdowns: platforms and categories by leads (with phone), layers by phones", () => {
    expect(parseBreakdown(ANALYTICS_PLATFORMS, "platform", "leads")).toEqual([{ key: "directory", leads: 16, phones: 16 }]);
    expect(parseBreakdown(ANALYTICS_CATEGORIES, "category", "leads").map((b) => b.key)).toEqual(["Dentist", "Plumber"]);
    const layers = parseBreakdown(ANALYTICS_LAYERS, "layer", "phones");
    expect(layers[0]).toEqual({ key: "website_crawl", leads: 16, phones: 26 });
    expect(layers.find((l) => l.key === "tel_link")?.phones).toBe(8);
    // The API's layer dimension includes email layers; the phones chart leaves out those that saw no phone.
    expect(ANALYTICS_LAYERS.items.map((i) => i.key)).toContain("mailto");
    expect(layers.map((l) => l.key)).toEqual(["website_crawl", "json_ld", "visible_text", "tel_link"]);
  });

  it("compare: today against yesterday, with the server's ranges", () => {
    const c = parseComparison(ANALYTICS_COMPARE, { current: { from: "x", to: "x" }, previous: { from: "y", to: "y" } });
    expect(c.current).toEqual({ from: "2026-11-26", to: "2026-11-26" });
    expect(c.previous).toEqual({ from: "2026-11-25", to: "2026-11-25" });
    expect(c.metrics.leads).toEqual({ current: 16, previous: 0, delta: 16, percent: null });
  });
});
