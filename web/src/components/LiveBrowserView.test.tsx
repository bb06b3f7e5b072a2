// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { LiveFrame, LivePhone } from "../live/liveMessages";
import { stubClientSize } from "../test/stubLayout";
import { LiveBrowserView, type LiveBrowserViewProps } from "./LiveBrowserView";

// The stage the overlay is computed against.
stubClientSize(1000, 500);
afterEach(cleanup);

const frame: LiveFrame = { src: "data:image/jpeg;base64,AAAA", width: 1280, height: 800, ts: 1, page: null, scrollX: null, scrollY: null, viewportWidth: null, viewportHeight: null };

function phone(e164: string, confidence: number, normX: number, normY: number, page: string | null = null): LivePhone {
  return { e164, type: "fixed_line", confidence, layers: ["tel_link", "json_ld"], context: `Call us at ${e164}`, box: { x: 0, y: 0, width: 0, height: 0, normX, normY, normWidth: 0.1, normHeight: 0.05 }, page };
}

const base: LiveBrowserViewProps = { taskId: "t1", platforms: ["google_maps"], finished: false, state: "live", frame: null, phones: [] };

describe("LiveBrowserView", () => {
  it("boxes only the phones of the page the frame shows while the worker moves between pages", () => {
    const shown = { ...frame, page: "http://replica/place/b" };
    render(<LiveBrowserView {...base} frame={shown} phones={[phone("+14165550101", 0.95, 0.1, 0.1, "http://replica/place/a"), phone("+14165550102", 0.95, 0.3, 0.3, "http://replica/place/b")]} />);
    expect(screen.getAllByTestId("phone-box")).toHaveLength(1);
    expect(screen.getByTestId("phone-details").textContent).toContain("1 phone on this page");
  });

  it("shows a clear placeholder when there is no task", () => {
    render(<LiveBrowserView {...base} taskId={null} />);
    expect(screen.getByTestId("live-placeholder").textContent).toContain("No task running");
    expect(screen.queryByTestId("live-frame")).toBeNull();
  });

  it("explains that HTTP-only platforms have no browser picture", () => {
    render(<LiveBrowserView {...base} platforms={["directory", "website"]} />);
    expect(screen.getByTestId("live-placeholder").textContent).toContain("No browser for these platforms");
  });

  it("says the live view is unavailable, with the reason, when the hub cannot be reached", () => {
    render(<LiveBrowserView {...base} state="unavailable" detail="negotiate failed: 404" />);
    expect(screen.getByTestId("live-placeholder").textContent).toContain("negotiate failed: 404");
  });

  it("draws each phone's box over the letterboxed frame, coloured by confidence", () => {
    render(<LiveBrowserView {...base} frame={frame} phones={[phone("+14165550101", 0.95, 0.5, 0.25), phone("+14165550102", 0.5, 0, 0)]} />);
    const boxes = screen.getAllByTestId("phone-box");
    expect(boxes).toHaveLength(2);
    // 1280×800 in 1000×500 → image 800×500 at left 100: x = 100 + 0.5·800, y = 0.25·500.
    const px = (v: string) => parseFloat(v);
    expect(px(boxes[0]!.style.left)).toBeCloseTo(500);
    expect(px(boxes[0]!.style.top)).toBeCloseTo(125);
    expect(px(boxes[0]!.style.width)).toBeCloseTo(80);
    expect(px(boxes[0]!.style.height)).toBeCloseTo(25);
    expect(boxes[0]!.dataset.band).toBe("high");
    expect(px(boxes[1]!.style.left)).toBeCloseTo(100);
    expect(boxes[1]!.dataset.band).toBe("low");
  });

  it("leaves out boxes scrolled out of the frame", () => {
    render(<LiveBrowserView {...base} frame={frame} phones={[phone("+14165550101", 0.95, 0.5, 1.2)]} />);
    expect(screen.queryAllByTestId("phone-box")).toHaveLength(0);
  });

  it("shows E.164, type, layers and context when a box is selected, and hides them on a second click", () => {
    render(<LiveBrowserView {...base} frame={frame} phones={[phone("+14165550101", 0.95, 0.5, 0.25)]} />);
    const box = screen.getByRole("button", { name: /Phone \+14165550101, 95% confidence/ });
    fireEvent.click(box);
    const details = screen.getByTestId("phone-details").textContent!;
    expect(details).toContain("+14165550101");
    expect(details).toContain("fixed line");
    expect(details).toContain("tel_link, json_ld");
    expect(details).toContain("Call us at +14165550101");
    expect(box.getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(box);
    expect(screen.getByTestId("phone-details").textContent).not.toContain("Call us at");
  });
});
