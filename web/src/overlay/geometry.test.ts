import { describe, expect, it } from "vitest";
import type { BoxGeometry } from "../api/contract";
import { boxInFrame, clipToFrame, containRect, overlayRect, type NormRect, type PixelRect } from "./geometry";

function box(partial: Partial<BoxGeometry>): BoxGeometry {
  return { x: 0, y: 0, width: 0, height: 0, normX: null, normY: null, normWidth: null, normHeight: null, ...partial };
}

/** Equal to a micro-pixel: clipping subtracts floats, so exact equality would test IEEE rounding. */
function expectClose<T extends PixelRect | NormRect>(actual: T | null, expected: T): void {
  expect(actual).not.toBeNull();
  for (const [k, v] of Object.entries(expected)) expect((actual as unknown as Record<string, number>)[k]).toBeCloseTo(v as number, 6);
}

describe("containRect (object-fit: contain)", () => {
  it("letterboxes left and right when the container is wider than the frame", () => {
    // 1280×800 (16:10) in 1000×500: height-bound, scale 0.625 → 800×500, 100 px bars each side.
    expect(containRect({ width: 1280, height: 800 }, { width: 1000, height: 500 })).toEqual({ left: 100, top: 0, width: 800, height: 500 });
  });

  it("letterboxes top and bottom when the container is taller than the frame", () => {
    // 1280×800 in 640×600: width-bound, scale 0.5 → 640×400, 100 px bars above and below.
    expect(containRect({ width: 1280, height: 800 }, { width: 640, height: 600 })).toEqual({ left: 0, top: 100, width: 640, height: 400 });
  });

  it("scales up a small frame to fill an exact-ratio container", () => {
    expect(containRect({ width: 640, height: 400 }, { width: 1280, height: 800 })).toEqual({ left: 0, top: 0, width: 1280, height: 800 });
  });

  it("is empty for zero sizes rather than NaN", () => {
    expect(containRect({ width: 0, height: 800 }, { width: 100, height: 100 })).toEqual({ left: 0, top: 0, width: 0, height: 0 });
    expect(containRect({ width: 1280, height: 800 }, { width: 0, height: 0 })).toEqual({ left: 0, top: 0, width: 0, height: 0 });
  });
});

describe("overlayRect", () => {
  const frame = { width: 1280, height: 800 };

  it("places a normalized box inside the letterboxed image", () => {
    const rect = overlayRect(box({ normX: 0.5, normY: 0.25, normWidth: 0.1, normHeight: 0.05 }), frame, { width: 1000, height: 500 });
    // Image at left 100, 800×500: x = 100 + 0.5·800, y = 0.25·500.
    expectClose(rect, { left: 500, top: 125, width: 80, height: 25 });
  });

  it("ignores the frame's pixel size when it was scaled down (normalized coordinates are resolution-free)", () => {
    const small = overlayRect(box({ normX: 0.5, normY: 0.25, normWidth: 0.1, normHeight: 0.05 }), { width: 640, height: 400 }, { width: 1000, height: 500 });
    expectClose(small, { left: 500, top: 125, width: 80, height: 25 });
  });

  it("re-projects a box by the frame's scroll offset so it follows the page", () => {
    // Found at document y=1000 when the page was scrolled to 800 (norm y 0.25 of an 800 px viewport);
    // the current frame is scrolled to 900, so the text now sits 100 px from the top.
    const b = box({ x: 128, y: 1000, width: 128, height: 40, normX: 0.1, normY: 0.25, normWidth: 0.1, normHeight: 0.05 });
    const rect = overlayRect(b, { ...frame, scrollX: 0, scrollY: 900, viewportWidth: 1280, viewportHeight: 800 }, { width: 1280, height: 800 });
    expectClose(rect, { left: 128, top: 100, width: 128, height: 40 });
  });

  it("derives the viewport size from a box's pixels and normalized size when the frame omits it", () => {
    const b = box({ x: 128, y: 1000, width: 128, height: 40, normX: 0.1, normY: 0.25, normWidth: 0.1, normHeight: 0.05 });
    const inFrame = boxInFrame(b, { ...frame, scrollX: 0, scrollY: 900 });
    expectClose(inFrame, { x: 0.1, y: 0.125, width: 0.1, height: 0.05 });
  });

  it("hides a box scrolled out of the viewport", () => {
    const b = box({ x: 0, y: 100, width: 100, height: 20, normX: 0, normY: 0.125, normWidth: 0.078125, normHeight: 0.025 });
    expect(overlayRect(b, { ...frame, scrollX: 0, scrollY: 900, viewportWidth: 1280, viewportHeight: 800 }, { width: 1280, height: 800 })).toBeNull();
  });

  it("clips a box half out of the viewport to its visible part", () => {
    const rect = overlayRect(box({ normX: 0.95, normY: 0.5, normWidth: 0.1, normHeight: 0.1 }), frame, { width: 1280, height: 800 });
    expect(rect!.left).toBeCloseTo(1216);
    expect(rect!.width).toBeCloseTo(64);
    expect(rect!.height).toBeCloseTo(80);
  });

  it("falls back to reading CSS pixels as frame pixels without normalized coordinates", () => {
    expectClose(overlayRect(box({ x: 640, y: 400, width: 128, height: 80 }), frame, { width: 640, height: 400 }), { left: 320, top: 200, width: 64, height: 40 });
  });

  it("uses normalized coordinates when a box has no pixels, even if the frame scrolled", () => {
    const b = box({ normX: 0.2, normY: 0.2, normWidth: 0.1, normHeight: 0.1 });
    expect(boxInFrame(b, { ...frame, scrollX: 0, scrollY: 500, viewportWidth: 1280, viewportHeight: 800 })).toEqual({ x: 0.2, y: 0.2, width: 0.1, height: 0.1 });
  });
});

describe("clipToFrame", () => {
  it("returns null for a rectangle entirely outside", () => {
    expect(clipToFrame({ x: 1.2, y: 0, width: 0.1, height: 0.1 })).toBeNull();
    expect(clipToFrame({ x: 0, y: -0.3, width: 0.1, height: 0.2 })).toBeNull();
  });
});
