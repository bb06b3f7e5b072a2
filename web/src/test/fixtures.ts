import type { Campaign, Lead, Phone } from "../api/contract";

export function phone(e164: string, confidence: number, layers: string[] = ["visible_text"]): Phone {
  return {
    e164,
    national: e164,
    raw: e164,
    extension: null,
    type: "fixed_line",
    region: "CA",
    fictional: true,
    confidence,
    evidence: layers.map((layer) => ({ layer, confidence, context: `Call ${e164}`, box: null, source: null })),
  };
}

export function lead(overrides: Partial<Lead> = {}): Lead {
  return {
    platform: "directory",
    query: "dentists in Toronto",
    name: "Maple Dental",
    url: "http://127.0.0.1:7071/demo/directory/maple-dental",
    website: "http://maple-dental.test",
    phones: [],
    emails: [],
    category: "Dentist",
    address: "1 King St W, Toronto",
    latitude: 43.6487,
    longitude: -79.3817,
    rating: null,
    reviewsCount: null,
    hours: null,
    description: null,
    kind: "business",
    foundAt: "2026-11-02T10:00:00Z",
    ...overrides,
  };
}

export function campaign(overrides: Partial<Campaign> = {}): Campaign {
  return {
    id: "c1",
    status: "completed",
    queries: ["dentists in Toronto"],
    platforms: ["directory"],
    maxResults: 50,
    region: "CA",
    filters: {},
    enrichment: { crawl_website: true, extract_emails: true, ocr: true },
    createdAt: "2026-11-02T09:59:00Z",
    startedAt: "2026-11-02T09:59:00Z",
    completedAt: "2026-11-02T10:05:00Z",
    updatedAt: null,
    progress: [],
    errors: [],
    leadsCount: null,
    failure: null,
    ...overrides,
  };
}
