import { ApiError } from "../api/ApiError";
import type { ExportFormat, Lead } from "../api/contract";
import type { Download, LeadIntelClient } from "../api/LeadIntelClient";
import type { CampaignLeads } from "../analytics/deriveAnalytics";
import { dateOf, inRange } from "../analytics/periods";
import type { CampaignLeadsCache } from "../campaigns/CampaignLeadsCache";
import { leadsToCsv } from "./leadsCsv";
import { leadsToJson } from "./leadsJson";

export interface RangeExport {
  format: ExportFormat;
  from: string;
  to: string;
  platform?: string;
}

export interface ExportResult extends Download {
  /** "api" when the server produced the file, "browser" when it was built here from campaign leads. */
  source: "api" | "browser";
}

const EXCEL_NEEDS_API = "Excel export needs the server's exports API (/api/exports), which this server does not have yet. CSV and JSON work.";

/** Every download the app offers, with browser-side fallbacks while the server lacks /api/exports. */
export class LeadExporter {
  constructor(
    private readonly client: LeadIntelClient,
    private readonly leads: CampaignLeadsCache,
  ) {}

  async campaign(id: string, format: ExportFormat): Promise<ExportResult> {
    const name = `leads-${id}.${format}`;
    if (format !== "xlsx") return { ...(await this.client.download(this.client.leadsUrl(id, format), name)), source: "api" };
    try {
      return { ...(await this.client.download(this.client.exportUrl({ format, campaign: id }), name)), source: "api" };
    } catch (error) {
      if (error instanceof ApiError && error.isNotFound) throw new Error(EXCEL_NEEDS_API);
      throw error;
    }
  }

  async range(query: RangeExport): Promise<ExportResult> {
    if (!query.from || !query.to) throw new Error("Choose both a start and an end date.");
    if (query.from > query.to) throw new Error("The start date is after the end date.");
    const name = `leads-${query.from}_${query.to}${query.platform ? `-${query.platform}` : ""}.${query.format}`;
    try {
      return { ...(await this.client.download(this.client.exportUrl(query), name)), source: "api" };
    } catch (error) {
      if (!(error instanceof ApiError && error.isNotFound)) throw error;
    }
    if (query.format === "xlsx") throw new Error(EXCEL_NEEDS_API);
    const leads = selectLeads(await this.leads.all(), query);
    const blob =
      query.format === "csv"
        ? new Blob([leadsToCsv(leads, { bom: true })], { type: "text/csv;charset=utf-8" })
        : new Blob([leadsToJson(leads)], { type: "application/json" });
    return { blob, filename: name, source: "browser" };
  }
}

/** Leads found within the inclusive UTC date range (and on one platform, when given). */
export function selectLeads(input: CampaignLeads[], query: Pick<RangeExport, "from" | "to" | "platform">): Lead[] {
  const range = { from: query.from, to: query.to };
  return input.flatMap(({ campaign, leads }) =>
    leads.filter((l) => inRange(dateOf(l.foundAt) ?? dateOf(campaign.startedAt ?? campaign.createdAt), range) && (!query.platform || l.platform === query.platform)),
  );
}
