import { describe, expect, it } from "vitest";
import { overallFraction } from "../campaigns/progressFraction";
import { COMPLETED_CAMPAIGN, COMPLETED_LEAD, CONFLICT_BODY, PAUSED_LIST, RUNNING_CAMPAIGN, STOPPED_CAMPAIGN } from "../test/apiPayloads";
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
    expect(c.enrichment).toEqual({ crawl_website: true, extract_emails: false });
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
    expect(c.enrichment).toEqual({ crawl_website: true, extract_emails: true });
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
