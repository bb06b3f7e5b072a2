import { useCallback, useEffect, useState } from "react";
import { PERIODS, type DashboardData, type Period } from "../analytics/dashboardData";
import { isoDate } from "../analytics/periods";
import { useServices } from "../AppServices";
import { platformLabel } from "../format/platformLabel";
import { ErrorState, LoadingState } from "../components/StateMessage";
import { BreakdownChart } from "../dashboard/BreakdownChart";
import { SummaryCard } from "../dashboard/SummaryCard";
import { TimelineChart } from "../dashboard/TimelineChart";

const COMPARED_TO: Record<Period, string> = { daily: "today vs yesterday", weekly: "this week vs last week", monthly: "this month vs last month" };
const PERIOD_LABELS: Record<Period, string> = { daily: "Daily", weekly: "Weekly", monthly: "Monthly" };

/** Summary cards, four charts, a period selector and period-over-period comparison. */
export function DashboardPage() {
  const { analytics } = useServices();
  const [period, setPeriod] = useState<Period>("daily");
  const [data, setData] = useState<DashboardData | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);

  useEffect(() => {
    let cancelled = false;
    setLoading(true);
    analytics.load(period, isoDate(Date.now())).then(
      (d) => {
        if (cancelled) return;
        setData(d);
        setError(null);
        setLoading(false);
      },
      (e: unknown) => {
        if (cancelled) return;
        setError(e);
        setLoading(false);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [analytics, period, attempt]);

  const comparedTo = COMPARED_TO[period];
  return (
    <div className="flex flex-col gap-4" data-testid="dashboard" data-source={data?.source}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-lg font-semibold text-slate-900">Dashboard</h2>
        <div className="flex items-center gap-3">
          {data && (
            <span className="text-xs text-slate-700" data-testid="dashboard-source">
              {data.range.from} to {data.range.to} (UTC) · {data.source === "api" ? "from the analytics API" : "derived from campaign results"}
            </span>
          )}
          <fieldset className="flex overflow-hidden rounded-md border border-slate-400" data-testid="period-selector">
            <legend className="sr-only">Period</legend>
            {PERIODS.map((p) => (
              <label key={p} className="cursor-pointer text-sm has-[:checked]:bg-indigo-700 has-[:checked]:text-white has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-indigo-600">
                <input type="radio" name="period" value={p} checked={period === p} onChange={() => setPeriod(p)} className="sr-only" />
                <span className="block px-3 py-1.5">{PERIOD_LABELS[p]}</span>
              </label>
            ))}
          </fieldset>
        </div>
      </div>

      {error != null && <ErrorState error={error} onRetry={retry} />}
      {loading && !data && <LoadingState label="Loading analytics…" />}
      {data && (
        <div className={`flex flex-col gap-4 transition-opacity ${loading ? "opacity-60" : ""}`} aria-busy={loading}>
          <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
            <SummaryCard label="Leads" value={data.summary.leads} delta={data.comparison.metrics.leads} comparedTo={comparedTo} testId="card-leads" />
            <SummaryCard label="Phones" value={data.summary.phones} delta={data.comparison.metrics.phones} comparedTo={comparedTo} testId="card-phones" />
            <SummaryCard label="Verified phones" value={data.summary.verifiedPhones} delta={data.comparison.metrics.verifiedPhones} comparedTo={comparedTo} testId="card-verified-phones" />
            <SummaryCard label="Campaigns" value={data.summary.campaigns} delta={data.comparison.metrics.campaigns} comparedTo={comparedTo} testId="card-campaigns" />
          </div>
          <div className="grid gap-4 lg:grid-cols-2">
            <TimelineChart data={data.timeline} period={period} />
            <BreakdownChart title="Leads by platform" testId="chart-platforms" data={data.platforms} series={{ leads: "Leads", phones: "With phone" }} labelOf={platformLabel} />
            <BreakdownChart title="Leads by category" testId="chart-categories" data={data.categories} series={{ leads: "Leads", phones: "With phone" }} />
            <BreakdownChart title="Phones by extraction layer" testId="chart-layers" data={data.layers} series={{ phones: "Phones" }} />
          </div>
        </div>
      )}
    </div>
  );
}
