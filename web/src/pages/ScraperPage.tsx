import { useEffect, useMemo, useRef, useState } from "react";
import { TERMINAL_STATUSES, type CampaignRequest } from "../api/contract";
import { useServices } from "../AppServices";
import { mergeLeads } from "../campaigns/mergeLeads";
import { useCampaignFeed } from "../campaigns/useCampaignFeed";
import { CampaignActions } from "../components/CampaignActions";
import { CampaignForm } from "../components/CampaignForm";
import { DownloadButtons } from "../components/DownloadButtons";
import { LiveBrowserView } from "../components/LiveBrowserView";
import { LogPane } from "../components/LogPane";
import { PlatformProgressList } from "../components/PlatformProgressList";
import { ResultsTable } from "../components/ResultsTable";
import { ErrorState } from "../components/StateMessage";
import { StatusBadge } from "../components/StatusBadge";
import type { LiveLogLine } from "../live/liveMessages";
import { useLiveTask } from "../live/useLiveTask";
import { watchedTaskId } from "../live/watchedTask";
import { routeHref } from "../routing/route";

/** Form on the left, the live browser in the centre, results streaming in on the right. */
export function ScraperPage({ taskId }: { taskId: string | null }) {
  const { client, exporter, hubFactory } = useServices();
  const [starting, setStarting] = useState(false);
  const feed = useCampaignFeed(client, taskId);
  const finished = feed.campaign !== null && TERMINAL_STATUSES.has(feed.campaign.status);
  const live = useLiveTask(client.hubUrl, watchedTaskId(taskId, feed.campaign), hubFactory);
  const [events, setEvents] = useState<LiveLogLine[]>([]);
  const lastStatus = useRef<string | null>(null);
  const acceptedLine = useRef<LiveLogLine | null>(null);

  // The page's own log lines: status changes and errors the poll reports, beside the worker's lines.
  useEffect(() => {
    setEvents(acceptedLine.current ? [acceptedLine.current] : []);
    acceptedLine.current = null;
    lastStatus.current = null;
  }, [taskId]);
  useEffect(() => {
    const c = feed.campaign;
    if (!c || c.status === lastStatus.current) return;
    lastStatus.current = c.status;
    const lines: LiveLogLine[] = [{ ts: Date.now(), level: c.status === "failed" ? "error" : "info", message: `Campaign ${c.status}.` }];
    if (TERMINAL_STATUSES.has(c.status)) for (const e of c.errors) lines.push({ ts: Date.now(), level: "error", message: [e.platform, e.query, e.message].filter(Boolean).join(" · ") });
    if (c.status === "failed" && c.failure) lines.push({ ts: Date.now(), level: "error", message: c.failure });
    setEvents((ev) => [...ev, ...lines]);
  }, [feed.campaign]);

  const leads = useMemo(() => mergeLeads(feed.leads, live.leads), [feed.leads, live.leads]);
  const logs = useMemo(() => [...events, ...live.logs].sort((a, b) => a.ts - b.ts), [events, live.logs]);
  const progress = !finished && live.progress && live.progress.length > 0 ? live.progress : (feed.campaign?.progress ?? []);

  const start = async (request: CampaignRequest) => {
    setStarting(true);
    try {
      const created = await client.createCampaign(request);
      acceptedLine.current = { ts: Date.now(), level: "info", message: `Campaign ${created.id} accepted: ${request.queries.length} queries on ${request.platforms.join(", ")}.` };
      window.location.hash = routeHref({ page: "scraper", taskId: created.id });
    } finally {
      setStarting(false);
    }
  };

  const c = feed.campaign;
  return (
    <div className="grid gap-4 lg:grid-cols-[17rem_minmax(0,1fr)] xl:h-[calc(100vh-4.5rem)] xl:grid-cols-[17rem_minmax(0,1fr)_26rem]">
      <section aria-labelledby="form-title" className="panel flex flex-col gap-3 overflow-y-auto p-4 xl:min-h-0">
        <h2 id="form-title" className="panel-title">
          New campaign
        </h2>
        <CampaignForm onSubmit={start} busy={starting} />
      </section>

      <section aria-labelledby="live-title" className="panel flex flex-col gap-3 p-4 xl:min-h-0">
        <div className="flex items-center justify-between gap-2">
          <h2 id="live-title" className="panel-title">
            Live browser
          </h2>
          {taskId && (
            <span className="truncate text-xs text-slate-700" data-testid="live-task-id">
              Task <span className="font-mono">{taskId}</span>
            </span>
          )}
        </div>
        <LiveBrowserView taskId={taskId} platforms={c?.platforms ?? []} finished={finished} state={live.state} detail={live.detail} frame={live.frame} phones={live.phones} />
        <LogPane lines={logs} />
      </section>

      <section aria-labelledby="results-title" className="panel flex min-h-[32rem] flex-col gap-3 p-4 lg:col-span-2 xl:col-span-1 xl:min-h-0">
        <div className="flex items-center justify-between gap-2">
          <h2 id="results-title" className="panel-title">
            Results <span className="font-normal text-slate-700 normal-case tabular-nums">({leads.length})</span>
          </h2>
          {c && <StatusBadge status={c.status} />}
        </div>
        {feed.error != null && <ErrorState error={feed.error} onRetry={feed.refresh} />}
        {c && (
          <>
            <PlatformProgressList progress={progress} platforms={c.platforms} status={c.status} />
            <div className="flex flex-wrap items-center justify-between gap-2">
              <CampaignActions campaign={c} onChanged={feed.refresh} />
            </div>
          </>
        )}
        <ResultsTable leads={leads} />
        {c && <DownloadButtons label="Download this campaign's leads" download={(f) => exporter.campaign(c.id, f)} disabled={leads.length === 0} compact />}
      </section>
    </div>
  );
}
