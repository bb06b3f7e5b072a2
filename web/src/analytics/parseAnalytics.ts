import { field, isObject, listOf, num, str, type WireObject } from "../api/wireFields";
import { compareSummaries, type Breakdown, type Comparison, type DateRange, type Summary, type TimelinePoint } from "./dashboardData";

/** Parsers for the analytics API (issue 7 item 2). Lenient about envelopes and casing, strict about numbers. */

function unwrap(raw: unknown, ...names: string[]): WireObject {
  if (!isObject(raw)) return {};
  for (const n of names) {
    const inner = field(raw, n);
    if (isObject(inner)) return inner;
  }
  return raw;
}

export function parseSummary(raw: unknown): Summary {
  const o = unwrap(raw, "summary", "totals", "cards");
  return {
    leads: num(o, "leads") ?? 0,
    leadsWithPhone: num(o, "leads_with_phone") ?? 0,
    leadsWithEmail: num(o, "leads_with_email") ?? 0,
    phones: num(o, "distinct_phones", "phones") ?? 0,
    verifiedPhones: num(o, "verified_phones") ?? 0,
    campaigns: num(o, "campaigns") ?? 0,
  };
}

export function parseTimeline(raw: unknown): TimelinePoint[] {
  return listOf(raw, "timeline", "points", "buckets")
    .map((p): TimelinePoint | null => {
      if (!isObject(p)) return null;
      const bucket = str(p, "bucket", "period_start", "start", "date", "period");
      if (!bucket) return null;
      return {
        bucket: bucket.slice(0, 10),
        leads: num(p, "leads") ?? 0,
        leadsWithPhone: num(p, "leads_with_phone") ?? 0,
        phones: num(p, "distinct_phones", "phones") ?? 0,
      };
    })
    .filter((p): p is TimelinePoint => p !== null)
    .sort((a, b) => a.bucket.localeCompare(b.bucket));
}

/**
 * A breakdown by one dimension: a list of rows naming their key (`platform`, `category`, `layer`, `key`…)
 * or an object keyed by the dimension's values.
 */
export function parseBreakdown(raw: unknown, dimension: string, countField: "leads" | "phones"): Breakdown[] {
  const plural = dimension.endsWith("y") ? `${dimension.slice(0, -1)}ies` : `${dimension}s`;
  const envelope = Array.isArray(raw) ? raw : isObject(raw) ? [dimension, plural, "items", "rows", "data"].map((n) => field(raw, n)).find(Array.isArray) : undefined;
  let rows: Breakdown[] = [];
  if (envelope) {
    rows = envelope
      .map((r): Breakdown | null => {
        if (!isObject(r)) return null;
        const key = str(r, dimension, "key", "name", "value");
        return key === null ? null : rowCounts(key, r, countField);
      })
      .filter((r): r is Breakdown => r !== null);
  } else if (isObject(raw)) {
    rows = Object.entries(raw).map(([key, v]) =>
      typeof v === "number" ? { key, leads: countField === "leads" ? v : 0, phones: countField === "phones" ? v : 0 } : rowCounts(key, isObject(v) ? v : {}, countField),
    );
  }
  // Counted by phones (the layers chart), a row that saw none is an email-only layer such as mailto: not on a phones chart.
  if (countField === "phones") rows = rows.filter((r) => r.phones > 0);
  return rows.sort((a, b) => b[countField] - a[countField] || a.key.localeCompare(b.key));
}

function rowCounts(key: string, r: WireObject, countField: "leads" | "phones"): Breakdown {
  const leads = num(r, "leads", ...(countField === "leads" ? ["count"] : [])) ?? 0;
  const phones =
    countField === "phones"
      ? (num(r, "phones", "distinct_phones", "count", "leads") ?? 0)
      : (num(r, "leads_with_phone", "phones") ?? 0);
  return { key, leads, phones };
}

function parseRange(o: WireObject, fallback: DateRange): DateRange {
  return { from: str(o, "from", "start")?.slice(0, 10) ?? fallback.from, to: str(o, "to", "end")?.slice(0, 10) ?? fallback.to };
}

/** `/compare`: the current and previous periods' summaries; deltas are recomputed here so both sources agree. */
export function parseComparison(raw: unknown, fallback: { current: DateRange; previous: DateRange }): Comparison {
  const o = isObject(raw) ? raw : {};
  const currentRaw = field(o, "current", "this_period");
  const previousRaw = field(o, "previous", "previous_period");
  const current = isObject(currentRaw) ? currentRaw : {};
  const previous = isObject(previousRaw) ? previousRaw : {};
  return compareSummaries(parseSummary(current), parseSummary(previous), {
    current: parseRange(isObject(field(current, "range")) ? (field(current, "range") as WireObject) : current, fallback.current),
    previous: parseRange(isObject(field(previous, "range")) ? (field(previous, "range") as WireObject) : previous, fallback.previous),
  });
}
