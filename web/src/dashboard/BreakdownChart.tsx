import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Breakdown } from "../analytics/dashboardData";
import { ChartFigure } from "./ChartFigure";

export const SERIES_COLORS = { leads: "#4338ca", phones: "#047857" };

/** Horizontal bars for one dimension (platform, category, layer). */
export function BreakdownChart({ title, testId, data, series, labelOf = (k) => k }: { title: string; testId: string; data: Breakdown[]; series: Partial<Record<"leads" | "phones", string>>; labelOf?: (key: string) => string }) {
  const rows = data.map((d) => ({ label: labelOf(d.key), values: { leads: d.leads, phones: d.phones } }));
  const chartData = rows.map((r) => ({ label: r.label, ...r.values }));
  return (
    <ChartFigure title={title} testId={testId} rows={rows} columns={series as Record<string, string>}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={chartData} layout="vertical" margin={{ left: 8, right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12, fill: "#334155" }} />
          <YAxis type="category" dataKey="label" width={120} tick={{ fontSize: 12, fill: "#334155" }} />
          <Tooltip />
          {Object.keys(series).length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} />}
          {(Object.keys(series) as ("leads" | "phones")[]).map((k) => (
            <Bar key={k} dataKey={k} name={series[k]} fill={SERIES_COLORS[k]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
