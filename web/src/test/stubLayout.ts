import { afterAll, beforeAll } from "vitest";

/** jsdom has no layout: give every element these client sizes for the tests of one file. */
export function stubClientSize(width: number, height: number): void {
  const sizes = { clientWidth: width, clientHeight: height };
  const originals = Object.fromEntries(Object.keys(sizes).map((k) => [k, Object.getOwnPropertyDescriptor(HTMLElement.prototype, k)]));
  beforeAll(() => {
    for (const [k, v] of Object.entries(sizes)) Object.defineProperty(HTMLElement.prototype, k, { configurable: true, get: () => v });
  });
  afterAll(() => {
    for (const [k, d] of Object.entries(originals)) if (d) Object.defineProperty(HTMLElement.prototype, k, d);
  });
}
