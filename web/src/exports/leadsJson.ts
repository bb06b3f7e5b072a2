import type { BoxGeometry, Lead } from "../api/contract";

function wireBox(box: BoxGeometry | null) {
  if (!box) return null;
  return { x: box.x, y: box.y, width: box.width, height: box.height, norm_x: box.normX, norm_y: box.normY, norm_width: box.normWidth, norm_height: box.normHeight };
}

/** A lead back in the API's snake_case JSON shape, for exports built in the browser. */
export function leadToWire(lead: Lead): Record<string, unknown> {
  return {
    platform: lead.platform,
    query: lead.query,
    name: lead.name,
    url: lead.url,
    website: lead.website,
    phones: lead.phones.map((p) => ({
      e164: p.e164,
      national: p.national,
      raw: p.raw,
      extension: p.extension,
      type: p.type,
      region: p.region,
      fictional: p.fictional,
      confidence: p.confidence,
      evidence: p.evidence.map((e) => ({ layer: e.layer, confidence: e.confidence, context: e.context, box: wireBox(e.box), source: e.source })),
    })),
    emails: lead.emails.map((e) => ({ address: e.address, confidence: e.confidence, layers: e.layers })),
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

export function leadsToJson(leads: readonly Lead[]): string {
  return JSON.stringify(leads.map(leadToWire), null, 2);
}
