import { useServices } from "../AppServices";
import { overallFraction } from "../campaigns/progressFraction";
import { useCampaignList } from "../campaigns/useCampaignList";
import { CampaignActions } from "../components/CampaignActions";
import { platformLabel } from "../format/platformLabel";
import { ProgressBar } from "../components/ProgressBar";
import { EmptyState, ErrorState, LoadingState } from "../components/StateMessage";
import { StatusBadge } from "../components/StatusBadge";
import { useNow } from "../components/useNow";
import { campaignDuration, formatDateTime, formatPercent } from "../format/time";
import { routeHref } from "../routing/route";

/** Every campaign of the user, with status, progress, timing and controls. */
export function TasksPage() {
  const { client } = useServices();
  const { campaigns, error, refresh } = useCampaignList(client);
  const now = useNow();

  return (
    <section aria-labelledby="tasks-title" className="panel p-4">
      <div className="mb-3 flex items-center justify-between">
        <h2 id="tasks-title" className="text-lg font-semibold text-slate-900">
          Tasks
        </h2>
        <button type="button" className="btn-secondary" onClick={refresh}>
          Refresh
        </button>
      </div>
      {error != null && <ErrorState error={error} onRetry={refresh} />}
      {campaigns === null && error == null && <LoadingState label="Loading campaigns…" />}
      {campaigns !== null && campaigns.length === 0 && (
        <EmptyState title="No campaigns yet">
          <a href={routeHref({ page: "scraper", taskId: null })} className="text-indigo-800 underline">
            Start one on the Scraper page.
          </a>
        </EmptyState>
      )}
      {campaigns !== null && campaigns.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[60rem] text-left text-sm" data-testid="tasks-table">
            <caption className="sr-only">Campaigns, newest first</caption>
            <thead className="border-b border-slate-200 text-xs text-slate-800">
              <tr>
                <th scope="col" className="py-2 pr-3 font-semibold">Campaign</th>
                <th scope="col" className="py-2 pr-3 font-semibold">Status</th>
                <th scope="col" className="w-48 py-2 pr-3 font-semibold">Progress</th>
                <th scope="col" className="py-2 pr-3 font-semibold">Started</th>
                <th scope="col" className="py-2 pr-3 font-semibold">Duration</th>
                <th scope="col" className="py-2 font-semibold">Actions</th>
              </tr>
            </thead>
            <tbody>
              {campaigns.map((c) => {
                const fraction = overallFraction(c.progress, c.status);
                return (
                  <tr key={c.id} className="h-14 border-b border-slate-100 align-middle" data-testid="task-row" data-campaign-id={c.id} data-status={c.status}>
                    <td className="max-w-[22rem] py-2 pr-3">
                      <a href={routeHref({ page: "task", taskId: c.id })} className="block truncate font-medium text-indigo-800 underline-offset-2 hover:underline">
                        {c.queries.join(", ") || c.id}
                      </a>
                      <span className="block truncate text-xs text-slate-700">{c.platforms.map(platformLabel).join(", ")}</span>
                    </td>
                    <td className="py-2 pr-3">
                      <StatusBadge status={c.status} />
                    </td>
                    <td className="py-2 pr-3">
                      <div className="flex items-center gap-2">
                        <ProgressBar fraction={fraction} label={`Progress of ${c.queries[0] ?? c.id}`} />
                        <span className="w-10 text-right text-xs tabular-nums">{formatPercent(fraction)}</span>
                      </div>
                    </td>
                    <td className="py-2 pr-3 text-xs whitespace-nowrap">{formatDateTime(c.startedAt)}</td>
                    <td className="py-2 pr-3 text-xs whitespace-nowrap tabular-nums">{campaignDuration(c.startedAt, c.completedAt, now)}</td>
                    <td className="py-2">
                      <CampaignActions campaign={c} onChanged={refresh} compact />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
