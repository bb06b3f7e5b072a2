import { formatPercent } from "../format/time";

export function ProgressBar({ fraction, label, testId }: { fraction: number; label: string; testId?: string }) {
  const pct = Math.round(Math.max(0, Math.min(1, fraction)) * 100);
  return (
    <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} aria-valuetext={formatPercent(fraction)} className="h-2 w-full overflow-hidden rounded-full bg-slate-200" data-testid={testId}>
      <div className="h-full rounded-full bg-indigo-600 transition-[width] duration-500" style={{ width: `${pct}%` }} />
    </div>
  );
}
