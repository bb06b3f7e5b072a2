import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError } from "../api/ApiError";
import { TERMINAL_STATUSES, type Campaign, type Lead } from "../api/contract";
import type { LeadIntelClient } from "../api/LeadIntelClient";

/** Poll interval while a campaign runs (the brief's ~1.5 s); slower while paused. */
export const RUNNING_POLL_MS = 1500;
export const PAUSED_POLL_MS = 5000;

export interface CampaignFeed {
  campaign: Campaign | null;
  leads: Lead[];
  error: unknown;
  loading: boolean;
  /** Fetch now (after an action such as pause), without waiting for the next tick. */
  refresh(): void;
}

/**
 * A campaign and its leads, polled while it is not finished and read once more when it finishes.
 * Requests never overlap: the next starts a fixed delay after the previous answered.
 */
export function useCampaignFeed(client: LeadIntelClient, id: string | null): CampaignFeed {
  const [campaign, setCampaign] = useState<Campaign | null>(null);
  const [leads, setLeads] = useState<Lead[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const kick = useRef<() => void>(() => {});

  useEffect(() => {
    setCampaign(null);
    setLeads([]);
    setError(null);
    if (!id) return;
    setLoading(true);
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      clearTimeout(timer);
      let next = RUNNING_POLL_MS;
      try {
        const [c, l] = await Promise.all([
          client.getCampaign(id),
          client.getLeads(id).catch((e: unknown) => {
            // A campaign that has not written its first batch yet may have no leads resource.
            if (e instanceof ApiError && e.isNotFound) return [] as Lead[];
            throw e;
          }),
        ]);
        if (cancelled) return;
        setCampaign(c);
        setLeads(l);
        setError(null);
        if (TERMINAL_STATUSES.has(c.status)) return;
        if (c.status === "paused") next = PAUSED_POLL_MS;
      } catch (e) {
        if (cancelled) return;
        setError(e);
        next = PAUSED_POLL_MS;
      } finally {
        if (!cancelled) setLoading(false);
      }
      if (!cancelled) timer = setTimeout(() => void tick(), next);
    };
    kick.current = () => void tick();
    void tick();
    return () => {
      cancelled = true;
      clearTimeout(timer);
      kick.current = () => {};
    };
  }, [client, id]);

  const refresh = useCallback(() => kick.current(), []);
  return { campaign, leads, error, loading, refresh };
}
