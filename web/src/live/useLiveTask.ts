import { useEffect, useRef, useState } from "react";
import type { Lead, PlatformProgress } from "../api/contract";
import type { LiveFrame, LiveLogLine, LivePhone } from "./liveMessages";
import { LiveTaskConnection, type HubFactory, type LiveState } from "./LiveTaskConnection";

export const MAX_LOG_LINES = 500;

export interface LiveTask {
  state: LiveState;
  detail: string | undefined;
  frame: LiveFrame | null;
  phones: LivePhone[];
  logs: LiveLogLine[];
  /** Leads pushed by the hub since the task was opened (the polled list is the source of truth). */
  leads: Lead[];
  progress: PlatformProgress[] | null;
}

const IDLE: LiveTask = { state: "closed", detail: undefined, frame: null, phones: [], logs: [], leads: [], progress: null };

/**
 * Live data of one task while a page shows it. Frames are committed at most once per animation frame and
 * only the newest is kept, so a slow screen drops frames instead of queueing them.
 */
export function useLiveTask(hubUrl: string, taskId: string | null, factory?: HubFactory): LiveTask {
  const [live, setLive] = useState<LiveTask>(IDLE);
  const pendingFrame = useRef<LiveFrame | null>(null);
  const rafId = useRef<number | null>(null);

  useEffect(() => {
    setLive(IDLE);
    if (!taskId) return;
    const flushFrame = () => {
      rafId.current = null;
      const frame = pendingFrame.current;
      pendingFrame.current = null;
      if (frame) setLive((s) => ({ ...s, frame }));
    };
    const connection = new LiveTaskConnection(
      hubUrl,
      taskId,
      {
        frame: (frame) => {
          pendingFrame.current = frame;
          if (rafId.current === null) rafId.current = requestAnimationFrame(flushFrame);
        },
        phones: (phones) => setLive((s) => ({ ...s, phones })),
        leads: (leads) => setLive((s) => ({ ...s, leads: [...s.leads, ...leads] })),
        progress: (progress) => setLive((s) => ({ ...s, progress })),
        log: (line) => setLive((s) => ({ ...s, logs: [...s.logs, line].slice(-MAX_LOG_LINES) })),
        state: (state, detail) => setLive((s) => ({ ...s, state, detail })),
      },
      factory,
    );
    connection.start();
    return () => {
      if (rafId.current !== null) cancelAnimationFrame(rafId.current);
      rafId.current = null;
      pendingFrame.current = null;
      void connection.stop();
    };
  }, [hubUrl, taskId, factory]);

  return live;
}
