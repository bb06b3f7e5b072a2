import { useRef, useState } from "react";
import { usesBrowser } from "../api/contract";
import { phonesOnFrame, type LiveFrame, type LivePhone } from "../live/liveMessages";
import type { LiveState } from "../live/LiveTaskConnection";
import { BAND_CLASSES, BAND_LABELS, confidenceBand, type ConfidenceBand } from "../overlay/confidenceBand";
import { overlayRect } from "../overlay/geometry";
import { platformLabel } from "../format/platformLabel";
import { formatPercent } from "../format/time";
import { useElementSize } from "./useElementSize";

export interface LiveBrowserViewProps {
  taskId: string | null;
  platforms: string[];
  finished: boolean;
  state: LiveState;
  detail?: string;
  frame: LiveFrame | null;
  phones: LivePhone[];
}

function placeholderText(p: LiveBrowserViewProps): { title: string; body: string } {
  if (!p.taskId) return { title: "No task running", body: "Start a campaign to watch the browser work here, with every phone it finds highlighted." };
  if (p.finished) return { title: "Task finished", body: "The browser view is shown while a task runs. Its results are on the right." };
  if (p.platforms.length > 0 && !usesBrowser(p.platforms)) {
    const names = p.platforms.map(platformLabel).join(" and ");
    return { title: "No browser for these platforms", body: `${names} ${p.platforms.length === 1 ? "works" : "work"} over HTTP without a browser, so there is no live picture. Results stream in on the right.` };
  }
  if (p.state === "unavailable") return { title: "Live view unavailable", body: `${p.detail ? `${p.detail}. ` : ""}Retrying; results keep updating on the right.` };
  if (p.state === "connecting" || p.state === "reconnecting") return { title: "Connecting to the live view…", body: "Frames appear as soon as the browser worker sends them." };
  return { title: "Waiting for the first frame…", body: "The browser is starting. Frames appear while the page loads and scrolls." };
}

function Legend() {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-800" aria-label="Overlay colours">
      {(Object.keys(BAND_LABELS) as ConfidenceBand[]).map((band) => (
        <li key={band} className="flex items-center gap-1.5">
          <span className={`inline-block h-3 w-5 border-2 ${BAND_CLASSES[band]}`} aria-hidden="true" />
          {BAND_LABELS[band]}
        </li>
      ))}
    </ul>
  );
}

/** The task's browser page as it is now, with a box over every phone found on it. */
export function LiveBrowserView(props: LiveBrowserViewProps) {
  const { frame } = props;
  const phones = phonesOnFrame(frame, props.phones);
  const stageRef = useRef<HTMLDivElement>(null);
  const stage = useElementSize(stageRef);
  const [selected, setSelected] = useState<LivePhone | null>(null);
  const placeholder = frame ? null : placeholderText(props);
  const current = selected && phones.some((p) => p.e164 === selected.e164) ? selected : null;

  return (
    <section aria-label="Live browser view" className="flex min-h-0 flex-col gap-2" data-testid="live-view" data-state={props.state}>
      <div ref={stageRef} className="relative aspect-[16/10] w-full overflow-hidden rounded-md bg-slate-900" data-testid="live-stage">
        {frame ? (
          <>
            <img src={frame.src} alt="Live view of the task's browser page" className="absolute inset-0 h-full w-full object-contain" data-testid="live-frame" draggable={false} />
            {phones.map((p, i) => {
              const rect = overlayRect(p.box, frame, stage);
              if (!rect) return null;
              const band = confidenceBand(p.confidence);
              return (
                <button
                  key={`${p.e164}-${i}`}
                  type="button"
                  className={`absolute border-2 ${BAND_CLASSES[band]} ${current?.e164 === p.e164 ? "ring-2 ring-white" : ""}`}
                  style={{ left: rect.left, top: rect.top, width: Math.max(rect.width, 8), height: Math.max(rect.height, 8) }}
                  aria-label={`Phone ${p.e164}, ${formatPercent(p.confidence)} confidence`}
                  aria-pressed={current?.e164 === p.e164}
                  onClick={() => setSelected(current?.e164 === p.e164 ? null : p)}
                  data-testid="phone-box"
                  data-e164={p.e164}
                  data-band={band}
                />
              );
            })}
          </>
        ) : (
          <div className="absolute inset-0 flex flex-col items-center justify-center gap-2 p-8 text-center" data-testid="live-placeholder">
            <svg viewBox="0 0 48 48" className="h-12 w-12 text-slate-500" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2">
              <rect x="4" y="8" width="40" height="30" rx="3" />
              <path d="M4 15h40M16 44h16M24 38v6" />
            </svg>
            <p className="text-base font-semibold text-white">{placeholder!.title}</p>
            <p className="max-w-md text-sm text-slate-300">{placeholder!.body}</p>
          </div>
        )}
      </div>
      <div className="min-h-[4.5rem] rounded-md border border-slate-200 bg-white p-2 text-sm" aria-live="polite" data-testid="phone-details">
        {current ? (
          <div>
            <p>
              <span className="font-mono font-semibold text-slate-900">{current.e164}</span>
              <span className="ml-2 text-slate-700">
                {current.type.replace(/_/g, " ")} · {formatPercent(current.confidence)} · layers: {current.layers.join(", ") || "—"}
              </span>
            </p>
            <p className="mt-1 truncate text-xs text-slate-700" title={current.context}>
              “{current.context}”
            </p>
          </div>
        ) : (
          <div className="flex h-full flex-col justify-between gap-1">
            <p className="text-slate-700">{frame ? `${phones.length} phone${phones.length === 1 ? "" : "s"} on this page. Select a box for its details.` : "Phones found on the page are boxed on the live view."}</p>
            <Legend />
          </div>
        )}
      </div>
    </section>
  );
}
