import { useId, useState } from "react";
import { addDays, isoDate } from "../analytics/periods";
import { PLATFORMS } from "../api/contract";
import { useServices } from "../AppServices";
import { useCampaignList } from "../campaigns/useCampaignList";
import { DownloadButtons } from "../components/DownloadButtons";
import { platformLabel } from "../format/platformLabel";
import { EmptyState, ErrorState, LoadingState } from "../components/StateMessage";

/** Downloads: one campaign's leads, or every lead found in a date range. */
export function ExportsPage() {
  const { client, exporter } = useServices();
  const { campaigns, error, refresh } = useCampaignList(client);
  const [campaignId, setCampaignId] = useState("");
  const today = isoDate(Date.now());
  const [from, setFrom] = useState(addDays(today, -29));
  const [to, setTo] = useState(today);
  const [platform, setPlatform] = useState("");
  const uid = useId();
  const selected = campaignId || campaigns?.[0]?.id || "";

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <section aria-labelledby={`${uid}-c`} className="panel flex flex-col gap-3 p-4" data-testid="export-campaign">
        <h2 id={`${uid}-c`} className="text-lg font-semibold text-slate-900">
          One campaign
        </h2>
        {error != null && <ErrorState error={error} onRetry={refresh} />}
        {campaigns === null && error == null && <LoadingState label="Loading campaigns…" />}
        {campaigns !== null && campaigns.length === 0 && <EmptyState title="No campaigns to export yet." />}
        {campaigns !== null && campaigns.length > 0 && (
          <>
            <div>
              <label htmlFor={`${uid}-campaign`} className="field-label">
                Campaign
              </label>
              <select id={`${uid}-campaign`} className="field-input" value={selected} onChange={(e) => setCampaignId(e.target.value)}>
                {campaigns.map((c) => (
                  <option key={c.id} value={c.id}>
                    {(c.queries.join(", ") || c.id).slice(0, 80)} — {c.status}
                  </option>
                ))}
              </select>
            </div>
            <DownloadButtons label="Download the campaign" download={(f) => exporter.campaign(selected, f)} disabled={!selected} />
          </>
        )}
      </section>

      <section aria-labelledby={`${uid}-r`} className="panel flex flex-col gap-3 p-4" data-testid="export-range">
        <h2 id={`${uid}-r`} className="text-lg font-semibold text-slate-900">
          Date range
        </h2>
        <p className="text-sm text-slate-700">Every lead found between the two dates (inclusive, UTC), across campaigns.</p>
        <div className="grid grid-cols-2 gap-3">
          <div>
            <label htmlFor={`${uid}-from`} className="field-label">
              From
            </label>
            <input id={`${uid}-from`} type="date" className="field-input" value={from} max={to} onChange={(e) => setFrom(e.target.value)} />
          </div>
          <div>
            <label htmlFor={`${uid}-to`} className="field-label">
              To
            </label>
            <input id={`${uid}-to`} type="date" className="field-input" value={to} min={from} onChange={(e) => setTo(e.target.value)} />
          </div>
        </div>
        <div>
          <label htmlFor={`${uid}-platform`} className="field-label">
            Platform
          </label>
          <select id={`${uid}-platform`} className="field-input" value={platform} onChange={(e) => setPlatform(e.target.value)}>
            <option value="">All platforms</option>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {platformLabel(p)}
              </option>
            ))}
          </select>
        </div>
        <DownloadButtons label="Download the date range" download={(f) => exporter.range({ format: f, from, to, platform: platform || undefined })} />
      </section>
    </div>
  );
}
