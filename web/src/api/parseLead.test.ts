import { describe, expect, it } from "vitest";
import { leadKey, parseBox, parseLead, parseLeads } from "./parseLead";

// A lead as the API returns it: the Core Lead record through LeadIntelJson (snake_case, nulls written).
const wireLead = {
  platform: "google_maps",
  query: "cafes in Lisbon",
  name: "Café Ribeira",
  url: "https://maps.example/place/1",
  website: "https://ribeira.example",
  phones: [
    {
      e164: "+351213456789",
      national: "21 345 6789",
      raw: "+351 21 345 6789",
      extension: null,
      type: "fixed_line",
      region: "PT",
      fictional: false,
      confidence: 0.99,
      evidence: [
        { layer: "tel_link", confidence: 0.95, context: "Ligar +351 21 345 6789", box: { x: 100, y: 2000, width: 120, height: 18, norm_x: 0.078, norm_y: 0.25, norm_width: 0.094, norm_height: 0.0225 }, source: null },
        { layer: "json_ld", confidence: 0.9, context: "telephone", box: null, source: "https://ribeira.example" },
      ],
    },
  ],
  emails: [{ address: "ola@ribeira.example", confidence: 0.95, evidence: [{ layer: "mailto", confidence: 0.95, context: "", source: null }] }],
  category: "Cafe",
  address: "Rua X 1, Lisboa",
  latitude: 38.7,
  longitude: -9.14,
  rating: 4.6,
  reviews_count: 312,
  hours: "Mo-Su 08:00-20:00",
  description: null,
  kind: "business",
  found_at: "2026-11-02T10:00:00+00:00",
};

describe("parseLead", () => {
  it("reads every contract field of a snake_case lead", () => {
    const lead = parseLead(wireLead)!;
    expect(lead).toMatchObject({ platform: "google_maps", name: "Café Ribeira", rating: 4.6, reviewsCount: 312, latitude: 38.7, longitude: -9.14, foundAt: "2026-11-02T10:00:00+00:00" });
    expect(lead.phones[0]!.evidence.map((e) => e.layer)).toEqual(["tel_link", "json_ld"]);
    expect(lead.phones[0]!.evidence[0]!.box).toEqual({ x: 100, y: 2000, width: 120, height: 18, normX: 0.078, normY: 0.25, normWidth: 0.094, normHeight: 0.0225 });
    expect(lead.emails).toEqual([{ address: "ola@ribeira.example", confidence: 0.95, layers: ["mailto"] }]);
  });

  it("reads camelCase too (SignalR's default JSON)", () => {
    const lead = parseLead({ platform: "linkedin", name: "Ana", url: "u", reviewsCount: 3, foundAt: "2026-11-01T00:00:00Z" })!;
    expect(lead.reviewsCount).toBe(3);
    expect(lead.foundAt).toBe("2026-11-01T00:00:00Z");
    expect(lead.phones).toEqual([]);
  });

  it("rejects values that are not leads", () => {
    expect(parseLead({ platform: "website" })).toBeNull();
    expect(parseLead("x")).toBeNull();
    expect(parseLeads({ leads: [wireLead, 3, {}] })).toHaveLength(1);
  });

  it("drops phones without an E.164 and keeps bare strings", () => {
    const lead = parseLead({ name: "n", url: "u", phones: [{ national: "555" }, "+14165550147"] })!;
    expect(lead.phones.map((p) => p.e164)).toEqual(["+14165550147"]);
  });

  it("keys a lead by platform, URL and name", () => {
    const a = parseLead(wireLead)!;
    expect(leadKey(a)).toBe(leadKey(parseLead({ ...wireLead, phones: [] })!));
    expect(leadKey(a)).not.toBe(leadKey(parseLead({ ...wireLead, platform: "website" })!));
  });
});

describe("parseBox", () => {
  it("accepts a box with only normalized coordinates", () => {
    expect(parseBox({ norm_x: 0.1, norm_y: 0.2, norm_width: 0.3, norm_height: 0.05 })).toMatchObject({ x: 0, normX: 0.1, normHeight: 0.05 });
  });
  it("rejects a box with neither pixels nor normalized coordinates", () => {
    expect(parseBox({ x: 1 })).toBeNull();
    expect(parseBox(null)).toBeNull();
  });
});
