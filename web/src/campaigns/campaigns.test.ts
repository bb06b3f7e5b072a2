import { describe, expect, it } from "vitest";
import { campaign, lead } from "../test/fixtures";
import { allowedActions } from "./campaignActions";
import { mergeLeads } from "./mergeLeads";
import { overallFraction, progressFraction } from "./progressFraction";

describe("allowedActions", () => {
  it("offers only legal state changes", () => {
    expect(allowedActions("running")).toEqual(["pause", "stop"]);
    expect(allowedActions("paused")).toEqual(["resume", "stop"]);
    expect(allowedActions("pending")).toEqual(["stop"]);
    expect(allowedActions("completed")).toEqual([]);
    expect(allowedActions("stopped")).toEqual([]);
  });
});

describe("progressFraction", () => {
  const p = { platform: "directory", found: 40, processed: 10, phones: 5, errors: 0, target: 100 };
  it("measures processed against the larger of target and found", () => {
    expect(progressFraction(p, "running")).toBe(0.1);
    expect(progressFraction({ ...p, target: null }, "running")).toBe(0.25);
    expect(progressFraction({ ...p, found: 0, target: null }, "running")).toBe(0);
    expect(progressFraction({ ...p, processed: 500 }, "running")).toBe(1);
  });
  it("is full once completed, even when fewer results existed than asked for", () => {
    expect(progressFraction(p, "completed")).toBe(1);
    expect(overallFraction([p, { ...p, processed: 30 }], "running")).toBeCloseTo(0.2);
    expect(overallFraction([], "running")).toBe(0);
    expect(overallFraction(campaign().progress, "completed")).toBe(1);
  });
});

describe("mergeLeads", () => {
  it("keeps polled order, appends unseen live leads, drops duplicates", () => {
    const a = lead({ name: "A", url: "a" });
    const b = lead({ name: "B", url: "b" });
    const c = lead({ name: "C", url: "c" });
    expect(mergeLeads([a, b], [b, c]).map((l) => l.name)).toEqual(["A", "B", "C"]);
    expect(mergeLeads([], [c, c]).map((l) => l.name)).toEqual(["C"]);
  });
});
