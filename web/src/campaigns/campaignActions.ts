import type { CampaignStatus } from "../api/contract";
import type { CampaignAction } from "../api/LeadIntelClient";

/** Which state changes the API allows from each status (others answer 409). */
export function allowedActions(status: CampaignStatus): CampaignAction[] {
  switch (status) {
    case "running":
      return ["pause", "stop"];
    case "paused":
      return ["resume", "stop"];
    case "pending":
      return ["stop"];
    default:
      return [];
  }
}

export const ACTION_LABELS: Record<CampaignAction, string> = { pause: "Pause", resume: "Resume", stop: "Stop" };
