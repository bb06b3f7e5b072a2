import { createContext, useContext, type ReactNode } from "react";
import { AnalyticsSource } from "./analytics/AnalyticsSource";
import { LeadIntelClient } from "./api/LeadIntelClient";
import { CampaignLeadsCache } from "./campaigns/CampaignLeadsCache";
import type { RuntimeConfig } from "./config/runtimeConfig";
import { LeadExporter } from "./exports/LeadExporter";
import { createHubConnection, hubUrlForUser, type HubFactory } from "./live/LiveTaskConnection";

/** Everything the pages talk to, built once from the runtime config. */
export interface AppServices {
  client: LeadIntelClient;
  analytics: AnalyticsSource;
  exporter: LeadExporter;
  /** Overrides the SignalR connection (tests); undefined means the real hub. */
  hubFactory?: HubFactory;
}

export function createServices(config: RuntimeConfig, fetchImpl?: typeof fetch): AppServices {
  const client = new LeadIntelClient({ baseUrl: config.apiBaseUrl, userId: config.userId, fetch: fetchImpl });
  const leads = new CampaignLeadsCache(client);
  const userId = config.userId;
  return {
    client,
    analytics: new AnalyticsSource(client, leads),
    exporter: new LeadExporter(client, leads),
    hubFactory: userId ? (url) => createHubConnection(hubUrlForUser(url, userId), { "X-User-Id": userId }) : undefined,
  };
}

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("useServices outside ServicesProvider");
  return services;
}
