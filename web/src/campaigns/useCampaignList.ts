import { useCallback, useEffect, useRef, useState } from "react";
import { TERMINAL_STATUSES, type Campaign } from "../api/contract";
import type { LeadIntelClient } from "../api/LeadIntelClient";

export const LIST_POLL_MS = 3000;

export interface CampaignList {
  campaigns: Campaign[] | null;
  error: unknown;
  refresh(): void;
}

/** The user's campaigns, newest first, refreshed while any of them is still going. */
export function useCampaignList(client: LeadIntelClient): CampaignList {
  const [campaigns, setCampaigns] = useState<Campaign[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const kick = useRef<() => void>(() => {});

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      clearTimeout(timer);
      let again = true;
      try {
        const list = await client.listCampaigns();
        if (cancelled) return;
        list.sort((a, b) => (b.startedAt ?? b.createdAt ?? "").localeCompare(a.startedAt ?? a.createdAt ?? ""));
        setCampaigns(list);
        setError(null);
        again = list.some((c) => !TERMINAL_STATUSES.has(c.status));
      } catch (e) {
        if (!cancelled) setError(e);
      }
      if (!cancelled && again) timer = setTimeout(() => void tick(), LIST_POLL_MS);
    };
    kick.current = () => void tick();
    void tick();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [client]);

  const refresh = useCallback(() => kick.current(), []);
  return { campaigns, error, refresh };
}
