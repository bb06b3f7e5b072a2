import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { HubConnectionState, type HubConnection } from "@microsoft/signalr";
import { hubUrlForUser, LiveTaskConnection, START_RETRY_DELAYS_MS, type LiveHandlers, type LiveState } from "./LiveTaskConnection";

/** Just enough of a HubConnection to drive the class: handlers by name, scripted start/invoke. */
class FakeHub {
  state = HubConnectionState.Disconnected;
  handlers = new Map<string, (arg: unknown) => void>();
  closed: ((e?: Error) => void) | undefined;
  reconnected: (() => void) | undefined;
  invocations: [string, unknown][] = [];
  startResults: ("ok" | "fail")[] = [];
  joinFails = false;

  on(name: string, h: (arg: unknown) => void) {
    this.handlers.set(name, h);
  }
  onclose(h: (e?: Error) => void) {
    this.closed = h;
  }
  onreconnecting() {}
  onreconnected(h: () => void) {
    this.reconnected = h;
  }
  async start() {
    if ((this.startResults.shift() ?? "ok") === "fail") throw new Error("negotiate 404");
    this.state = HubConnectionState.Connected;
  }
  async stop() {
    this.state = HubConnectionState.Disconnected;
  }
  async invoke(method: string, arg: unknown) {
    this.invocations.push([method, arg]);
    if (this.joinFails) throw new Error("not your task");
  }
  emit(name: string, arg: unknown) {
    this.handlers.get(name)!(arg);
  }
}

function recorder() {
  const states: [LiveState, string | undefined][] = [];
  const got: Record<string, unknown[]> = { frame: [], phones: [], leads: [], progress: [], log: [] };
  const handlers: LiveHandlers = {
    frame: (v) => got.frame!.push(v),
    phones: (v) => got.phones!.push(v),
    leads: (v) => got.leads!.push(v),
    progress: (v) => got.progress!.push(v),
    log: (v) => got.log!.push(v),
    state: (s, d) => states.push([s, d]),
  };
  return { handlers, states, got };
}

describe("LiveTaskConnection", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] }));
  afterEach(() => vi.useRealTimers());

  it("joins the task's group once connected and reports live", async () => {
    const hub = new FakeHub();
    const r = recorder();
    new LiveTaskConnection("/hubs/live", "task-1", r.handlers, () => hub as unknown as HubConnection).start();
    await vi.advanceTimersByTimeAsync(0);
    expect(hub.invocations).toEqual([["JoinTask", "task-1"]]);
    expect(r.states.map((s) => s[0])).toEqual(["connecting", "live"]);
  });

  it("re-joins after an automatic reconnect (groups do not survive a new connection)", async () => {
    const hub = new FakeHub();
    new LiveTaskConnection("/hubs/live", "task-1", recorder().handlers, () => hub as unknown as HubConnection).start();
    await vi.advanceTimersByTimeAsync(0);
    hub.reconnected!();
    await vi.advanceTimersByTimeAsync(0);
    expect(hub.invocations).toHaveLength(2);
  });

  it("retries a failed first connection with growing delays until the hub is there", async () => {
    const hub = new FakeHub();
    hub.startResults = ["fail", "fail", "ok"];
    const r = recorder();
    new LiveTaskConnection("/hubs/live", "t", r.handlers, () => hub as unknown as HubConnection).start();
    await vi.advanceTimersByTimeAsync(0);
    expect(r.states.at(-1)).toEqual(["unavailable", "negotiate 404"]);
    await vi.advanceTimersByTimeAsync(START_RETRY_DELAYS_MS[0]!);
    expect(r.states.at(-1)![0]).toBe("unavailable");
    await vi.advanceTimersByTimeAsync(START_RETRY_DELAYS_MS[1]! - 1);
    expect(hub.invocations).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(hub.invocations).toHaveLength(1);
    expect(r.states.at(-1)![0]).toBe("live");
  });

  it("says so when the hub refuses the task", async () => {
    const hub = new FakeHub();
    hub.joinFails = true;
    const r = recorder();
    new LiveTaskConnection("/hubs/live", "t", r.handlers, () => hub as unknown as HubConnection).start();
    await vi.advanceTimersByTimeAsync(0);
    expect(r.states.at(-1)).toEqual(["unavailable", "not your task"]);
  });

  it("parses each message kind and ignores malformed frames", async () => {
    const hub = new FakeHub();
    const r = recorder();
    new LiveTaskConnection("/hubs/live", "t", r.handlers, () => hub as unknown as HubConnection, () => 42).start();
    hub.emit("frame", { data: "abc", width: 10, height: 10 });
    hub.emit("frame", { nope: true });
    hub.emit("phones", [{ e164: "+1", box: { norm_x: 0, norm_y: 0, norm_width: 0.1, norm_height: 0.1 } }]);
    hub.emit("lead", { name: "A", url: "a" });
    hub.emit("progress", [{ platform: "website", found: 1 }]);
    hub.emit("log", "hello");
    expect(r.got.frame).toHaveLength(1);
    expect((r.got.phones![0] as unknown[]).length).toBe(1);
    expect(r.got.leads).toHaveLength(1);
    expect(r.got.progress).toHaveLength(1);
    expect(r.got.log).toEqual([{ ts: 42, level: "info", message: "hello" }]);
  });

  it("stops retrying once stopped", async () => {
    const hub = new FakeHub();
    hub.startResults = ["fail", "ok"];
    const conn = new LiveTaskConnection("/hubs/live", "t", recorder().handlers, () => hub as unknown as HubConnection);
    conn.start();
    await vi.advanceTimersByTimeAsync(0);
    await conn.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(hub.invocations).toHaveLength(0);
  });
});

describe("hubUrlForUser", () => {
  it("adds the user as a query parameter the hub reads on WebSockets", () => {
    expect(hubUrlForUser("http://127.0.0.1:7071/hubs/live", "ana_b-1")).toBe("http://127.0.0.1:7071/hubs/live?user=ana_b-1");
  });

  it("escapes the user and keeps an existing query", () => {
    expect(hubUrlForUser("/hubs/live?v=2", "a b&c")).toBe("/hubs/live?v=2&user=a%20b%26c");
  });
});
