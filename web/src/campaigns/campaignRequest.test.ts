import { describe, expect, it } from "vitest";
import { buildCampaignRequest, EMPTY_FORM, mapServerErrors } from "./campaignRequest";

describe("buildCampaignRequest", () => {
  it("builds the contract body: trimmed, deduplicated queries; only the filters set", () => {
    const result = buildCampaignRequest({
      ...EMPTY_FORM,
      queries: " dentists in Toronto \n\nplumbers in Toronto\ndentists in Toronto",
      platforms: ["google_maps", "directory"],
      location: " Toronto ",
      maxResults: "120",
      region: "ca",
    });
    expect(result).toEqual({
      ok: true,
      request: {
        queries: ["dentists in Toronto", "plumbers in Toronto"],
        platforms: ["directory", "google_maps"],
        max_results: 120,
        region: "CA",
        filters: { location: "Toronto" },
        options: { crawl_website: true, extract_emails: true, ocr: true },
      },
    });
  });

  it("sends the student filters for LinkedIn", () => {
    const r = buildCampaignRequest({ ...EMPTY_FORM, queries: "x", platforms: ["linkedin"], studentOnly: true, fieldOfStudy: "Computer Science" });
    expect(r.ok && r.request.filters).toEqual({ student_only: true, field_of_study: "Computer Science" });
  });

  it("asks browser platforms to read images or not, and never sends ocr without a browser platform", () => {
    const maps = buildCampaignRequest({ ...EMPTY_FORM, queries: "x", platforms: ["google_maps", "directory"] });
    expect(maps.ok && maps.request.options).toEqual({ crawl_website: true, extract_emails: true, ocr: true });
    const noOcr = buildCampaignRequest({ ...EMPTY_FORM, queries: "x", platforms: ["linkedin"], enrichment: { ...EMPTY_FORM.enrichment, ocr: false } });
    expect(noOcr.ok && noOcr.request.options?.ocr).toBe(false);
    const directory = buildCampaignRequest({ ...EMPTY_FORM, queries: "x", enrichment: { ...EMPTY_FORM.enrichment, ocr: false } });
    expect(directory.ok && directory.request.options).toBeUndefined();
  });

  it("sends enrichment options only when they differ from the defaults", () => {
    const plain = buildCampaignRequest({ ...EMPTY_FORM, queries: "x" });
    expect(plain.ok && plain.request.options).toBeUndefined();
    const noCrawl = buildCampaignRequest({ ...EMPTY_FORM, queries: "x", enrichment: { ...EMPTY_FORM.enrichment, crawl_website: false } });
    expect(noCrawl.ok && noCrawl.request.options).toEqual({ crawl_website: false, extract_emails: true });
  });

  it("reports every invalid field at once", () => {
    expect(buildCampaignRequest({ ...EMPTY_FORM, queries: "  \n ", platforms: [], maxResults: "0", region: "USA" })).toEqual({
      ok: false,
      errors: {
        queries: "Enter at least one query.",
        platforms: "Choose at least one platform.",
        maxResults: "A whole number from 1 to 1000.",
        region: "A two-letter country code, e.g. US, CA, GB.",
      },
    });
    const r = buildCampaignRequest({ ...EMPTY_FORM, queries: "x", maxResults: "2.5" });
    expect(r.ok).toBe(false);
  });

  it("holds the API's limits: max_results up to 1000, at most 100 query × platform searches", () => {
    expect(buildCampaignRequest({ ...EMPTY_FORM, queries: "x", maxResults: "1000" }).ok).toBe(true);
    expect(buildCampaignRequest({ ...EMPTY_FORM, queries: "x", maxResults: "1001" })).toMatchObject({ ok: false, errors: { maxResults: "A whole number from 1 to 1000." } });
    const fifty = Array.from({ length: 50 }, (_, i) => `query ${i}`).join("\n");
    expect(buildCampaignRequest({ ...EMPTY_FORM, queries: fifty, platforms: ["directory", "google_maps"] }).ok).toBe(true);
    expect(buildCampaignRequest({ ...EMPTY_FORM, queries: fifty, platforms: ["directory", "google_maps", "linkedin"] })).toMatchObject({
      ok: false,
      errors: { queries: "At most 100 searches (queries × platforms) per campaign; this is 150." },
    });
    expect(buildCampaignRequest({ ...EMPTY_FORM, queries: "q".repeat(501) })).toMatchObject({ ok: false, errors: { queries: "A query has at most 500 characters." } });
  });
});

describe("mapServerErrors", () => {
  it("maps the API's field names onto the form", () => {
    expect(mapServerErrors({ max_results: ["out of range"], "filters.location": ["too long"], "$.queries[0]": ["empty"], body: ["too large"] }, "x")).toEqual({
      maxResults: "out of range",
      location: "too long",
      queries: "empty",
      form: "too large",
    });
    expect(mapServerErrors({}, "Server said no")).toEqual({ form: "Server said no" });
  });
});
