/** Confidence bands for overlay colours; thresholds follow the layer defaults (tel: .95, JSON-LD .90, text .70). */
export type ConfidenceBand = "high" | "medium" | "low";

export function confidenceBand(confidence: number): ConfidenceBand {
  if (confidence >= 0.9) return "high";
  if (confidence >= 0.7) return "medium";
  return "low";
}

export const BAND_LABELS: Record<ConfidenceBand, string> = {
  high: "High confidence (≥ 90%)",
  medium: "Medium confidence (70–89%)",
  low: "Low confidence (< 70%)",
};

/** Tailwind classes per band: colour plus a border style, so the band does not rely on colour alone. */
export const BAND_CLASSES: Record<ConfidenceBand, string> = {
  high: "border-emerald-500 bg-emerald-400/20",
  medium: "border-amber-500 bg-amber-400/20",
  low: "border-dashed border-rose-500 bg-rose-400/20",
};
