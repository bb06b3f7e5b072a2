import { describe, expect, it } from "vitest";
import { parseCampaign, parseCampaigns, parseCreated, parseProgress, parseStatus } from "./parseCampaign";

describe("parseStatus", () => {
  it.each([
    ["running", "running"],
    ["Running", "running"],
    ["paused", "paused"],
    ["Suspended", "paused"],
    ["Terminated", "stopped"],
    ["stopped", "stopped"],
    ["COMPLETED", "completed"],
    ["failed", "failed"],
    ["ContinuedAsNew", "running"],
    ["something-new", "pending"],
    [undefined, "pending"],
  ])("%s → %s", (raw, expected) => {
    expect(parseStatus(raw)).toBe(expected);
  });
});

describe("parseProgress", () => {
  it("sums per-query entries into one row per platform", () => {
    const rows = parseProgress([
      { platform: "directory", query: "a", found: 10, processed: 4, phones: 3, errors: 0 },
      { platform: "directory", query: "b", found: 5, processed: 5, phones: 2, errors: ["timeout"] },
      { platform: "website", query: "c", found: 1, processed: 0, phones: 0, errors: 0 },
    ]);
    expect(rows).toEqual([
      { platform: "directory", found: 15, processed: 9, phones: 5, errors: 1, target: null },
      { platform: "website", found: 1, processed: 0, phones: 0, errors: 0, target: null },
    ]);
  });

  it("reads an object keyed by platform, also nested under `platforms`", () => {
    const flat = parseProgress({ google_maps: { found: 120, processed: 60, phones: 40, errors: 2 } });
    const nested = parseProgress({ platforms: { google_maps: { found: 120, processed: 60, phones: 40, errors: 2 } } });
    expect(flat).toEqual(nested);
    expect(flat[0]).toMatchObject({ platform: "google_maps", found: 120, processed: 60, phones: 40, errors: 2 });
  });

  it("accepts camelCase and ignores junk", () => {
    expect(parseProgress([{ platform: "linkedin", found: 3 }, 42, null, { found: 1 }])).toEqual([
      { platform: "linkedin", found: 3, processed: 0, phones: 0, errors: 0, target: null },
    ]);
    expect(parseProgress(undefined)).toEqual([]);
  });
});

describe("parseCampaign", () => {
  const wire = {
    id: "c42",
    status: "running",
    queries: ["dentists in Toronto", "plumbers in Toronto"],
    platforms: ["directory", "website"],
    max_results: 50,
    region: "CA",
    filters: { location: "Toronto", student_only: false },
    created_at: "2026-11-02T09:00:00Z",
    started_at: "2026-11-02T09:00:01Z",
    completed_at: null,
    progress: { directory: { found: 20, processed: 10, phones: 8, errors: 0 } },
    errors: ["website: example.test timed out", { platform: "directory", query: "plumbers in Toronto", message: "page 3 failed" }],
  };

  it("reads the campaign and fills each platform's target from max_results × queries", () => {
    const c = parseCampaign(wire)!;
    expect(c.id).toBe("c42");
    expect(c.status).toBe("running");
    expect(c.queries).toHaveLength(2);
    expect(c.maxResults).toBe(50);
    expect(c.filters).toEqual({ location: "Toronto" });
    // A server that does not send `options` runs with its defaults.
    expect(c.enrichment).toEqual({ crawl_website: true, extract_emails: true, ocr: true });
    expect(c.startedAt).toBe("2026-11-02T09:00:01Z");
    expect(c.completedAt).toBeNull();
    expect(c.progress).toEqual([{ platform: "directory", found: 20, processed: 10, phones: 8, errors: 0, target: 100 }]);
    expect(c.errors).toEqual([
      { platform: null, query: null, message: "website: example.test timed out" },
      { platform: "directory", query: "plumbers in Toronto", message: "page 3 failed" },
    ]);
  });

  it("reads input nested under `input` and progress from a serialized Durable custom status", () => {
    const c = parseCampaign({
      instanceId: "i-1",
      runtimeStatus: "Suspended",
      input: { queries: ["q"], platforms: ["website"], maxResults: 10 },
      customStatus: JSON.stringify({ progress: [{ platform: "website", found: 1, processed: 1, phones: 1, errors: 0 }] }),
      createdAt: "2026-11-02T09:00:00Z",
    })!;
    expect(c.id).toBe("i-1");
    expect(c.status).toBe("paused");
    expect(c.platforms).toEqual(["website"]);
    expect(c.progress[0]).toMatchObject({ platform: "website", processed: 1, target: 10 });
    expect(c.startedAt).toBe("2026-11-02T09:00:00Z");
  });

  it("skips entries without an id in a list", () => {
    expect(parseCampaigns({ items: [wire, { status: "running" }] }).map((c) => c.id)).toEqual(["c42"]);
    expect(parseCampaigns(null)).toEqual([]);
  });

  it("refuses a creation answer without an id", () => {
    expect(() => parseCreated({ status: "pending" })).toThrow(/id/);
    expect(parseCreated({ id: "x" })).toEqual({ id: "x", statusUrl: null, leadsUrl: null });
  });
});
