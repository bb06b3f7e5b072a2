import type { BoxGeometry, Lead, PlatformProgress } from "../api/contract";
import { parseBox, parseLead } from "../api/parseLead";
import { parseProgress } from "../api/parseCampaign";
import { arr, field, isObject, listOf, num, str, strings } from "../api/wireFields";
import type { FrameGeometry } from "../overlay/geometry";

/** One screencast frame of the task's browser page (hub message "frame"). */
export interface LiveFrame extends FrameGeometry {
  /** A data: URL of the JPEG, ready for an <img>. */
  src: string;
  /** Capture time (ms since epoch) when sent. */
  ts: number | null;
  /** URL of the page the frame shows, when the worker says. */
  page: string | null;
}

/** A phone highlighted on the live page (hub message "phones"). */
export interface LivePhone {
  e164: string;
  type: string;
  confidence: number;
  layers: string[];
  context: string;
  box: BoxGeometry;
  /** URL of the page the phone was found on, when the worker says. */
  page: string | null;
}

/**
 * The phones to draw over a frame: frames and phone lists arrive as separate messages, so while the worker moves
 * to the next page the last list may still describe the previous one. Phones of another page are left out;
 * when either side does not name its page, all are drawn.
 */
export function phonesOnFrame(frame: LiveFrame | null, phones: LivePhone[]): LivePhone[] {
  if (!frame?.page) return phones;
  return phones.filter((p) => !p.page || p.page === frame.page);
}

export type LogLevel = "debug" | "info" | "warning" | "error";

export interface LiveLogLine {
  ts: number;
  level: LogLevel;
  message: string;
}

export function parseFrame(raw: unknown): LiveFrame | null {
  if (!isObject(raw)) return null;
  const data = str(raw, "data");
  const width = num(raw, "width");
  const height = num(raw, "height");
  if (!data || !width || !height) return null;
  const meta = field(raw, "metadata");
  const m = isObject(meta) ? meta : raw;
  return {
    src: data.startsWith("data:") ? data : `data:image/jpeg;base64,${data}`,
    width,
    height,
    ts: num(raw, "ts", "timestamp"),
    page: str(raw, "page") ?? null,
    scrollX: num(m, "scroll_x", "scroll_offset_x"),
    scrollY: num(m, "scroll_y", "scroll_offset_y"),
    viewportWidth: num(m, "viewport_width", "device_width"),
    viewportHeight: num(m, "viewport_height", "device_height"),
  };
}

export function parsePhones(raw: unknown): LivePhone[] {
  return listOf(raw, "phones")
    .map((p): LivePhone | null => {
      if (!isObject(p)) return null;
      const e164 = str(p, "e164");
      const box = parseBox(field(p, "box"));
      if (!e164 || !box) return null;
      const layers = strings(p, "layers");
      const layer = str(p, "layer");
      return {
        e164,
        type: str(p, "type") ?? "unknown",
        confidence: num(p, "confidence") ?? 0,
        layers: layers.length > 0 ? layers : layer ? [layer] : [],
        context: str(p, "context") ?? "",
        box,
        page: str(p, "page") ?? null,
      };
    })
    .filter((p): p is LivePhone => p !== null);
}

/** A "lead" message carries one lead or a batch of them. */
export function parseLiveLeads(raw: unknown): Lead[] {
  const items = Array.isArray(raw) ? raw : isObject(raw) && Array.isArray(field(raw, "leads")) ? arr(raw, "leads") : [raw];
  return items.map(parseLead).filter((l): l is Lead => l !== null);
}

export function parseLiveProgress(raw: unknown): PlatformProgress[] {
  if (isObject(raw) && field(raw, "progress") !== undefined) return parseProgress(field(raw, "progress"));
  return parseProgress(raw);
}

const LEVELS: Record<string, LogLevel> = {
  trace: "debug",
  debug: "debug",
  information: "info",
  info: "info",
  warning: "warning",
  warn: "warning",
  error: "error",
  critical: "error",
};

export function parseLog(raw: unknown, now: number): LiveLogLine | null {
  if (typeof raw === "string") return { ts: now, level: "info", message: raw };
  if (!isObject(raw)) return null;
  const message = str(raw, "message", "text", "line");
  if (!message) return null;
  const tsField = field(raw, "ts", "timestamp");
  const ts = typeof tsField === "number" ? tsField : typeof tsField === "string" ? Date.parse(tsField) : NaN;
  return {
    ts: Number.isFinite(ts) ? ts : now,
    level: LEVELS[(str(raw, "level") ?? "info").toLowerCase()] ?? "info",
    message,
  };
}
