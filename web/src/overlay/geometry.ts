import type { BoxGeometry } from "../api/contract";

export interface Size {
  width: number;
  height: number;
}

/** A rectangle in CSS pixels of the overlay container. */
export interface PixelRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A rectangle in fractions (0..1) of the captured viewport. */
export interface NormRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the overlay needs to know about the frame on screen. */
export interface FrameGeometry {
  /** Frame image size in pixels (may be smaller than the viewport when the screencast is scaled down). */
  width: number;
  height: number;
  /** Page scroll offset in CSS pixels when the frame was captured, when the server sends it. */
  scrollX?: number | null;
  scrollY?: number | null;
  /** Viewport size in CSS pixels, when the server sends it. */
  viewportWidth?: number | null;
  viewportHeight?: number | null;
}

/**
 * Where an image of `content` size lands inside `container` under `object-fit: contain`
 * (scaled to fit, centred, letterboxed on the sides or top and bottom).
 */
export function containRect(content: Size, container: Size): PixelRect {
  if (content.width <= 0 || content.height <= 0 || container.width <= 0 || container.height <= 0) {
    return { left: 0, top: 0, width: 0, height: 0 };
  }
  const scale = Math.min(container.width / content.width, container.height / content.height);
  const width = content.width * scale;
  const height = content.height * scale;
  return { left: (container.width - width) / 2, top: (container.height - height) / 2, width, height };
}

/**
 * The box as a fraction of the frame on screen.
 * With the frame's scroll offset and a known viewport size, the box's document coordinates are re-projected
 * (so a box found before the page scrolled still sits on its text). Otherwise the normalized coordinates
 * are used as sent; failing those, the CSS pixels are read as frame pixels.
 */
export function boxInFrame(box: BoxGeometry, frame: FrameGeometry): NormRect | null {
  const viewportWidth = frame.viewportWidth ?? (box.normWidth ? box.width / box.normWidth : null);
  const viewportHeight = frame.viewportHeight ?? (box.normHeight ? box.height / box.normHeight : null);
  const scrollKnown = frame.scrollX != null && frame.scrollY != null;
  const hasPixels = box.width > 0 && box.height > 0;
  if (scrollKnown && hasPixels && viewportWidth && viewportHeight && viewportWidth > 0 && viewportHeight > 0) {
    return {
      x: (box.x - (frame.scrollX ?? 0)) / viewportWidth,
      y: (box.y - (frame.scrollY ?? 0)) / viewportHeight,
      width: box.width / viewportWidth,
      height: box.height / viewportHeight,
    };
  }
  if (box.normX !== null && box.normY !== null && box.normWidth !== null && box.normHeight !== null) {
    return { x: box.normX, y: box.normY, width: box.normWidth, height: box.normHeight };
  }
  if (frame.width > 0 && frame.height > 0) {
    return { x: box.x / frame.width, y: box.y / frame.height, width: box.width / frame.width, height: box.height / frame.height };
  }
  return null;
}

/** Clips a normalized rectangle to the frame (0..1); null when nothing of it is visible. */
export function clipToFrame(rect: NormRect): NormRect | null {
  const x0 = Math.max(0, rect.x);
  const y0 = Math.max(0, rect.y);
  const x1 = Math.min(1, rect.x + rect.width);
  const y1 = Math.min(1, rect.y + rect.height);
  if (x1 <= x0 || y1 <= y0) return null;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/**
 * Pixel rectangle of a phone box over a frame shown with `object-fit: contain` in `container`;
 * null when the box lies outside the captured viewport (scrolled away).
 */
export function overlayRect(box: BoxGeometry, frame: FrameGeometry, container: Size): PixelRect | null {
  const inFrame = boxInFrame(box, frame);
  const visible = inFrame ? clipToFrame(inFrame) : null;
  if (!visible) return null;
  const image = containRect({ width: frame.width, height: frame.height }, container);
  return {
    left: image.left + visible.x * image.width,
    top: image.top + visible.y * image.height,
    width: visible.width * image.width,
    height: visible.height * image.height,
  };
}
