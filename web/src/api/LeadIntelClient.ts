import { ApiError } from "./ApiError";
import { NetworkError } from "./NetworkError";
import type { Campaign, CampaignCreated, CampaignRequest, ExportFormat, Lead, LeadsFormat } from "./contract";
import { parseCampaign, parseCampaigns, parseCreated } from "./parseCampaign";
import { parseLeads } from "./parseLead";

export type AnalyticsRoute = "summary" | "timeline" | "platforms" | "categories" | "layers" | "compare";

export type CampaignAction = "stop" | "pause" | "resume";

export interface ExportQuery {
  format: ExportFormat;
  from?: string;
  to?: string;
  campaign?: string;
  platform?: string;
}

export interface Download {
  blob: Blob;
  filename: string;
}

export interface ClientOptions {
  /** Prefix of every route, "" for same origin (the default) or e.g. "https://api.example.com". */
  baseUrl: string;
  /** Sent as X-User-Id, the backend's single user seam until auth lands; omitted when unset. */
  userId?: string;
  fetch?: typeof fetch;
}

/** The one gateway between the web app and the LeadIntel HTTP API. Every route the app calls is here. */
export class LeadIntelClient {
  readonly baseUrl: string;
  private readonly userId: string | undefined;
  private readonly fetchImpl: typeof fetch;

  constructor(options: ClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, "");
    this.userId = options.userId;
    // Bound so that a global fetch is not called with a foreign `this`.
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  url(path: string, query?: Record<string, string | undefined>): string {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== "") params.set(k, v);
    const qs = params.toString();
    return `${this.baseUrl}${path}${qs ? `?${qs}` : ""}`;
  }

  /** URL of the SignalR hub that streams frames, phone boxes, leads, progress and logs. */
  get hubUrl(): string {
    return `${this.baseUrl}/hubs/live`;
  }

  async createCampaign(request: CampaignRequest): Promise<CampaignCreated> {
    return parseCreated(await this.json("POST", "/api/campaigns", request));
  }

  async listCampaigns(): Promise<Campaign[]> {
    return parseCampaigns(await this.json("GET", "/api/campaigns"));
  }

  async getCampaign(id: string): Promise<Campaign> {
    const campaign = parseCampaign(await this.json("GET", `/api/campaigns/${encodeURIComponent(id)}`));
    if (!campaign) throw new ApiError(502, "The server sent a campaign without an id.");
    return campaign;
  }

  async changeCampaign(id: string, action: CampaignAction): Promise<void> {
    await this.send("POST", `/api/campaigns/${encodeURIComponent(id)}/${action}`);
  }

  async getLeads(id: string): Promise<Lead[]> {
    return parseLeads(await this.json("GET", `/api/campaigns/${encodeURIComponent(id)}/leads`, undefined, { format: "json" }));
  }

  leadsUrl(id: string, format: LeadsFormat): string {
    return this.url(`/api/campaigns/${encodeURIComponent(id)}/leads`, { format });
  }

  exportUrl(query: ExportQuery): string {
    return this.url("/api/exports", { format: query.format, from: query.from, to: query.to, campaign: query.campaign, platform: query.platform });
  }

  /** Raw analytics JSON; callers parse it (see analytics/). Throws ApiError 404 while the routes do not exist. */
  async analytics(route: AnalyticsRoute, query: Record<string, string | undefined>): Promise<unknown> {
    return this.json("GET", `/api/analytics/${route}`, undefined, query);
  }

  /** Fetches a file (an export) and names it from Content-Disposition, else from `fallbackName`. */
  async download(url: string, fallbackName: string): Promise<Download> {
    const response = await this.fetchChecked(url, { method: "GET", headers: this.headers() });
    const filename = filenameFromDisposition(response.headers.get("content-disposition")) ?? fallbackName;
    return { blob: await response.blob(), filename };
  }

  private headers(body?: boolean): Record<string, string> {
    const h: Record<string, string> = { Accept: "application/json, application/problem+json" };
    if (body) h["Content-Type"] = "application/json";
    if (this.userId) h["X-User-Id"] = this.userId;
    return h;
  }

  private async send(method: string, path: string, body?: unknown, query?: Record<string, string | undefined>): Promise<Response> {
    return this.fetchChecked(this.url(path, query), {
      method,
      headers: this.headers(body !== undefined),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  private async json(method: string, path: string, body?: unknown, query?: Record<string, string | undefined>): Promise<unknown> {
    const response = await this.send(method, path, body, query);
    const text = await response.text();
    if (!text) return null;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new ApiError(response.status, `The server answered ${path} with something that is not JSON.`);
    }
  }

  private async fetchChecked(url: string, init: RequestInit): Promise<Response> {
    let response: Response;
    try {
      response = await this.fetchImpl(url, init);
    } catch (error) {
      throw new NetworkError(url, error);
    }
    if (!response.ok) throw ApiError.fromBody(response.status, response.statusText, await response.text());
    return response;
  }
}

/** The file name in a Content-Disposition header (RFC 6266: filename* wins over filename). */
export function filenameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim().replace(/^"|"$/g, ""));
    } catch {
      // fall through to the plain parameter
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/.exec(header);
  const name = plain?.[2] ?? plain?.[1];
  return name ? name.trim() : null;
}
