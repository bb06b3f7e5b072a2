import { TERMINAL_STATUSES, usesBrowser, type Campaign } from "../api/contract";

/**
 * The task whose live feed (frames, phone boxes, worker logs) is worth a hub connection: one whose campaign
 * is loaded, still going and has a browser platform. HTTP-only campaigns (website, directory) have no
 * worker to stream from, so the page does not open, and retry, a connection for them.
 */
export function watchedTaskId(taskId: string | null, campaign: Campaign | null): string | null {
  if (!taskId || !campaign || campaign.id !== taskId) return null;
  if (TERMINAL_STATUSES.has(campaign.status) || !usesBrowser(campaign.platforms)) return null;
  return taskId;
}
