import { describe, expect, it } from "vitest";
import { fakeFetch } from "../test/fakeFetch";
import { ApiError, describeError } from "./ApiError";
import { filenameFromDisposition, LeadIntelClient } from "./LeadIntelClient";
import { NetworkError } from "./NetworkError";

describe("LeadIntelClient", () => {
  it("posts a campaign with the contract's body and reads the 202 answer", async () => {
    const f = fakeFetch({
      "POST /api/campaigns": { status: 202, body: { id: "abc123", status_url: "/api/campaigns/abc123", leads_url: "/api/campaigns/abc123/leads" } },
    });
    const client = new LeadIntelClient({ baseUrl: "", fetch: f.fetch });
    const created = await client.createCampaign({
      queries: ["dentists in Toronto"],
      platforms: ["directory"],
      max_results: 100,
      region: "CA",
      filters: { location: "Toronto" },
    });
    expect(created).toEqual({ id: "abc123", statusUrl: "/api/campaigns/abc123", leadsUrl: "/api/campaigns/abc123/leads" });
    expect(f.calls[0]!.url).toBe("/api/campaigns");
    expect(f.calls[0]!.headers["Content-Type"]).toBe("application/json");
    expect(f.calls[0]!.body).toEqual({ queries: ["dentists in Toronto"], platforms: ["directory"], max_results: 100, region: "CA", filters: { location: "Toronto" } });
  });

  it("joins a configured base URL without doubling slashes and sends the user seam header", async () => {
    const f = fakeFetch({ "GET /api/campaigns": { body: [] } });
    const client = new LeadIntelClient({ baseUrl: "https://api.example.test/", userId: "alice", fetch: f.fetch });
    await client.listCampaigns();
    expect(f.calls[0]!.url).toBe("https://api.example.test/api/campaigns");
    expect(f.calls[0]!.headers["X-User-Id"]).toBe("alice");
    expect(client.hubUrl).toBe("https://api.example.test/hubs/live");
  });

  it("omits X-User-Id when no user is configured", async () => {
    const f = fakeFetch({ "GET /api/campaigns": { body: { campaigns: [] } } });
    await new LeadIntelClient({ baseUrl: "", fetch: f.fetch }).listCampaigns();
    expect(f.calls[0]!.headers["X-User-Id"]).toBeUndefined();
  });

  it("turns a problem+json 400 into an ApiError with the offending field", async () => {
    const f = fakeFetch({
      "POST /api/campaigns": {
        status: 400,
        headers: { "content-type": "application/problem+json" },
        body: { type: "about:blank", title: "Invalid campaign", status: 400, detail: "unknown platform 'myspace'", errors: { platforms: ["unknown platform 'myspace'"] } },
      },
    });
    const client = new LeadIntelClient({ baseUrl: "", fetch: f.fetch });
    const error = await client.createCampaign({ queries: ["x"], platforms: ["website"], max_results: 1, region: "US", filters: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const api = error as ApiError;
    expect(api.status).toBe(400);
    expect(api.message).toBe("unknown platform 'myspace'");
    expect(api.fieldErrors).toEqual({ platforms: ["unknown platform 'myspace'"] });
    expect(describeError(api)).toContain("platforms: unknown platform 'myspace'");
  });

  it("reads a single `field` member as that field's error", () => {
    const error = ApiError.fromBody(400, "Bad Request", JSON.stringify({ title: "Bad request", detail: "must be 1..1000", field: "max_results" }));
    expect(error.fieldErrors).toEqual({ max_results: ["must be 1..1000"] });
  });

  it("keeps a plain-text error body as the message", () => {
    expect(ApiError.fromBody(500, "Internal Server Error", "boom").message).toBe("boom");
    expect(ApiError.fromBody(502, "Bad Gateway", "").message).toBe("502 Bad Gateway");
  });

  it("flags 404 so callers can fall back", async () => {
    const client = new LeadIntelClient({ baseUrl: "", fetch: fakeFetch({}).fetch });
    const error = await client.analytics("summary", { period: "daily" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).isNotFound).toBe(true);
  });

  it("wraps a refused connection in a NetworkError", async () => {
    const f = fakeFetch({ "GET /api/campaigns": new TypeError("Failed to fetch") });
    const error = await new LeadIntelClient({ baseUrl: "", fetch: f.fetch }).listCampaigns().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(describeError(error)).toContain("could not be reached");
  });

  it("asks for JSON leads and parses them", async () => {
    const f = fakeFetch({
      "GET /api/campaigns/c%201/leads": {
        body: [{ platform: "directory", query: "q", name: "A", url: "http://a.test", phones: [{ e164: "+14165550147", confidence: 0.99, evidence: [] }], emails: ["a@a.test"], found_at: "2026-11-02T10:00:00Z" }],
      },
    });
    const leads = await new LeadIntelClient({ baseUrl: "", fetch: f.fetch }).getLeads("c 1");
    expect(f.calls[0]!.url).toBe("/api/campaigns/c%201/leads?format=json");
    expect(leads).toHaveLength(1);
    expect(leads[0]!.phones[0]!.e164).toBe("+14165550147");
    expect(leads[0]!.emails[0]!.address).toBe("a@a.test");
  });

  it("posts stop, pause and resume to their routes", async () => {
    const f = fakeFetch({
      "POST /api/campaigns/c1/stop": { status: 202 },
      "POST /api/campaigns/c1/pause": { status: 202 },
      "POST /api/campaigns/c1/resume": { status: 409, body: { title: "Conflict", detail: "campaign is not paused" } },
    });
    const client = new LeadIntelClient({ baseUrl: "", fetch: f.fetch });
    await client.changeCampaign("c1", "stop");
    await client.changeCampaign("c1", "pause");
    const error = await client.changeCampaign("c1", "resume").catch((e: unknown) => e);
    expect((error as ApiError).status).toBe(409);
    expect((error as ApiError).message).toBe("campaign is not paused");
    expect(f.calls.map((c) => c.url)).toEqual(["/api/campaigns/c1/stop", "/api/campaigns/c1/pause", "/api/campaigns/c1/resume"]);
  });

  it("builds export URLs with only the parameters given", () => {
    const client = new LeadIntelClient({ baseUrl: "", fetch: fakeFetch({}).fetch });
    expect(client.exportUrl({ format: "xlsx", from: "2026-11-01", to: "2026-11-30" })).toBe("/api/exports?format=xlsx&from=2026-11-01&to=2026-11-30");
    expect(client.leadsUrl("c1", "csv")).toBe("/api/campaigns/c1/leads?format=csv");
  });

  it("names a download from Content-Disposition", async () => {
    const f = fakeFetch({ "GET /api/exports": { body: "a,b\r\n", headers: { "content-disposition": 'attachment; filename="leads-nov.csv"' } } });
    const client = new LeadIntelClient({ baseUrl: "", fetch: f.fetch });
    const d = await client.download(client.exportUrl({ format: "csv" }), "fallback.csv");
    expect(d.filename).toBe("leads-nov.csv");
    expect(await d.blob.text()).toBe("a,b\r\n");
  });
});

describe("filenameFromDisposition", () => {
  it.each([
    ['attachment; filename="a b.csv"', "a b.csv"],
    ["attachment; filename=plain.json", "plain.json"],
    ["attachment; filename=\"ascii.xlsx\"; filename*=UTF-8''caf%C3%A9.xlsx", "café.xlsx"],
    ["attachment", null],
    [null, null],
  ])("%s → %s", (header, expected) => {
    expect(filenameFromDisposition(header)).toBe(expected);
  });
});
