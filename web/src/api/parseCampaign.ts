import {
  CAMPAIGN_STATUSES,
  DEFAULT_ENRICHMENT,
  type EnrichmentOptions,
  type Campaign,
  type CampaignCreated,
  type CampaignError,
  type CampaignFilters,
  type CampaignStatus,
  type PlatformProgress,
} from "./contract";
import { bool, field, isObject, listOf, num, str, strings, type WireObject } from "./wireFields";

// Durable Task runtime names, in case a status is passed through unmapped.
const RUNTIME_STATUS: Record<string, CampaignStatus> = {
  terminated: "stopped",
  canceled: "stopped",
  cancelled: "stopped",
  suspended: "paused",
  continuedasnew: "running",
};

export function parseStatus(raw: unknown): CampaignStatus {
  if (typeof raw !== "string") return "pending";
  const s = raw.toLowerCase().replace(/[^a-z]/g, "");
  if ((CAMPAIGN_STATUSES as readonly string[]).includes(s)) return s as CampaignStatus;
  return RUNTIME_STATUS[s] ?? "pending";
}

function parseProgressEntry(platformHint: string | null, raw: unknown): PlatformProgress | null {
  if (!isObject(raw)) return null;
  const platform = str(raw, "platform") ?? platformHint;
  if (!platform) return null;
  const errorsField = field(raw, "errors");
  return {
    platform,
    found: num(raw, "found", "discovered") ?? 0,
    processed: num(raw, "processed", "done") ?? 0,
    phones: num(raw, "phones") ?? 0,
    errors: Array.isArray(errorsField) ? errorsField.length : (num(raw, "errors") ?? 0),
    target: num(raw, "target", "total", "max_results"),
  };
}

/**
 * Per-platform progress, summed over queries. Accepts the shapes a Durable custom status plausibly takes:
 * an array of entries with `platform` (optionally per query), an object keyed by platform, or either
 * nested under `platforms`.
 */
export function parseProgress(raw: unknown): PlatformProgress[] {
  let entries: PlatformProgress[] = [];
  if (Array.isArray(raw)) {
    entries = raw.map((e) => parseProgressEntry(null, e)).filter((e): e is PlatformProgress => e !== null);
  } else if (isObject(raw)) {
    const nested = field(raw, "platforms", "by_platform");
    if (nested !== undefined && (Array.isArray(nested) || isObject(nested))) return parseProgress(nested);
    entries = Object.entries(raw)
      .map(([platform, value]) => parseProgressEntry(platform, value))
      .filter((e): e is PlatformProgress => e !== null);
  }
  const byPlatform = new Map<string, PlatformProgress>();
  for (const e of entries) {
    const sum = byPlatform.get(e.platform);
    if (!sum) {
      byPlatform.set(e.platform, { ...e });
      continue;
    }
    sum.found += e.found;
    sum.processed += e.processed;
    sum.phones += e.phones;
    sum.errors += e.errors;
    sum.target = sum.target === null || e.target === null ? (sum.target ?? e.target) : sum.target + e.target;
  }
  return [...byPlatform.values()];
}

function parseErrors(raw: unknown): CampaignError[] {
  return listOf(raw, "errors")
    .map((e): CampaignError | null => {
      if (typeof e === "string") return { platform: null, query: null, message: e };
      if (!isObject(e)) return null;
      const message = str(e, "message", "error", "detail", "reason");
      return message ? { platform: str(e, "platform"), query: str(e, "query"), message } : null;
    })
    .filter((e): e is CampaignError => e !== null);
}

function parseEnrichment(raw: unknown): EnrichmentOptions {
  if (!isObject(raw)) return { ...DEFAULT_ENRICHMENT };
  return {
    crawl_website: bool(raw, "crawl_website") ?? DEFAULT_ENRICHMENT.crawl_website,
    extract_emails: bool(raw, "extract_emails") ?? DEFAULT_ENRICHMENT.extract_emails,
    // Absent or null: the worker's default (images are read on Google Maps).
    ocr: bool(raw, "ocr") ?? DEFAULT_ENRICHMENT.ocr,
  };
}

function parseFilters(raw: unknown): CampaignFilters {
  if (!isObject(raw)) return {};
  const f: CampaignFilters = {};
  const location = str(raw, "location");
  const category = str(raw, "category");
  // The API echoes every filter, `student_only: false` included; only a true one filters anything.
  const studentOnly = bool(raw, "student_only");
  const fieldOfStudy = str(raw, "field_of_study");
  if (location) f.location = location;
  if (category) f.category = category;
  if (studentOnly) f.student_only = true;
  if (fieldOfStudy) f.field_of_study = fieldOfStudy;
  return f;
}

// Durable Task hands custom status over as serialized JSON; a thin API may pass that string through.
function parseMaybeJson(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

export function parseCampaign(raw: unknown): Campaign | null {
  if (!isObject(raw)) return null;
  const id = str(raw, "id", "campaign_id", "instance_id");
  if (!id) return null;
  // Input may be echoed at the top level or under `input`/`request`.
  const inputRaw = field(raw, "input", "request");
  const input: WireObject = isObject(inputRaw) ? inputRaw : raw;
  const custom = parseMaybeJson(field(raw, "custom_status"));
  const progressRaw = field(raw, "progress") ?? (isObject(custom) ? (field(custom, "progress") ?? custom) : undefined);
  const errorsRaw = field(raw, "errors") ?? (isObject(custom) ? field(custom, "errors") : undefined);
  const queries = strings(input, "queries");
  const platforms = strings(input, "platforms");
  const maxResults = num(input, "max_results");
  let progress = parseProgress(progressRaw);
  if (maxResults !== null && queries.length > 0) {
    progress = progress.map((p) => ({ ...p, target: p.target ?? maxResults * queries.length }));
  }
  return {
    id,
    status: parseStatus(field(raw, "status", "runtime_status")),
    queries,
    platforms: platforms.length > 0 ? platforms : progress.map((p) => p.platform),
    maxResults,
    region: str(input, "region"),
    filters: parseFilters(field(input, "filters")),
    enrichment: parseEnrichment(field(input, "options")),
    createdAt: str(raw, "created_at", "created"),
    startedAt: str(raw, "started_at", "created_at", "created"),
    completedAt: str(raw, "completed_at", "finished_at", "ended_at"),
    updatedAt: str(raw, "updated_at", "last_updated_at"),
    progress,
    errors: parseErrors(errorsRaw),
    leadsCount: num(raw, "lead_count", "leads_count"),
    failure: str(raw, "failure"),
  };
}

export function parseCampaigns(raw: unknown): Campaign[] {
  return listOf(raw, "campaigns").map(parseCampaign).filter((c): c is Campaign => c !== null);
}

export function parseCreated(raw: unknown): CampaignCreated {
  const obj = isObject(raw) ? raw : {};
  const id = str(obj, "id", "campaign_id", "instance_id");
  if (!id) throw new Error("The server accepted the campaign but did not return its id.");
  return { id, statusUrl: str(obj, "status_url", "status_query_get_uri"), leadsUrl: str(obj, "leads_url") };
}
