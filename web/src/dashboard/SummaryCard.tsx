import type { MetricDelta } from "../analytics/dashboardData";

/** A headline number with its change against the previous period. */
export function SummaryCard({ label, value, delta, comparedTo, testId }: { label: string; value: number; delta: MetricDelta; comparedTo: string; testId: string }) {
  const up = delta.delta > 0;
  const down = delta.delta < 0;
  const change = delta.percent === null ? (delta.delta === 0 ? "no change" : `${up ? "+" : ""}${delta.delta} (new)`) : `${up ? "+" : ""}${delta.percent}%`;
  return (
    <div className="panel p-4" data-testid={testId} data-value={value}>
      <p className="text-sm font-medium text-slate-700">{label}</p>
      <p className="mt-1 text-3xl font-semibold text-slate-900 tabular-nums">{value.toLocaleString()}</p>
      <p className="mt-1 text-xs text-slate-700">
        <span className={`font-semibold ${up ? "text-emerald-800" : down ? "text-rose-800" : "text-slate-800"}`}>
          <span aria-hidden="true">{up ? "▲ " : down ? "▼ " : ""}</span>
          {change}
        </span>{" "}
        {comparedTo} ({delta.current.toLocaleString()} vs {delta.previous.toLocaleString()})
      </p>
    </div>
  );
}
