// Small statistics for the bench: medians and percentiles of timing samples, and a ratio that survives missing data.

/** The p-th percentile (0–100) of the samples, nearest-rank on the sorted values; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest rank: p95 of 60 frames is a frame that really happened, not an interpolation between two.
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? NaN;
}

/** Middle value of the samples (mean of the two middle ones for an even count); NaN when there are none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return NaN;
  const upper = sorted[mid] ?? NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? NaN) + upper) / 2;
}

/** ours ÷ bare, or NaN when either side is missing or bare is zero (a ratio of nothing means nothing). */
export function ratio(ours: number, bare: number): number {
  return Number.isFinite(ours) && Number.isFinite(bare) && bare !== 0 ? ours / bare : NaN;
}

/** Rounds for JSON output (NaN becomes null, as JSON has no NaN). */
export function round(value: number, digits = 2): number | null {
  return Number.isFinite(value) ? Number(value.toFixed(digits)) : null;
}
