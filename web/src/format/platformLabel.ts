import { PLATFORM_LABELS, type Platform } from "../api/contract";

/** The display name of a platform id; unknown ids show as they are. */
export function platformLabel(platform: string): string {
  return PLATFORM_LABELS[platform as Platform] ?? platform;
}
