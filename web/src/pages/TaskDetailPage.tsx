import { useServices } from "../AppServices";
import { TERMINAL_STATUSES } from "../api/contract";
import { useCampaignFeed } from "../campaigns/useCampaignFeed";
import { CampaignActions } from "../components/CampaignActions";
import { DownloadButtons } from "../components/DownloadButtons";
import { PlatformProgressList } from "../components/PlatformProgressList";
import { platformLabel } from "../format/platformLabel";
import { ResultsTable } from "../components/ResultsTable";
import { ErrorState, LoadingState } from "../components/StateMessage";
import { StatusBadge } from "../components/StatusBadge";
import { campaignDuration, formatDateTime } from "../format/time";
import { routeHref } from "../routing/route";
import { useNow } from "../components/useNow";

/** One campaign: what was asked, per-platform progress, errors, and its leads. */
export function TaskDetailPage({ taskId }: { taskId: string }) {
  const { client, exporter } = useServices();
  const feed = useCampaignFeed(client, taskId);
  const now = useNow();
  const c = feed.campaign;

  return (
    <div className="flex flex-col gap-4">
      <nav aria-label="Breadcrumb" className="text-sm">
        <a href={routeHref({ page: "tasks" })} className="text-indigo-800 underline">
          Tasks
        </a>
        <span aria-hidden="true"> / </span>
        <span className="font-mono text-slate-800">{taskId}</span>
      </nav>
      {feed.error != null && <ErrorState error={feed.error} onRetry={feed.refresh} />}
      {!c && feed.error == null && <LoadingState label="Loading campaign…" />}
      {c && (
        <>
          <section aria-labelledby="detail-title" className="panel grid gap-4 p-4 lg:grid-cols-[minmax(0,1fr)_22rem]" data-testid="task-detail" data-status={c.status}>
            <div className="flex flex-col gap-3">
              <div className="flex flex-wrap items-center gap-3">
                <h2 id="detail-title" className="text-lg font-semibold text-slate-900">
                  {c.queries.join(", ") || c.id}
                </h2>
                <StatusBadge status={c.status} />
              </div>
              <dl className="grid grid-cols-[8rem_1fr] gap-y-1 text-sm">
                <dt className="text-slate-700">Platforms</dt>
                <dd>{c.platforms.map(platformLabel).join(", ") || "—"}</dd>
                <dt className="text-slate-700">Max results</dt>
                <dd>{c.maxResults ?? "—"}</dd>
                <dt className="text-slate-700">Region</dt>
                <dd>{c.region ?? "—"}</dd>
                <dt className="text-slate-700">Filters</dt>
                <dd>{Object.entries(c.filters).map(([k, v]) => `${k.replace(/_/g, " ")}: ${String(v)}`).join(" · ") || "none"}</dd>
                <dt className="text-slate-700">Enrichment</dt>
                <dd>{[c.enrichment.crawl_website ? "website crawl" : "no website crawl", c.enrichment.extract_emails ? "emails" : "no emails"].join(" · ")}</dd>
                <dt className="text-slate-700">Started</dt>
                <dd>{formatDateTime(c.startedAt)}</dd>
                <dt className="text-slate-700">Duration</dt>
                <dd className="tabular-nums">{campaignDuration(c.startedAt, c.completedAt, now)}</dd>
              </dl>
              <div className="flex flex-wrap gap-2">
                <CampaignActions campaign={c} onChanged={feed.refresh} />
                {!TERMINAL_STATUSES.has(c.status) && (
                  <a className="btn-secondary" href={routeHref({ page: "scraper", taskId: c.id })}>
                    Watch live
                  </a>
                )}
              </div>
            </div>
            <div className="flex flex-col gap-3">
              <h3 className="panel-title">Progress by platform</h3>
              <PlatformProgressList progress={c.progress} platforms={c.platforms} status={c.status} />
            </div>
          </section>

          <section aria-labelledby="errors-title" className="panel p-4">
            <h3 id="errors-title" className="panel-title mb-2">
              Errors ({c.errors.length})
            </h3>
            {c.failure && (
              <p className="mb-2 rounded border border-rose-300 bg-rose-50 px-2 py-1 text-sm text-rose-900" data-testid="task-failure">
                Campaign failed: {c.failure}
              </p>
            )}
            {c.errors.length === 0 ? (
              <p className="text-sm text-slate-700">No errors reported.</p>
            ) : (
              <ul className="space-y-1 text-sm" data-testid="task-errors">
                {c.errors.map((e, i) => (
                  <li key={i} className="rounded border border-rose-200 bg-rose-50 px-2 py-1 text-rose-900">
                    {[e.platform && platformLabel(e.platform), e.query].filter(Boolean).join(" · ")}
                    {(e.platform || e.query) && ": "}
                    {e.message}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="leads-title" className="panel flex h-[36rem] flex-col gap-3 p-4">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 id="leads-title" className="panel-title">
                Leads <span className="font-normal normal-case tabular-nums">({feed.leads.length})</span>
              </h3>
              <DownloadButtons label="Download this campaign's leads" download={(f) => exporter.campaign(c.id, f)} disabled={feed.leads.length === 0} />
            </div>
            <ResultsTable leads={feed.leads} variant="full" label="Campaign leads" />
          </section>
        </>
      )}
    </div>
  );
}
