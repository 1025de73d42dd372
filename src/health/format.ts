import { describeIncrease } from './latency.js';
import { formatPct } from './policy.js';
import type { HealthThresholds, HealthVerdict } from './types.js';

/** The verdict as a few lines for a terminal: the overall verdict, the window, one line per source. */
export function formatVerdictText(verdict: HealthVerdict): string {
  const width = Math.max(...verdict.sources.map((source) => source.source.length), 'window'.length);
  const lines = [
    `verdict ${verdict.verdict}`,
    ...(verdict.window
      ? [`${'window'.padEnd(width)}  ${verdict.window.start} .. ${verdict.window.end}`]
      : []),
  ];
  for (const source of verdict.sources) {
    const test = source.test ? ` [${source.test}]` : '';
    lines.push(`${source.source.padEnd(width)}  ${source.verdict.padEnd(12)}  ${source.reason}${test}`);
  }
  lines.push(`thresholds: ${describeThresholds(verdict.thresholds)}`);
  return lines.join('\n');
}

export function describeThresholds(thresholds: HealthThresholds): string {
  const parts = [
    `max-error-rate ${formatPct(thresholds.maxErrorRatePct)}`,
    `min-requests ${thresholds.minRequests}`,
  ];
  if (thresholds.latencyPercentile) parts.push(`latency-percentile ${thresholds.latencyPercentile}`);
  if (thresholds.maxLatencyMs !== undefined) parts.push(`max-latency-ms ${thresholds.maxLatencyMs}`);
  if (thresholds.maxLatencyIncrease)
    parts.push(`max-latency-increase ${describeIncrease(thresholds.maxLatencyIncrease)}`);
  if (thresholds.maxErrorRateIncreasePct !== undefined) {
    parts.push(
      `max-error-rate-increase ${thresholds.maxErrorRateIncreasePct} pp at significance ${thresholds.significance}`,
    );
  }
  return parts.join(', ');
}
