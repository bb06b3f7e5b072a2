import type { Lead } from "../api/contract";
import { csvRow } from "./csvCell";

/** Column order of the leads CSV, the same as the API's (`GET /api/campaigns/{id}/leads?format=csv`). */
export const LEAD_COLUMNS = [
  "platform",
  "query",
  "name",
  "url",
  "website",
  "phones",
  "emails",
  "category",
  "address",
  "latitude",
  "longitude",
  "rating",
  "reviews_count",
  "hours",
  "description",
  "kind",
  "found_at",
] as const;

export type LeadColumn = (typeof LEAD_COLUMNS)[number];

/** Phones flattened for one cell: E.164 (with ;ext=), best first, separated by "; ". */
export function flattenPhones(lead: Lead): string {
  return [...lead.phones]
    .sort((a, b) => b.confidence - a.confidence)
    .map((p) => (p.extension ? `${p.e164};ext=${p.extension}` : p.e164))
    .join("; ");
}

export function leadCells(lead: Lead): Record<LeadColumn, string | number | null> {
  return {
    platform: lead.platform,
    query: lead.query,
    name: lead.name,
    url: lead.url,
    website: lead.website,
    phones: flattenPhones(lead),
    emails: lead.emails.map((e) => e.address).join("; "),
    category: lead.category,
    address: lead.address,
    latitude: lead.latitude,
    longitude: lead.longitude,
    rating: lead.rating,
    reviews_count: lead.reviewsCount,
    hours: lead.hours,
    description: lead.description,
    kind: lead.kind,
    found_at: lead.foundAt,
  };
}

/** The whole CSV text; `bom` prefixes a UTF-8 byte order mark so Excel reads accents right. */
export function leadsToCsv(leads: readonly Lead[], options: { bom?: boolean } = {}): string {
  const parts = [options.bom ? "\uFEFF" : "", csvRow(LEAD_COLUMNS)];
  for (const lead of leads) {
    const cells = leadCells(lead);
    parts.push(csvRow(LEAD_COLUMNS.map((c) => cells[c])));
  }
  return parts.join("");
}
