import { ApiError } from "../api/ApiError";
import { TERMINAL_STATUSES, type Campaign, type Lead } from "../api/contract";
import type { LeadIntelClient } from "../api/LeadIntelClient";
import type { CampaignLeads } from "../analytics/deriveAnalytics";

/** How many leads requests run at once when many campaigns are read. */
export const LEADS_FETCH_CONCURRENCY = 4;

/**
 * Leads of every campaign, for the client-side fallbacks (derived dashboard, date-range export).
 * A finished campaign's leads never change, so they are fetched once; running ones are fetched each time.
 */
export class CampaignLeadsCache {
  private readonly finished = new Map<string, Lead[]>();

  constructor(private readonly client: LeadIntelClient) {}

  async all(): Promise<CampaignLeads[]> {
    const campaigns = await this.client.listCampaigns();
    const out: CampaignLeads[] = new Array(campaigns.length);
    let next = 0;
    const worker = async () => {
      while (next < campaigns.length) {
        const i = next++;
        const campaign = campaigns[i]!;
        out[i] = { campaign, leads: await this.leadsOf(campaign) };
      }
    };
    await Promise.all(Array.from({ length: Math.min(LEADS_FETCH_CONCURRENCY, campaigns.length) }, worker));
    return out;
  }

  private async leadsOf(campaign: Campaign): Promise<Lead[]> {
    const cached = this.finished.get(campaign.id);
    if (cached) return cached;
    let leads: Lead[];
    try {
      leads = await this.client.getLeads(campaign.id);
    } catch (error) {
      // A campaign that failed before writing any lead has none to read.
      if (error instanceof ApiError && error.isNotFound) leads = [];
      else throw error;
    }
    if (TERMINAL_STATUSES.has(campaign.status)) this.finished.set(campaign.id, leads);
    return leads;
  }
}
