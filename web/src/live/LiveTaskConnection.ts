import { HubConnectionBuilder, HubConnectionState, LogLevel, type HubConnection } from "@microsoft/signalr";
import type { Lead, PlatformProgress } from "../api/contract";
import { parseFrame, parseLiveLeads, parseLiveProgress, parseLog, parsePhones, type LiveFrame, type LiveLogLine, type LivePhone } from "./liveMessages";

export type LiveState = "connecting" | "live" | "reconnecting" | "unavailable" | "closed";

export interface LiveHandlers {
  frame(frame: LiveFrame): void;
  phones(phones: LivePhone[]): void;
  leads(leads: Lead[]): void;
  progress(progress: PlatformProgress[]): void;
  log(line: LiveLogLine): void;
  state(state: LiveState, detail?: string): void;
}

export type HubFactory = (url: string) => HubConnection;

/**
 * A hub connection with automatic reconnects. `headers` (the X-User-Id seam) reach negotiate and the
 * HTTP transports; browsers cannot set headers on a WebSocket, so a hub that checks them must read the user
 * from negotiate or from a token once auth lands.
 */
export function createHubConnection(url: string, headers?: Record<string, string>): HubConnection {
  return new HubConnectionBuilder()
    .withUrl(url, headers ? { headers } : {})
    .withAutomaticReconnect([0, 1000, 2000, 5000, 10000])
    .configureLogging(LogLevel.Warning)
    .build();
}

/**
 * The hub URL for a configured user: browsers cannot put the X-User-Id header on a WebSocket, so the user also
 * travels as the `user` query parameter, which the hub reads when the header is absent.
 */
export function hubUrlForUser(url: string, userId: string): string {
  return `${url}${url.includes("?") ? "&" : "?"}user=${encodeURIComponent(userId)}`;
}

const defaultFactory: HubFactory = (url) => createHubConnection(url);

/** Delays before retrying a first connection that failed (the hub may not be up yet); the last repeats. */
export const START_RETRY_DELAYS_MS = [1000, 2000, 5000, 10000];

/**
 * One viewer's subscription to one task on the live hub (`/hubs/live`): joins the task's group with
 * "JoinTask", re-joins after every reconnect, and turns hub messages into parsed values.
 */
export class LiveTaskConnection {
  private readonly connection: HubConnection;
  private stopped = false;
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    hubUrl: string,
    private readonly taskId: string,
    private readonly handlers: LiveHandlers,
    factory: HubFactory = defaultFactory,
    private readonly now: () => number = Date.now,
  ) {
    this.connection = factory(hubUrl);
    this.connection.on("frame", (raw: unknown) => {
      const frame = parseFrame(raw);
      if (frame) handlers.frame(frame);
    });
    this.connection.on("phones", (raw: unknown) => handlers.phones(parsePhones(raw)));
    this.connection.on("lead", (raw: unknown) => {
      const leads = parseLiveLeads(raw);
      if (leads.length > 0) handlers.leads(leads);
    });
    this.connection.on("progress", (raw: unknown) => handlers.progress(parseLiveProgress(raw)));
    this.connection.on("log", (raw: unknown) => {
      const line = parseLog(raw, this.now());
      if (line) handlers.log(line);
    });
    this.connection.onreconnecting(() => handlers.state("reconnecting"));
    this.connection.onreconnected(() => void this.join());
    this.connection.onclose((error) => {
      if (this.stopped) return;
      handlers.state("unavailable", error?.message);
      this.scheduleStart();
    });
  }

  start(): void {
    if (this.stopped) return;
    this.handlers.state("connecting");
    this.connection.start().then(
      () => this.join(),
      (error: unknown) => {
        if (this.stopped) return;
        this.handlers.state("unavailable", error instanceof Error ? error.message : String(error));
        this.scheduleStart();
      },
    );
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    // Silent: the owner is gone, and a late state change would overwrite its next connection's.
    if (this.connection.state !== HubConnectionState.Disconnected) await this.connection.stop();
  }

  private async join(): Promise<void> {
    try {
      await this.connection.invoke("JoinTask", this.taskId);
      this.attempt = 0;
      if (!this.stopped) this.handlers.state("live");
    } catch (error) {
      // The hub refuses tasks that are not the caller's; say so rather than wait for frames forever.
      if (!this.stopped) this.handlers.state("unavailable", error instanceof Error ? error.message : String(error));
    }
  }

  private scheduleStart(): void {
    const delay = START_RETRY_DELAYS_MS[Math.min(this.attempt, START_RETRY_DELAYS_MS.length - 1)] ?? 10000;
    this.attempt++;
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.start(), delay);
  }
}
