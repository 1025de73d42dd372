import {
  allowedLatencyMs,
  describeIncrease,
  minLatencySamples,
  requestsBeyondPercentile,
} from './latency.js';
import type { HealthPolicy, LatencyNumbers, LatencySample } from './types.js';

/** What the latency percentile says about one source's window. */
export interface LatencyJudgement {
  numbers: LatencyNumbers;
  /** "canary p99 412 ms vs stable 388 ms (+6%)" */
  summary: string;
  failures: string[];
  /** Why the percentile cannot be judged yet (too few requests); never a PASS. */
  inconclusive?: string;
}

/**
 * The canary's percentile against max-latency-ms, and against the stable's percentile in the same window
 * with max-latency-increase. A percentile resting on fewer than k / (1 - q) requests (k = 10 beyond it) is
 * not judged at all: INCONCLUSIVE on either side, whatever it says.
 */
export function judgeLatency(
  canary: LatencySample | undefined,
  stable: LatencySample | undefined,
  policy: HealthPolicy,
  baseline: { asked: boolean; routed: boolean },
  unit: string,
): LatencyJudgement | undefined {
  const percentile = policy.latencyPercentile;
  if (!percentile) return undefined;
  const needed = minLatencySamples(percentile);
  const compare = policy.maxLatencyIncrease !== undefined && baseline.asked && baseline.routed;
  const increasePct =
    canary && stable && stable.ms > 0 ? ((canary.ms - stable.ms) / stable.ms) * 100 : undefined;
  const errorMs = Math.max(canary?.errorMs ?? 0, stable?.errorMs ?? 0);
  const numbers: LatencyNumbers = {
    percentile,
    ...(canary ? { canaryMs: Math.round(canary.ms), canarySamples: canary.samples } : {}),
    ...(stable ? { stableMs: Math.round(stable.ms), stableSamples: stable.samples } : {}),
    ...(increasePct !== undefined ? { increasePct: Math.round(increasePct * 10) / 10 } : {}),
    ...(errorMs > 0 ? { errorMs: Math.round(errorMs) } : {}),
  };
  const summary = describeLatency(numbers);
  // min-requests holds on both sides too: the stable's percentile is a baseline only with as many requests.
  const thin = (role: string, sample: LatencySample | undefined) =>
    sample === undefined
      ? `no ${role} ${percentile} in the window`
      : sample.samples < needed
        ? `${role} ${percentile} rests on ${sample.samples} ${unit}, fewer than ${needed} (${requestsBeyondPercentile} beyond the ${percentile})`
        : sample.samples < policy.minRequests
          ? `${role} ${percentile} rests on ${sample.samples} ${unit}, below min-requests ${policy.minRequests}`
          : undefined;
  const canaryThin = thin('canary', canary);
  const stableThin = compare ? thin('stable', stable) : undefined;
  const failures: string[] = [];
  if (!canaryThin && canary && policy.maxLatencyMs !== undefined && canary.ms > policy.maxLatencyMs)
    failures.push(`${percentile} above max-latency-ms ${policy.maxLatencyMs}`);
  if (compare && !canaryThin && !stableThin && canary && stable && policy.maxLatencyIncrease) {
    const allowed = allowedLatencyMs(stable.ms, policy.maxLatencyIncrease);
    if (canary.ms > allowed)
      failures.push(
        `${percentile} more than ${describeIncrease(policy.maxLatencyIncrease)} above stable (allowed ${Math.round(allowed)} ms)`,
      );
  }
  const inconclusive = [canaryThin, stableThin].filter(Boolean).join('; ');
  return { numbers, summary, failures, ...(inconclusive ? { inconclusive } : {}) };
}

/** "canary p99 412 ms vs stable 388 ms (+6%)", with X-Ray's error bound when there is one. */
export function describeLatency(
  numbers: Pick<LatencyNumbers, 'canaryMs' | 'stableMs' | 'increasePct' | 'errorMs'> & { percentile: string },
): string {
  if (numbers.canaryMs === undefined) return `canary ${numbers.percentile} unknown`;
  let text = `canary ${numbers.percentile} ${numbers.canaryMs} ms`;
  if (numbers.stableMs !== undefined) text += ` vs stable ${numbers.stableMs} ms`;
  if (numbers.increasePct !== undefined) {
    // -0.3% shows as +0%, not -0% or 0%.
    const rounded = Math.round(numbers.increasePct) || 0;
    text += ` (${rounded >= 0 ? '+' : ''}${rounded}%)`;
  }
  if (numbers.errorMs !== undefined) text += ` ±${numbers.errorMs} ms`;
  return text;
}
