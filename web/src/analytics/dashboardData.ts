/** What the dashboard shows, whichever source (analytics API or derived from campaign leads) produced it. */

export type Period = "daily" | "weekly" | "monthly";

export const PERIODS: readonly Period[] = ["daily", "weekly", "monthly"];

/** Inclusive range of UTC dates, ISO `YYYY-MM-DD`, as the analytics API takes them. */
export interface DateRange {
  from: string;
  to: string;
}

export interface Summary {
  leads: number;
  leadsWithPhone: number;
  leadsWithEmail: number;
  /** Distinct E.164 numbers. */
  phones: number;
  /** Distinct numbers with fused confidence ≥ 0.9: a structured source (tel: link, JSON-LD) or several layers. */
  verifiedPhones: number;
  campaigns: number;
}

export const SUMMARY_METRICS = ["leads", "phones", "verifiedPhones", "campaigns", "leadsWithPhone", "leadsWithEmail"] as const;

export type SummaryMetric = (typeof SUMMARY_METRICS)[number];

export interface TimelinePoint {
  /** First day of the bucket (the day, the ISO week's Monday, or the month's 1st). */
  bucket: string;
  leads: number;
  leadsWithPhone: number;
  phones: number;
}

export interface Breakdown {
  key: string;
  leads: number;
  /** Leads with at least one phone (platforms, categories) or phones seen by the layer (layers). */
  phones: number;
}

export interface MetricDelta {
  current: number;
  previous: number;
  delta: number;
  /** Change relative to the previous period in percent; null when the previous value is 0. */
  percent: number | null;
}

export interface Comparison {
  current: DateRange;
  previous: DateRange;
  metrics: Record<SummaryMetric, MetricDelta>;
}

export type DashboardSource = "api" | "derived";

export interface DashboardData {
  source: DashboardSource;
  period: Period;
  range: DateRange;
  summary: Summary;
  timeline: TimelinePoint[];
  platforms: Breakdown[];
  categories: Breakdown[];
  layers: Breakdown[];
  comparison: Comparison;
}

export function metricDelta(current: number, previous: number): MetricDelta {
  const delta = current - previous;
  return { current, previous, delta, percent: previous === 0 ? null : Math.round((delta / previous) * 1000) / 10 };
}

export function compareSummaries(current: Summary, previous: Summary, ranges: { current: DateRange; previous: DateRange }): Comparison {
  const metrics = {} as Record<SummaryMetric, MetricDelta>;
  for (const m of SUMMARY_METRICS) metrics[m] = metricDelta(current[m], previous[m]);
  return { current: ranges.current, previous: ranges.previous, metrics };
}
