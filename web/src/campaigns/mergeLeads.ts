import type { Lead } from "../api/contract";
import { leadKey } from "../api/parseLead";

/**
 * The results list: polled leads (the server's truth) in their order, then live-pushed leads the poll has not
 * returned yet. Rows only ever append, so the table does not jump while results stream.
 */
export function mergeLeads(polled: readonly Lead[], live: readonly Lead[]): Lead[] {
  const seen = new Set<string>();
  const out: Lead[] = [];
  for (const lead of [...polled, ...live]) {
    const key = leadKey(lead);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(lead);
  }
  return out;
}
