import type { CampaignStatus, PlatformProgress } from "../api/contract";
import { progressFraction } from "../campaigns/progressFraction";
import { platformLabel } from "../format/platformLabel";
import { ProgressBar } from "./ProgressBar";

/** One bar per platform with found / processed / phones / errors under it. Platforms not started yet show empty. */
export function PlatformProgressList({ progress, platforms, status }: { progress: PlatformProgress[]; platforms: string[]; status: CampaignStatus }) {
  const rows = [...progress];
  for (const p of platforms) if (!rows.some((r) => r.platform === p)) rows.push({ platform: p, found: 0, processed: 0, phones: 0, errors: 0, target: null });
  if (rows.length === 0) return <p className="text-sm text-slate-700">No progress reported yet.</p>;
  return (
    <ul className="space-y-2.5" data-testid="platform-progress">
      {rows.map((p) => (
        <li key={p.platform} data-testid={`platform-progress-${p.platform}`}>
          <div className="mb-1 flex items-baseline justify-between text-xs">
            <span className="font-medium text-slate-900">{platformLabel(p.platform)}</span>
            <span className="text-slate-700 tabular-nums">
              {p.processed}/{Math.max(p.target ?? 0, p.found) || "?"} · {p.phones} phones{p.errors > 0 && <span className="font-semibold text-rose-700"> · {p.errors} errors</span>}
            </span>
          </div>
          <ProgressBar fraction={progressFraction(p, status)} label={`${platformLabel(p.platform)} progress`} />
        </li>
      ))}
    </ul>
  );
}
