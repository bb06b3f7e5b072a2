import { ApiError } from "../api/ApiError";
import type { AnalyticsRoute, LeadIntelClient } from "../api/LeadIntelClient";
import type { CampaignLeadsCache } from "../campaigns/CampaignLeadsCache";
import type { DashboardData, Period } from "./dashboardData";
import { deriveDashboard } from "./deriveAnalytics";
import { parseBreakdown, parseComparison, parseSummary, parseTimeline } from "./parseAnalytics";
import { comparisonRanges, timelineRange } from "./periods";

/** While the API lacks analytics routes, how often to look again (so the app switches without a reload). */
export const API_RECHECK_MS = 60_000;

/**
 * The dashboard's one data source: the analytics API (issue 7) when the server has it, otherwise the same
 * shapes derived from campaign leads. A 404 from any analytics route selects the derived path.
 */
export class AnalyticsSource {
  private apiMissingSince: number | null = null;

  constructor(
    private readonly client: LeadIntelClient,
    private readonly leads: CampaignLeadsCache,
    private readonly now: () => number = Date.now,
  ) {}

  async load(period: Period, today: string): Promise<DashboardData> {
    const skipApi = this.apiMissingSince !== null && this.now() - this.apiMissingSince < API_RECHECK_MS;
    if (!skipApi) {
      try {
        const data = await this.fromApi(period, today);
        this.apiMissingSince = null;
        return data;
      } catch (error) {
        if (!(error instanceof ApiError && error.isNotFound)) throw error;
        this.apiMissingSince = this.now();
      }
    }
    return deriveDashboard(await this.leads.all(), period, today);
  }

  private async fromApi(period: Period, today: string): Promise<DashboardData> {
    const range = timelineRange(period, today);
    const ranges = comparisonRanges(period, today);
    const q = { period, from: range.from, to: range.to };
    const get = (route: AnalyticsRoute, query: Record<string, string> = q) => this.client.analytics(route, query);
    // Summary first: on a server without analytics it is the only request made.
    const summary = await get("summary");
    const [timeline, platforms, categories, layers, compare] = await Promise.all([
      get("timeline"),
      get("platforms"),
      get("categories"),
      get("layers"),
      get("compare", { period, to: today }),
    ]);
    return {
      source: "api",
      period,
      range,
      summary: parseSummary(summary),
      timeline: parseTimeline(timeline),
      platforms: parseBreakdown(platforms, "platform", "leads"),
      categories: parseBreakdown(categories, "category", "leads"),
      layers: parseBreakdown(layers, "layer", "phones"),
      comparison: parseComparison(compare, ranges),
    };
  }
}
