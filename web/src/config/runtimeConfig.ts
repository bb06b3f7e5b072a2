import { isObject, str } from "../api/wireFields";

/**
 * Deploy-time settings, read from `config.json` next to index.html at startup, so one build serves every
 * environment: replace that file on the static host instead of rebuilding.
 */
export interface RuntimeConfig {
  /** Origin (and optional path) of the API; "" means the same origin as the app, as under `leadintel up`. */
  apiBaseUrl: string;
  /** Optional X-User-Id for the API's user seam; the API assumes "local" without it. */
  userId?: string;
}

export const DEFAULT_CONFIG: RuntimeConfig = { apiBaseUrl: "" };

export function parseRuntimeConfig(raw: unknown): RuntimeConfig {
  if (!isObject(raw)) return DEFAULT_CONFIG;
  const apiBaseUrl = (str(raw, "apiBaseUrl", "api_base_url") ?? "").trim().replace(/\/+$/, "");
  const userId = str(raw, "userId", "user_id")?.trim();
  return userId ? { apiBaseUrl, userId } : { apiBaseUrl };
}

/** Loads config.json; a missing or broken file means defaults, never a blank app. */
export async function loadRuntimeConfig(url: string, fetchImpl: typeof fetch = fetch): Promise<RuntimeConfig> {
  try {
    const response = await fetchImpl(url, { cache: "no-store" });
    if (!response.ok) return DEFAULT_CONFIG;
    return parseRuntimeConfig(await response.json());
  } catch {
    return DEFAULT_CONFIG;
  }
}
