import { describe, expect, it } from "vitest";
import { parseCampaign } from "../api/parseCampaign";
import { COMPLETED_CAMPAIGN, RUNNING_CAMPAIGN } from "../test/apiPayloads";
import { watchedTaskId } from "./watchedTask";

const running = parseCampaign(RUNNING_CAMPAIGN)!;

describe("watchedTaskId", () => {
  it("watches a running campaign with a browser platform", () => {
    const maps = { ...running, platforms: ["directory", "google_maps"] };
    expect(watchedTaskId(running.id, maps)).toBe(running.id);
  });

  it("does not watch an HTTP-only campaign (the real directory campaign)", () => {
    expect(running.platforms).toEqual(["directory"]);
    expect(watchedTaskId(running.id, running)).toBeNull();
  });

  it("does not watch a finished campaign, one not loaded yet, or another task's campaign", () => {
    const maps = { ...running, platforms: ["google_maps"] };
    expect(watchedTaskId(running.id, { ...parseCampaign(COMPLETED_CAMPAIGN)!, id: running.id, platforms: ["google_maps"] })).toBeNull();
    expect(watchedTaskId(running.id, null)).toBeNull();
    expect(watchedTaskId("cmp-other", maps)).toBeNull();
    expect(watchedTaskId(null, maps)).toBeNull();
  });
});
