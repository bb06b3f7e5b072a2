import { DEFAULT_ENRICHMENT, PLATFORMS, usesBrowser, type CampaignFilters, type CampaignRequest, type EnrichmentOptions, type Platform } from "../api/contract";

/** What the Scraper form holds, as typed. */
export interface CampaignForm {
  /** One query per line (for platform `website`, a URL or domain per line). */
  queries: string;
  platforms: Platform[];
  location: string;
  category: string;
  studentOnly: boolean;
  fieldOfStudy: string;
  maxResults: string;
  region: string;
  enrichment: EnrichmentOptions;
}

export type FormField = "queries" | "platforms" | "maxResults" | "region" | "location" | "category" | "fieldOfStudy" | "form";

export type FormErrors = Partial<Record<FormField, string>>;

/** The API's defaults (LeadIntel:Api): searches are query × platform pairs; max_results is per search. */
export const MAX_SEARCHES = 100;
export const MAX_RESULTS_LIMIT = 1000;
export const MAX_QUERY_LENGTH = 500;

export const EMPTY_FORM: CampaignForm = {
  queries: "",
  platforms: ["directory"],
  location: "",
  category: "",
  studentOnly: false,
  fieldOfStudy: "",
  maxResults: "50",
  region: "US",
  enrichment: DEFAULT_ENRICHMENT,
};

export type BuildResult = { ok: true; request: CampaignRequest } | { ok: false; errors: FormErrors };

/** Validates the form and builds the exact POST /api/campaigns body. */
export function buildCampaignRequest(form: CampaignForm): BuildResult {
  const errors: FormErrors = {};
  const queries = [...new Set(form.queries.split(/\r?\n/).map((q) => q.trim()).filter(Boolean))];
  const platforms = PLATFORMS.filter((p) => form.platforms.includes(p));
  if (queries.length === 0) errors.queries = "Enter at least one query.";
  else if (queries.some((q) => q.length > MAX_QUERY_LENGTH)) errors.queries = `A query has at most ${MAX_QUERY_LENGTH} characters.`;
  else if (queries.length * Math.max(1, platforms.length) > MAX_SEARCHES) {
    errors.queries = `At most ${MAX_SEARCHES} searches (queries × platforms) per campaign; this is ${queries.length * platforms.length}.`;
  }
  if (platforms.length === 0) errors.platforms = "Choose at least one platform.";
  const maxResults = Number(form.maxResults);
  if (!/^\d+$/.test(form.maxResults.trim()) || maxResults < 1 || maxResults > MAX_RESULTS_LIMIT) {
    errors.maxResults = `A whole number from 1 to ${MAX_RESULTS_LIMIT}.`;
  }
  const region = form.region.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(region)) errors.region = "A two-letter country code, e.g. US, CA, GB.";
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const filters: CampaignFilters = {};
  if (form.location.trim()) filters.location = form.location.trim();
  if (form.category.trim()) filters.category = form.category.trim();
  if (form.studentOnly) filters.student_only = true;
  if (form.fieldOfStudy.trim()) filters.field_of_study = form.fieldOfStudy.trim();
  const request: CampaignRequest = { queries, platforms, max_results: maxResults, region, filters };
  const e = form.enrichment;
  // OCR only means something to browser platforms, and the API refuses it on a campaign without one.
  const browser = usesBrowser(platforms);
  if (browser || e.crawl_website !== DEFAULT_ENRICHMENT.crawl_website || e.extract_emails !== DEFAULT_ENRICHMENT.extract_emails) {
    request.options = { crawl_website: e.crawl_website, extract_emails: e.extract_emails, ...(browser ? { ocr: e.ocr } : {}) };
  }
  return { ok: true, request };
}

const SERVER_FIELDS: Record<string, FormField> = {
  queries: "queries",
  platforms: "platforms",
  max_results: "maxResults",
  maxresults: "maxResults",
  region: "region",
  location: "location",
  category: "category",
  field_of_study: "fieldOfStudy",
  fieldofstudy: "fieldOfStudy",
};

/** Puts a 400's field errors (`max_results`, `filters.location`, `$.queries[0]`…) next to the form's inputs. */
export function mapServerErrors(fieldErrors: Record<string, string[]>, fallback: string): FormErrors {
  const errors: FormErrors = {};
  for (const [name, messages] of Object.entries(fieldErrors)) {
    const key = name.replace(/^\$\.?/, "").replace(/\[\d+\]/g, "").split(".").pop()!.toLowerCase();
    const target = SERVER_FIELDS[key] ?? "form";
    errors[target] = [errors[target], ...messages].filter(Boolean).join(" ");
  }
  if (Object.keys(errors).length === 0) errors.form = fallback;
  return errors;
}
