import { useState } from "react";
import { describeError } from "../api/ApiError";
import type { ExportFormat } from "../api/contract";
import { saveFile } from "../exports/saveFile";
import type { ExportResult } from "../exports/LeadExporter";

const FORMAT_LABELS: Record<ExportFormat, string> = { csv: "CSV", json: "JSON", xlsx: "Excel" };

/** A row of CSV / JSON / Excel buttons around one export function. */
export function DownloadButtons({ download, formats = ["csv", "json", "xlsx"], label, disabled, compact }: { download: (format: ExportFormat) => Promise<ExportResult>; formats?: ExportFormat[]; label: string; disabled?: boolean; compact?: boolean }) {
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const run = async (format: ExportFormat) => {
    setBusy(format);
    setMessage(null);
    try {
      const result = await download(format);
      saveFile(result.blob, result.filename);
      setMessage({ error: false, text: `Saved ${result.filename}${result.source === "browser" ? " (built in the browser from campaign results)" : ""}.` });
    } catch (e) {
      setMessage({ error: true, text: describeError(e) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="flex flex-col gap-1">
      <div role="group" aria-label={label} className="flex flex-wrap items-center gap-2">
        {compact && <span className="text-sm text-slate-800">Download</span>}
        {formats.map((f) => (
          <button key={f} type="button" className="btn-secondary" onClick={() => void run(f)} disabled={disabled || busy !== null} aria-label={compact ? `Download ${FORMAT_LABELS[f]}` : undefined} data-testid={`download-${f}`}>
            {busy === f ? "Preparing…" : compact ? FORMAT_LABELS[f] : `Download ${FORMAT_LABELS[f]}`}
          </button>
        ))}
      </div>
      {message && (
        <p role={message.error ? "alert" : "status"} className={`text-xs ${message.error ? "text-rose-800" : "text-slate-700"}`} data-testid="download-message">
          {message.text}
        </p>
      )}
    </div>
  );
}
