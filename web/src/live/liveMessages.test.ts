import { describe, expect, it } from "vitest";
import { parseFrame, parseLiveLeads, parseLiveProgress, parseLog, parsePhones, phonesOnFrame, type LiveFrame, type LivePhone } from "./liveMessages";

describe("live hub messages", () => {
  it("turns a frame's base64 JPEG into a data URL and keeps its geometry", () => {
    expect(parseFrame({ data: "/9j/4AAQ", width: 1280, height: 800, ts: 1700000000000 })).toEqual({
      src: "data:image/jpeg;base64,/9j/4AAQ",
      width: 1280,
      height: 800,
      ts: 1700000000000,
      page: null,
      scrollX: null,
      scrollY: null,
      viewportWidth: null,
      viewportHeight: null,
    });
  });

  it("reads CDP screencast metadata when the server forwards it", () => {
    const f = parseFrame({ data: "x", width: 640, height: 400, metadata: { scrollOffsetX: 0, scrollOffsetY: 1200, deviceWidth: 1280, deviceHeight: 800 } })!;
    expect([f.scrollX, f.scrollY, f.viewportWidth, f.viewportHeight]).toEqual([0, 1200, 1280, 800]);
  });

  it("drops frames without data or size", () => {
    expect(parseFrame({ data: "", width: 1, height: 1 })).toBeNull();
    expect(parseFrame({ data: "x", width: 0, height: 800 })).toBeNull();
    expect(parseFrame("x")).toBeNull();
  });

  it("reads phone boxes in the brief's shape, snake or camel case", () => {
    const phones = parsePhones([
      { e164: "+14165550147", type: "fixed_line", confidence: 0.95, layers: ["tel_link"], context: "Call (416) 555-0147", box: { x: 10, y: 20, width: 100, height: 18, norm_x: 0.1, norm_y: 0.2, norm_width: 0.3, norm_height: 0.04 } },
      { e164: "+14165550148", confidence: 0.5, layer: "ocr", box: { x: 1, y: 2, width: 3, height: 4, normX: 0.5, normY: 0.5, normWidth: 0.1, normHeight: 0.1 } },
      { e164: "+14165550149", box: null },
    ]);
    expect(phones).toHaveLength(2);
    expect(phones[0]).toMatchObject({ e164: "+14165550147", type: "fixed_line", layers: ["tel_link"], context: "Call (416) 555-0147" });
    expect(phones[0]!.box.normWidth).toBe(0.3);
    expect(phones[1]).toMatchObject({ type: "unknown", layers: ["ocr"] });
    expect(phones[1]!.box.normX).toBe(0.5);
  });

  it("accepts one lead or a batch", () => {
    expect(parseLiveLeads({ name: "A", url: "a" })).toHaveLength(1);
    expect(parseLiveLeads([{ name: "A", url: "a" }, { name: "B", url: "b" }])).toHaveLength(2);
    expect(parseLiveLeads({ leads: [{ name: "A", url: "a" }] })).toHaveLength(1);
  });

  it("reads progress bare or wrapped", () => {
    expect(parseLiveProgress({ progress: { website: { found: 2 } } })[0]).toMatchObject({ platform: "website", found: 2 });
    expect(parseLiveProgress([{ platform: "website", processed: 1 }])[0]).toMatchObject({ processed: 1 });
  });

  it("reads log lines as text or objects, mapping .NET levels", () => {
    expect(parseLog("started", 5)).toEqual({ ts: 5, level: "info", message: "started" });
    expect(parseLog({ level: "Warning", message: "slow page", ts: "2026-11-02T10:00:00Z" }, 5)).toEqual({ ts: Date.parse("2026-11-02T10:00:00Z"), level: "warning", message: "slow page" });
    expect(parseLog({ level: "Critical", message: "x" }, 5)!.level).toBe("error");
    expect(parseLog({ level: "info" }, 5)).toBeNull();
  });
});

describe("phonesOnFrame", () => {
  const box = { x: 10, y: 20, width: 90, height: 16, normX: 0.1, normY: 0.2, normWidth: 0.07, normHeight: 0.02 };
  const phone = (e164: string, page: string | null): LivePhone => ({ e164, type: "fixed_line", confidence: 0.95, layers: ["visible_text"], context: "", box, page });
  const frame = (page: string | null): LiveFrame => ({ src: "data:image/jpeg;base64,AA", width: 1280, height: 800, ts: 1, page, scrollX: 0, scrollY: 0, viewportWidth: 1280, viewportHeight: 800 });
  const a = "http://127.0.0.1:7071/replicas/google/maps/place/a";
  const b = "http://127.0.0.1:7071/replicas/google/maps/place/b";

  it("leaves out phones found on another page than the one the frame shows", () => {
    const shown = phonesOnFrame(frame(b), [phone("+14165550101", a), phone("+14165550102", b)]);
    expect(shown.map((p) => p.e164)).toEqual(["+14165550102"]);
  });

  it("draws every phone when the frame or the phone does not name its page", () => {
    expect(phonesOnFrame(frame(null), [phone("+14165550101", a)])).toHaveLength(1);
    expect(phonesOnFrame(frame(b), [phone("+14165550101", null)])).toHaveLength(1);
  });

  it("reads the page of frames and phones from the hub's messages", () => {
    expect(parseFrame({ data: "AA", width: 1280, height: 800, page: a })?.page).toBe(a);
    expect(parsePhones([{ e164: "+14165550101", box, page: b }])[0]?.page).toBe(b);
  });
});
