import { Area, AreaChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Period, TimelinePoint } from "../analytics/dashboardData";
import { ChartFigure } from "./ChartFigure";
import { SERIES_COLORS } from "./BreakdownChart";

function bucketLabel(bucket: string, period: Period): string {
  const d = new Date(`${bucket}T00:00:00Z`);
  if (period === "monthly") return d.toLocaleDateString(undefined, { month: "short", year: "2-digit", timeZone: "UTC" });
  return d.toLocaleDateString(undefined, { month: "short", day: "numeric", timeZone: "UTC" });
}

/** Leads and leads with a phone per day, ISO week or month. */
export function TimelineChart({ data, period }: { data: TimelinePoint[]; period: Period }) {
  const rows = data.map((p) => ({ label: bucketLabel(p.bucket, period), values: { leads: p.leads, leadsWithPhone: p.leadsWithPhone } }));
  const chartData = rows.map((r) => ({ label: r.label, ...r.values }));
  return (
    <ChartFigure title="Leads over time" testId="chart-timeline" rows={rows} columns={{ leads: "Leads", leadsWithPhone: "Leads with phone" }}>
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={chartData} margin={{ left: 0, right: 16, top: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12, fill: "#334155" }} minTickGap={16} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: "#334155" }} width={40} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Area type="monotone" dataKey="leads" name="Leads" stroke={SERIES_COLORS.leads} fill={SERIES_COLORS.leads} fillOpacity={0.15} isAnimationActive={false} />
          <Area type="monotone" dataKey="leadsWithPhone" name="Leads with phone" stroke={SERIES_COLORS.phones} fill={SERIES_COLORS.phones} fillOpacity={0.15} isAnimationActive={false} />
        </AreaChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
