import type { CampaignStatus, PlatformProgress } from "../api/contract";

/**
 * How far a platform got, 0..1: processed listings over what it works towards (the campaign's
 * max_results × queries, or what it found when that is larger). A finished campaign shows full bars.
 */
export function progressFraction(p: PlatformProgress, status: CampaignStatus): number {
  if (status === "completed") return 1;
  const goal = Math.max(p.target ?? 0, p.found);
  if (goal <= 0) return 0;
  return Math.min(1, p.processed / goal);
}

/** The campaign's overall progress: the mean of its platforms. */
export function overallFraction(progress: PlatformProgress[], status: CampaignStatus): number {
  if (status === "completed") return 1;
  if (progress.length === 0) return 0;
  return progress.reduce((sum, p) => sum + progressFraction(p, status), 0) / progress.length;
}
