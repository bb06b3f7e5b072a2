import type { DateRange, Period } from "./dashboardData";

/** Calendar arithmetic in UTC on ISO dates. Weeks start on Monday (ISO 8601), as the analytics API counts them. */

const DAY_MS = 86_400_000;

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function parseIsoDate(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

export function addDays(date: string, days: number): string {
  return isoDate(parseIsoDate(date) + days * DAY_MS);
}

export function addMonths(date: string, months: number): string {
  const d = new Date(parseIsoDate(date));
  return isoDate(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
}

/** First day of the bucket that holds `date`. */
export function bucketStart(date: string, period: Period): string {
  if (period === "daily") return date.slice(0, 10);
  if (period === "monthly") return `${date.slice(0, 7)}-01`;
  const ms = parseIsoDate(date);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return isoDate(ms - weekday * DAY_MS);
}

/** Last day of the bucket that starts at `start`. */
export function bucketEnd(start: string, period: Period): string {
  if (period === "daily") return start;
  if (period === "weekly") return addDays(start, 6);
  return addDays(addMonths(start, 1), -1);
}

export function nextBucket(start: string, period: Period): string {
  if (period === "daily") return addDays(start, 1);
  if (period === "weekly") return addDays(start, 7);
  return addMonths(start, 1);
}

/** How many buckets the dashboard's timeline spans for each period. */
export const TIMELINE_BUCKETS: Record<Period, number> = { daily: 30, weekly: 12, monthly: 12 };

/** The timeline's range: the last N buckets up to and including today. */
export function timelineRange(period: Period, today: string): DateRange {
  let from = bucketStart(today, period);
  for (let i = 1; i < TIMELINE_BUCKETS[period]; i++) from = bucketStart(addDays(from, -1), period);
  return { from, to: today };
}

/** Every bucket start from `range.from` to `range.to`, so a timeline has no gaps. */
export function bucketsIn(range: DateRange, period: Period): string[] {
  const out: string[] = [];
  for (let b = bucketStart(range.from, period); b <= range.to; b = nextBucket(b, period)) out.push(b);
  return out;
}

/** This period so far (its first day to today) and the whole previous period. */
export function comparisonRanges(period: Period, today: string): { current: DateRange; previous: DateRange } {
  const start = bucketStart(today, period);
  const previousStart = bucketStart(addDays(start, -1), period);
  return { current: { from: start, to: today }, previous: { from: previousStart, to: addDays(start, -1) } };
}

/** The UTC date of an ISO timestamp, or null when it is not one. */
export function dateOf(timestamp: string | null): string | null {
  if (!timestamp) return null;
  const ms = Date.parse(timestamp);
  return Number.isFinite(ms) ? isoDate(ms) : null;
}

export function inRange(date: string | null, range: DateRange): boolean {
  return date !== null && date >= range.from && date <= range.to;
}
