/**
 * The LeadIntel HTTP API as the web app sees it (issue 4 item 7, issue 7 items 2-3, issue 5 item 5).
 * Wire JSON is snake_case; these are the parsed, camelCase shapes the UI works with.
 * Parsing lives in ./parse*.ts so every field-name decision sits in one place.
 */

export const PLATFORMS = [
  "website",
  "directory",
  "google_maps",
  "linkedin",
  "twitter",
  "facebook",
  "instagram",
] as const;

export type Platform = (typeof PLATFORMS)[number];

/** Platforms the browser worker runs (and so stream frames); the others work over plain HTTP. */
export const BROWSER_PLATFORMS: ReadonlySet<string> = new Set<Platform>(["google_maps", "linkedin", "twitter", "facebook", "instagram"]);

/** True when a campaign on these platforms has a browser to watch. */
export function usesBrowser(platforms: readonly string[]): boolean {
  return platforms.some((p) => BROWSER_PLATFORMS.has(p));
}

export const PLATFORM_LABELS: Record<Platform, string> = {
  website: "Website",
  directory: "Directory (demo)",
  google_maps: "Google Maps",
  linkedin: "LinkedIn",
  twitter: "X (Twitter)",
  facebook: "Facebook",
  instagram: "Instagram",
};

export const CAMPAIGN_STATUSES = ["pending", "running", "paused", "completed", "failed", "stopped"] as const;

export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/** Statuses after which a campaign never changes again. */
export const TERMINAL_STATUSES: ReadonlySet<CampaignStatus> = new Set(["completed", "failed", "stopped"]);

/** Where evidence was drawn on the page: CSS pixels in the document, and normalized to the viewport (0..1). */
export interface BoxGeometry {
  x: number;
  y: number;
  width: number;
  height: number;
  normX: number | null;
  normY: number | null;
  normWidth: number | null;
  normHeight: number | null;
}

export interface PhoneEvidence {
  layer: string;
  confidence: number;
  context: string;
  box: BoxGeometry | null;
  source: string | null;
}

/** A phone as `leadintel extract` prints it. */
export interface Phone {
  e164: string;
  national: string;
  raw: string;
  extension: string | null;
  type: string;
  region: string;
  fictional: boolean;
  confidence: number;
  evidence: PhoneEvidence[];
}

export interface Email {
  address: string;
  confidence: number;
  layers: string[];
}

export interface Lead {
  platform: string;
  query: string;
  name: string;
  url: string;
  website: string | null;
  phones: Phone[];
  emails: Email[];
  category: string | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  rating: number | null;
  reviewsCount: number | null;
  hours: string | null;
  description: string | null;
  kind: string | null;
  /** ISO 8601 timestamp, or null when the server did not say. */
  foundAt: string | null;
}

/** Progress of one platform, summed over the campaign's queries. */
export interface PlatformProgress {
  platform: string;
  found: number;
  processed: number;
  phones: number;
  errors: number;
  /** Upper bound the platform works towards (max_results × queries), when known. */
  target: number | null;
}

export interface CampaignError {
  platform: string | null;
  query: string | null;
  message: string;
}

export interface CampaignFilters {
  location?: string;
  category?: string;
  student_only?: boolean;
  field_of_study?: string;
}

export interface Campaign {
  id: string;
  status: CampaignStatus;
  queries: string[];
  platforms: string[];
  maxResults: number | null;
  region: string | null;
  filters: CampaignFilters;
  /** The enrichment the campaign runs with (the server's defaults when it did not say). */
  enrichment: EnrichmentOptions;
  createdAt: string | null;
  startedAt: string | null;
  completedAt: string | null;
  updatedAt: string | null;
  progress: PlatformProgress[];
  errors: CampaignError[];
  /** Leads after the final merge and dedupe; null until the campaign completes. */
  leadsCount: number | null;
  /** Why a failed campaign failed, when the server said. */
  failure: string | null;
}

/** Body of POST /api/campaigns, exactly as sent on the wire. */
export interface CampaignRequest {
  queries: string[];
  platforms: Platform[];
  max_results: number;
  region: string;
  filters: CampaignFilters;
  /** Enrichment switches; sent when they differ from the server's defaults, or (ocr) when a browser platform is chosen. */
  options?: Omit<EnrichmentOptions, "ocr"> & { ocr?: boolean };
}

/** The body's `options`: what each listing's lead gets beyond the listing page. */
export interface EnrichmentOptions {
  /** Crawl the business website a listing names (its contacts become `website_crawl` evidence). */
  crawl_website: boolean;
  /** Keep email addresses on leads. */
  extract_emails: boolean;
  /** Browser platforms read phones drawn as images on detail pages (`ocr` evidence); HTTP platforms never do. */
  ocr: boolean;
}

export const DEFAULT_ENRICHMENT: EnrichmentOptions = { crawl_website: true, extract_emails: true, ocr: true };

export interface CampaignCreated {
  id: string;
  statusUrl: string | null;
  leadsUrl: string | null;
}

export type LeadsFormat = "csv" | "json";

export type ExportFormat = "csv" | "json" | "xlsx";
