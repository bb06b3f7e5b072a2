import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useRef, useState } from "react";
import type { Lead } from "../api/contract";
import { leadKey } from "../api/parseLead";
import { confidenceBand } from "../overlay/confidenceBand";
import { LeadDetails } from "./LeadDetails";
import { platformLabel } from "../format/platformLabel";

/** Every row has this height, so streaming rows never shift what is on screen. */
export const ROW_HEIGHT = 44;

type Variant = "compact" | "full";

const GRID: Record<Variant, string> = {
  compact: "grid-cols-[minmax(0,1fr)_8.75rem]",
  full: "grid-cols-[3rem_minmax(12rem,1.4fr)_8rem_10rem_minmax(10rem,1fr)_minmax(8rem,0.8fr)_minmax(12rem,1fr)]",
};

const HEADERS: Record<Variant, string[]> = {
  compact: ["Name", "Phone"],
  full: ["#", "Name", "Platform", "Phone", "Email", "Category", "Address"],
};

const DOT = { high: "bg-emerald-600", medium: "bg-amber-500", low: "bg-rose-600" };

function bestPhone(lead: Lead) {
  return [...lead.phones].sort((a, b) => b.confidence - a.confidence)[0];
}

function PhoneCell({ lead }: { lead: Lead }) {
  const p = bestPhone(lead);
  if (!p) return <span className="text-slate-500">—</span>;
  return (
    <span className="flex items-center gap-1.5 truncate font-mono text-xs" title={`${p.e164} · ${Math.round(p.confidence * 100)}% · ${p.evidence.map((e) => e.layer).join(", ")}`}>
      <span className={`h-2 w-2 shrink-0 rounded-full ${DOT[confidenceBand(p.confidence)]}`} aria-hidden="true" />
      {p.e164}
      {lead.phones.length > 1 && <span className="font-sans text-slate-600">+{lead.phones.length - 1}</span>}
    </span>
  );
}

/**
 * The results of a campaign in a virtualized table: only visible rows are in the DOM, so tens of thousands
 * of leads scroll smoothly. The view follows new rows while the user is at the bottom, and stays put otherwise.
 */
export function ResultsTable({ leads, variant = "compact", label = "Results" }: { leads: Lead[]; variant?: Variant; label?: string }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<Lead | null>(null);
  const stickToBottom = useRef(true);
  const virtualizer = useVirtualizer({
    count: leads.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  useEffect(() => {
    if (stickToBottom.current && leads.length > 0) virtualizer.scrollToIndex(leads.length - 1, { align: "end" });
  }, [leads.length, virtualizer]);

  const onScroll = () => {
    const el = scrollRef.current;
    if (el) stickToBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < ROW_HEIGHT * 2;
  };

  const grid = `grid ${GRID[variant]} items-center gap-x-3 px-3`;
  return (
    <div role="table" aria-label={label} aria-rowcount={leads.length + 1} className="flex min-h-0 flex-1 flex-col overflow-hidden rounded-md border border-slate-200 bg-white" data-testid="results-table" data-count={leads.length}>
      <div role="rowgroup" className="border-b border-slate-200 bg-slate-50">
        <div role="row" aria-rowindex={1} className={`${grid} h-9 text-xs font-semibold text-slate-800`}>
          {HEADERS[variant].map((h) => (
            <span role="columnheader" key={h}>
              {h}
            </span>
          ))}
        </div>
      </div>
      <div ref={scrollRef} onScroll={onScroll} tabIndex={0} aria-label={`${label}, scrollable`} className="relative min-h-0 flex-1 overflow-auto" role="rowgroup">
        {leads.length === 0 ? (
          <p className="p-6 text-center text-sm text-slate-700" data-testid="results-empty">
            No results yet. Leads appear here as they are found.
          </p>
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
            {virtualizer.getVirtualItems().map((item) => {
              const lead = leads[item.index]!;
              return (
                <div
                  key={leadKey(lead)}
                  role="row"
                  aria-rowindex={item.index + 2}
                  data-testid="results-row"
                  className={`${grid} absolute inset-x-0 border-b border-slate-100 text-sm hover:bg-indigo-50/60`}
                  style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                >
                  {variant === "full" && (
                    <span role="cell" className="text-xs text-slate-600 tabular-nums">
                      {item.index + 1}
                    </span>
                  )}
                  <span role="cell" className="min-w-0">
                    <button type="button" className="block max-w-full truncate text-left font-medium text-slate-900 hover:underline" onClick={() => setSelected(lead)} title={lead.name}>
                      {lead.name}
                    </button>
                    {variant === "compact" && <span className="block truncate text-xs text-slate-700">{[platformLabel(lead.platform), lead.category, lead.address].filter(Boolean).join(" · ")}</span>}
                  </span>
                  {variant === "compact" ? (
                    <span role="cell" className="min-w-0">
                      <PhoneCell lead={lead} />
                    </span>
                  ) : (
                    <>
                      <span role="cell" className="truncate text-xs text-slate-700">
                        {platformLabel(lead.platform)}
                      </span>
                      <span role="cell" className="min-w-0">
                        <PhoneCell lead={lead} />
                      </span>
                      <span role="cell" className="truncate text-xs" title={lead.emails.map((e) => e.address).join(", ")}>
                        {lead.emails[0]?.address ?? "—"}
                      </span>
                      <span role="cell" className="truncate text-xs">
                        {lead.category ?? "—"}
                      </span>
                      <span role="cell" className="truncate text-xs" title={lead.address ?? ""}>
                        {lead.address ?? "—"}
                      </span>
                    </>
                  )}
                </div>
              );
            })}
          </div>
        )}
      </div>
      {selected && <LeadDetails lead={selected} onClose={() => setSelected(null)} />}
    </div>
  );
}
