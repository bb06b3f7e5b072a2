import type { ReactNode } from "react";
import { describeError } from "../api/ApiError";

/** Loading, empty and error states, one look everywhere. */
export function LoadingState({ label = "Loading…" }: { label?: string }) {
  return (
    <div role="status" className="flex items-center gap-2 p-6 text-sm text-slate-700" data-testid="loading-state">
      <span className="h-4 w-4 animate-spin rounded-full border-2 border-slate-300 border-t-indigo-700" aria-hidden="true" />
      {label}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="p-6 text-center text-sm text-slate-700" data-testid="empty-state">
      <p className="font-medium text-slate-900">{title}</p>
      {children && <div className="mt-1">{children}</div>}
    </div>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <div role="alert" className="m-3 rounded-md border border-rose-300 bg-rose-50 p-3 text-sm text-rose-900" data-testid="error-state">
      <p>{describeError(error)}</p>
      {onRetry && (
        <button type="button" className="btn-secondary mt-2" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
