import { describe, expect, it } from "vitest";
import { campaignDuration, formatDuration } from "./time";

describe("durations", () => {
  it.each([
    [0, "0s"],
    [59_999, "59s"],
    [61_000, "1m 01s"],
    [3_600_000 + 5 * 60_000, "1h 05m"],
    [-1, "—"],
  ])("%d ms → %s", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it("runs to now while a campaign has no end", () => {
    const start = "2026-11-02T10:00:00Z";
    expect(campaignDuration(start, null, Date.parse("2026-11-02T10:02:03Z"))).toBe("2m 03s");
    expect(campaignDuration(start, "2026-11-02T10:00:30Z", Date.parse("2026-11-02T11:00:00Z"))).toBe("30s");
    expect(campaignDuration(null, null, 0)).toBe("—");
  });
});
