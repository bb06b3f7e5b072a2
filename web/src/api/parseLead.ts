import type { BoxGeometry, Email, Lead, Phone, PhoneEvidence } from "./contract";
import { arr, bool, isObject, listOf, num, str, strings, type WireObject } from "./wireFields";

export function parseBox(raw: unknown): BoxGeometry | null {
  if (!isObject(raw)) return null;
  const x = num(raw, "x");
  const y = num(raw, "y");
  const width = num(raw, "width");
  const height = num(raw, "height");
  const normX = num(raw, "norm_x");
  const normY = num(raw, "norm_y");
  const normWidth = num(raw, "norm_width");
  const normHeight = num(raw, "norm_height");
  const hasPixels = x !== null && y !== null && width !== null && height !== null;
  const hasNorm = normX !== null && normY !== null && normWidth !== null && normHeight !== null;
  if (!hasPixels && !hasNorm) return null;
  return { x: x ?? 0, y: y ?? 0, width: width ?? 0, height: height ?? 0, normX, normY, normWidth, normHeight };
}

function parseEvidence(raw: unknown): PhoneEvidence | null {
  if (!isObject(raw)) return null;
  const layer = str(raw, "layer");
  if (!layer) return null;
  return {
    layer,
    confidence: num(raw, "confidence") ?? 0,
    context: str(raw, "context") ?? "",
    box: parseBox((raw as WireObject).box),
    source: str(raw, "source"),
  };
}

export function parsePhone(raw: unknown): Phone | null {
  if (typeof raw === "string") {
    // A CSV-flattened or minimal server may send bare E.164 strings.
    return { e164: raw, national: raw, raw, extension: null, type: "unknown", region: "", fictional: false, confidence: 0, evidence: [] };
  }
  if (!isObject(raw)) return null;
  const e164 = str(raw, "e164", "E164");
  if (!e164) return null;
  return {
    e164,
    national: str(raw, "national") ?? e164,
    raw: str(raw, "raw") ?? e164,
    extension: str(raw, "extension"),
    type: str(raw, "type") ?? "unknown",
    region: str(raw, "region") ?? "",
    fictional: bool(raw, "fictional") ?? false,
    confidence: num(raw, "confidence") ?? 0,
    evidence: arr(raw, "evidence").map(parseEvidence).filter((e): e is PhoneEvidence => e !== null),
  };
}

function parseEmail(raw: unknown): Email | null {
  if (typeof raw === "string") return { address: raw, confidence: 0, layers: [] };
  if (!isObject(raw)) return null;
  const address = str(raw, "address", "email");
  if (!address) return null;
  const layers = [...strings(raw, "layers"), ...arr(raw, "evidence").map((e) => (isObject(e) ? str(e, "layer") : null))].filter(
    (l): l is string => l !== null,
  );
  return { address, confidence: num(raw, "confidence") ?? 0, layers: [...new Set(layers)] };
}

/** One lead from the leads JSON; null when it lacks the fields every lead has (a name or a URL). */
export function parseLead(raw: unknown): Lead | null {
  if (!isObject(raw)) return null;
  const name = str(raw, "name");
  const url = str(raw, "url");
  if (!name && !url) return null;
  return {
    platform: str(raw, "platform") ?? "unknown",
    query: str(raw, "query") ?? "",
    name: name ?? url ?? "",
    url: url ?? "",
    website: str(raw, "website"),
    phones: arr(raw, "phones").map(parsePhone).filter((p): p is Phone => p !== null),
    emails: arr(raw, "emails").map(parseEmail).filter((e): e is Email => e !== null),
    category: str(raw, "category"),
    address: str(raw, "address"),
    latitude: num(raw, "latitude", "lat"),
    longitude: num(raw, "longitude", "lng", "lon"),
    rating: num(raw, "rating"),
    reviewsCount: num(raw, "reviews_count"),
    hours: str(raw, "hours"),
    description: str(raw, "description"),
    kind: str(raw, "kind"),
    foundAt: str(raw, "found_at"),
  };
}

export function parseLeads(raw: unknown): Lead[] {
  return listOf(raw, "leads").map(parseLead).filter((l): l is Lead => l !== null);
}

/** A stable identity for a lead, so live events and polled lists merge without duplicates. */
export function leadKey(lead: Lead): string {
  return `${lead.platform}|${lead.url}|${lead.name}`;
}

