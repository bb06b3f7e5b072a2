import type { Campaign, Lead } from "../api/contract";
import {
  compareSummaries,
  type Breakdown,
  type DashboardData,
  type DateRange,
  type Period,
  type Summary,
  type TimelinePoint,
} from "./dashboardData";
import { bucketStart, bucketsIn, comparisonRanges, dateOf, inRange, timelineRange } from "./periods";

/** Fused confidence at or above which a phone counts as verified (see Summary.verifiedPhones). */
export const VERIFIED_CONFIDENCE = 0.9;

export const UNCATEGORISED = "Uncategorised";

/** How many categories the chart shows; the rest are summed under "Other". */
export const TOP_CATEGORIES = 10;

export interface CampaignLeads {
  campaign: Campaign;
  leads: Lead[];
}

interface DatedLead {
  lead: Lead;
  date: string | null;
  campaignId: string;
}

/** A lead's date: when it was found, else when its campaign started. */
function datedLeads(input: CampaignLeads[]): DatedLead[] {
  return input.flatMap(({ campaign, leads }) => {
    const fallback = dateOf(campaign.startedAt ?? campaign.createdAt);
    return leads.map((lead) => ({ lead, date: dateOf(lead.foundAt) ?? fallback, campaignId: campaign.id }));
  });
}

export function summarize(input: CampaignLeads[], range: DateRange): Summary {
  const rows = datedLeads(input).filter((r) => inRange(r.date, range));
  const phones = new Set<string>();
  const verified = new Set<string>();
  const campaignsWithLeads = new Set<string>();
  let leadsWithPhone = 0;
  let leadsWithEmail = 0;
  for (const { lead, campaignId } of rows) {
    campaignsWithLeads.add(campaignId);
    if (lead.phones.length > 0) leadsWithPhone++;
    if (lead.emails.length > 0) leadsWithEmail++;
    for (const p of lead.phones) {
      phones.add(p.e164);
      if (p.confidence >= VERIFIED_CONFIDENCE) verified.add(p.e164);
    }
  }
  // A campaign counts in the range it was started in; one without a start time counts where its leads are.
  const campaigns = new Set(campaignsWithLeads);
  for (const { campaign } of input) {
    const started = dateOf(campaign.startedAt ?? campaign.createdAt);
    if (started === null) continue;
    if (inRange(started, range)) campaigns.add(campaign.id);
    else campaigns.delete(campaign.id);
  }
  return {
    leads: rows.length,
    leadsWithPhone,
    leadsWithEmail,
    phones: phones.size,
    verifiedPhones: verified.size,
    campaigns: campaigns.size,
  };
}

export function timeline(input: CampaignLeads[], range: DateRange, period: Period): TimelinePoint[] {
  const points = new Map<string, TimelinePoint & { phoneSet: Set<string> }>();
  for (const bucket of bucketsIn(range, period)) points.set(bucket, { bucket, leads: 0, leadsWithPhone: 0, phones: 0, phoneSet: new Set() });
  for (const { lead, date } of datedLeads(input)) {
    if (!inRange(date, range) || date === null) continue;
    const point = points.get(bucketStart(date, period));
    if (!point) continue;
    point.leads++;
    if (lead.phones.length > 0) point.leadsWithPhone++;
    for (const p of lead.phones) point.phoneSet.add(p.e164);
  }
  return [...points.values()].map(({ phoneSet, ...p }) => ({ ...p, phones: phoneSet.size }));
}

function breakdown(rows: DatedLead[], keyOf: (lead: Lead) => string): Breakdown[] {
  const out = new Map<string, Breakdown>();
  for (const { lead } of rows) {
    const key = keyOf(lead);
    const b = out.get(key) ?? { key, leads: 0, phones: 0 };
    b.leads++;
    if (lead.phones.length > 0) b.phones++;
    out.set(key, b);
  }
  return [...out.values()].sort((a, b) => b.leads - a.leads || a.key.localeCompare(b.key));
}

export function byPlatform(input: CampaignLeads[], range: DateRange): Breakdown[] {
  return breakdown(datedLeads(input).filter((r) => inRange(r.date, range)), (l) => l.platform);
}

export function byCategory(input: CampaignLeads[], range: DateRange, top = TOP_CATEGORIES): Breakdown[] {
  const all = breakdown(datedLeads(input).filter((r) => inRange(r.date, range)), (l) => l.category?.trim() || UNCATEGORISED);
  if (all.length <= top) return all;
  const rest = all.slice(top - 1).reduce((sum, b) => ({ key: "Other", leads: sum.leads + b.leads, phones: sum.phones + b.phones }), { key: "Other", leads: 0, phones: 0 });
  return [...all.slice(0, top - 1), rest];
}

/** Phones per extraction layer: each phone of each lead counts once for every layer that saw it. */
export function byLayer(input: CampaignLeads[], range: DateRange): Breakdown[] {
  const counts = new Map<string, Breakdown>();
  for (const { lead } of datedLeads(input).filter((r) => inRange(r.date, range))) {
    for (const phone of lead.phones) {
      for (const layer of new Set(phone.evidence.map((e) => e.layer))) {
        const b = counts.get(layer) ?? { key: layer, leads: 0, phones: 0 };
        b.phones++;
        counts.set(layer, b);
      }
    }
  }
  return [...counts.values()].sort((a, b) => b.phones - a.phones || a.key.localeCompare(b.key));
}

/** The whole dashboard from campaign results, for servers that do not have the analytics API yet. */
export function deriveDashboard(input: CampaignLeads[], period: Period, today: string): DashboardData {
  const range = timelineRange(period, today);
  const ranges = comparisonRanges(period, today);
  return {
    source: "derived",
    period,
    range,
    summary: summarize(input, range),
    timeline: timeline(input, range, period),
    platforms: byPlatform(input, range),
    categories: byCategory(input, range),
    layers: byLayer(input, range),
    comparison: compareSummaries(summarize(input, ranges.current), summarize(input, ranges.previous), ranges),
  };
}
