import { useEffect, useRef } from "react";
import type { LiveLogLine } from "../live/liveMessages";

const LEVEL_STYLE = { debug: "text-slate-500", info: "text-slate-800", warning: "text-amber-800", error: "text-rose-800 font-semibold" };

/** The task's log, newest at the bottom, following new lines unless the user scrolled up. */
export function LogPane({ lines }: { lines: LiveLogLine[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const follow = useRef(true);
  useEffect(() => {
    const el = ref.current;
    if (el && follow.current) el.scrollTop = el.scrollHeight;
  }, [lines]);
  return (
    <div
      ref={ref}
      role="log"
      aria-label="Task log"
      tabIndex={0}
      onScroll={(e) => {
        const el = e.currentTarget;
        follow.current = el.scrollHeight - el.scrollTop - el.clientHeight < 24;
      }}
      className="min-h-32 flex-1 overflow-y-auto rounded-md border border-slate-200 bg-slate-50 p-2 font-mono text-xs leading-5"
      data-testid="log-pane"
    >
      {lines.length === 0 ? (
        <p className="text-slate-600">Log lines appear here while a task runs.</p>
      ) : (
        lines.map((l, i) => (
          <p key={i} className={LEVEL_STYLE[l.level]}>
            <time className="mr-2 text-slate-500">{new Date(l.ts).toLocaleTimeString()}</time>
            {l.message}
          </p>
        ))
      )}
    </div>
  );
}
