import type { CampaignStatus } from "../api/contract";

const STYLES: Record<CampaignStatus, string> = {
  pending: "bg-slate-100 text-slate-800 ring-slate-300",
  running: "bg-sky-100 text-sky-900 ring-sky-300",
  paused: "bg-amber-100 text-amber-900 ring-amber-300",
  completed: "bg-emerald-100 text-emerald-900 ring-emerald-300",
  failed: "bg-rose-100 text-rose-900 ring-rose-300",
  stopped: "bg-slate-200 text-slate-900 ring-slate-400",
};

export function StatusBadge({ status }: { status: CampaignStatus }) {
  return (
    <span className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${STYLES[status]}`} data-testid="status-badge" data-status={status}>
      {status === "running" && <span className="h-1.5 w-1.5 animate-pulse rounded-full bg-sky-700" aria-hidden="true" />}
      {status}
    </span>
  );
}
