import { describe, expect, it } from "vitest";
import { confidenceBand } from "./confidenceBand";

describe("confidenceBand", () => {
  it.each([
    [0.99, "high"],
    [0.9, "high"],
    [0.89, "medium"],
    [0.7, "medium"],
    [0.69, "low"],
    [0, "low"],
  ])("%s → %s", (c, band) => {
    expect(confidenceBand(c)).toBe(band);
  });
});
