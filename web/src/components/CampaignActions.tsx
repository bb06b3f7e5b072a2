import { useState } from "react";
import { describeError } from "../api/ApiError";
import type { Campaign } from "../api/contract";
import type { CampaignAction } from "../api/LeadIntelClient";
import { ACTION_LABELS, allowedActions } from "../campaigns/campaignActions";
import { useServices } from "../AppServices";

/** Pause / resume / stop for one campaign; stop asks for confirmation because it cannot be undone. */
export function CampaignActions({ campaign, onChanged, compact }: { campaign: Campaign; onChanged: () => void; compact?: boolean }) {
  const { client } = useServices();
  const [busy, setBusy] = useState<CampaignAction | null>(null);
  const [confirmStop, setConfirmStop] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const actions = allowedActions(campaign.status);
  if (actions.length === 0) return null;

  const run = async (action: CampaignAction) => {
    setBusy(action);
    setError(null);
    try {
      await client.changeCampaign(campaign.id, action);
      onChanged();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(null);
      setConfirmStop(false);
    }
  };

  const label = (a: CampaignAction) => `${ACTION_LABELS[a]} campaign ${campaign.queries[0] ?? campaign.id}`;
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="campaign-actions">
      {confirmStop ? (
        <>
          <span className="text-sm text-slate-800">Stop for good?</span>
          <button type="button" className="btn-danger" onClick={() => void run("stop")} disabled={busy !== null} data-testid="confirm-stop">
            {busy === "stop" ? "Stopping…" : "Yes, stop"}
          </button>
          <button type="button" className="btn-secondary" onClick={() => setConfirmStop(false)}>
            Cancel
          </button>
        </>
      ) : (
        actions.map((a) => (
          <button
            key={a}
            type="button"
            className={a === "stop" ? "btn-danger" : "btn-secondary"}
            onClick={() => (a === "stop" ? setConfirmStop(true) : void run(a))}
            disabled={busy !== null}
            aria-label={compact ? label(a) : undefined}
            data-testid={`action-${a}`}
          >
            {busy === a ? `${ACTION_LABELS[a]}…` : ACTION_LABELS[a]}
          </button>
        ))
      )}
      {error && (
        <p role="alert" className="w-full text-xs text-rose-800">
          {error}
        </p>
      )}
    </div>
  );
}
