/** Tail latency: the percentiles a check judges, and how much traffic one needs to mean anything. */

export const latencyPercentiles = ['p50', 'p90', 'p95', 'p99', 'p99.9'] as const;
export type LatencyPercentile = (typeof latencyPercentiles)[number];

/** The quantile (0-1) of a percentile name: p99.9 -> 0.999. */
export function quantileOf(percentile: LatencyPercentile): number {
  return Number(percentile.slice(1)) / 100;
}

/**
 * Requests beyond the percentile point a window needs before its percentile is judged: with k = 10, a p99
 * rests on at least 10 requests slower than it (1,000 requests in all), a p50 on 20. Fewer is INCONCLUSIVE.
 */
export const requestsBeyondPercentile = 10;

/** The fewest requests (or traces) whose percentile is judged: k / (1 - q), rounded up. */
export function minLatencySamples(percentile: LatencyPercentile): number {
  // toPrecision drops the float noise of 1 - 0.999.
  return Math.ceil(Number((requestsBeyondPercentile / (1 - quantileOf(percentile))).toPrecision(12)));
}

/** The limit on the canary's percentile over the stable's: a relative share, or milliseconds. */
export type LatencyIncrease = { pct: number } | { ms: number };

/** The most the canary's percentile may be, given the stable's. */
export function allowedLatencyMs(stableMs: number, increase: LatencyIncrease): number {
  return 'pct' in increase ? stableMs * (1 + increase.pct / 100) : stableMs + increase.ms;
}

export function describeIncrease(increase: LatencyIncrease): string {
  return 'pct' in increase ? `${increase.pct}%` : `${increase.ms}ms`;
}

/** One entry of X-Ray's ResponseTimeHistogram: `count` traces answered within `valueSeconds`. */
export interface HistogramEntry {
  valueSeconds: number;
  count: number;
}

export interface PercentileEstimate {
  ms: number;
  /** The exact percentile of the traces lies within this many ms of the estimate. */
  errorMs: number;
  samples: number;
}

/**
 * The percentile of the traces a histogram counts. Each entry holds the traces slower than the previous entry's
 * value and at most its own (0 for the first), so the trace of rank ceil(q·n) lies in the first entry whose
 * running count reaches that rank. The estimate interpolates linearly by rank within that entry's bucket; the
 * exact percentile (nearest rank) is in the same bucket, so the error is at most the bucket's width.
 */
export function percentileOfHistogram(entries: HistogramEntry[], q: number): PercentileEstimate | undefined {
  const merged = new Map<number, number>();
  for (const entry of entries)
    if (entry.count > 0) merged.set(entry.valueSeconds, (merged.get(entry.valueSeconds) ?? 0) + entry.count);
  const sorted = [...merged.entries()].sort(([a], [b]) => a - b);
  const samples = sorted.reduce((sum, [, count]) => sum + count, 0);
  if (samples === 0) return undefined;
  const rank = Math.max(1, Math.ceil(q * samples - 1e-9));
  let below = 0;
  let lower = 0;
  for (const [value, count] of sorted) {
    if (below + count >= rank) {
      const share = (rank - below) / count;
      const ms = (lower + (value - lower) * share) * 1000;
      return { ms, errorMs: (value - lower) * 1000, samples };
    }
    below += count;
    lower = value;
  }
  const last = sorted[sorted.length - 1]![0];
  return { ms: last * 1000, errorMs: 0, samples };
}

/**
 * A window's percentile from CloudWatch's per-period percentiles: CloudWatch does not merge percentiles across
 * periods, so each period's counts as many times as it had requests. Exact when the window is one period.
 */
export function percentileOverPeriods(
  periods: Array<{ value: number; samples: number }>,
): { value: number; samples: number } | undefined {
  const weighted = periods.filter((one) => one.samples > 0 && Number.isFinite(one.value));
  const samples = weighted.reduce((sum, one) => sum + one.samples, 0);
  if (samples === 0) return undefined;
  return { value: weighted.reduce((sum, one) => sum + one.value * one.samples, 0) / samples, samples };
}
