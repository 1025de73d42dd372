import { InputError } from '../errors.js';
import { type LatencyIncrease, type LatencyPercentile, latencyPercentiles } from '../health/latency.js';
import type { MetricsSource, XRaySource } from '../health/types.js';
import { type InputReader, oneOf, optionalString } from './inputs.js';

export interface LatencyInputs {
  latencyPercentile?: LatencyPercentile;
  maxLatencyIncrease?: LatencyIncrease;
  /** The input that asked for latency, named by a refusal: max-latency-increase, max-latency-ms or latency-percentile. */
  askedBy?: string;
}

/**
 * latency-percentile and max-latency-increase. The percentile defaults to p99 once a latency limit is set
 * (max-latency-ms judges it too); without a limit and without the input, latency is not judged.
 */
export function latencyInputs(read: InputReader, hasMaxLatencyMs: boolean): LatencyInputs {
  const maxLatencyIncrease = parseIncrease(optionalString(read, 'max-latency-increase'));
  const given = optionalString(read, 'latency-percentile') !== undefined;
  if (!given && !hasMaxLatencyMs && !maxLatencyIncrease) return {};
  return {
    latencyPercentile: oneOf(read, 'latency-percentile', latencyPercentiles, 'p99'),
    ...(maxLatencyIncrease ? { maxLatencyIncrease } : {}),
  };
}

function parseIncrease(text: string | undefined): LatencyIncrease | undefined {
  if (text === undefined) return undefined;
  const match = /^(\d+(?:\.\d+)?)\s*(%|ms)$/.exec(text);
  const value = match ? Number(match[1]) : Number.NaN;
  if (!match || !(value > 0)) {
    throw new InputError(
      'max-latency-increase',
      `must be a share of the stable's percentile such as 20% or a time such as 50ms; got "${text}".`,
    );
  }
  if (match[2] === '%') {
    if (value > 1000) throw new InputError('max-latency-increase', `must be at most 1000%; got ${text}.`);
    return { pct: value };
  }
  if (value > 600_000) throw new InputError('max-latency-increase', `must be at most 600000ms; got ${text}.`);
  return { ms: value };
}

/**
 * What can give a percentile: X-Ray's response-time histogram, and metrics that CloudWatch serves as a
 * distribution. Envoy's Container Insights counters (the agent's default App Mesh declaration) hold no response
 * time at all, and custom queries give one only through the ids canary_latency / stable_latency. A source that
 * gives none is refused when it is the only one, never silently replaced by a mean.
 */
export function checkLatencySources(
  latency: LatencyInputs,
  metrics: MetricsSource | undefined,
  xray: XRaySource | undefined,
): void {
  const { latencyPercentile, maxLatencyIncrease } = latency;
  if (!latencyPercentile) return;
  const input = latency.askedBy ?? 'latency-percentile';
  if (!xray && !metricsGiveLatency(metrics)) {
    if (metrics?.preset === 'envoy-container-insights') {
      throw new InputError(
        input,
        `needs the ${latencyPercentile} response time (latency-percentile), which metrics-preset ` +
          "envoy-container-insights cannot give: the CloudWatch agent's default App Mesh declaration publishes " +
          "Envoy's request counters, no response time. Use xray: true, metrics-preset envoy-appmesh-extension, " +
          'lattice-target-group or alb-target-group, or custom queries with the ids canary_latency and stable_latency.',
      );
    }
    if (metrics?.preset === 'custom') {
      throw new InputError(
        input,
        `needs canary_latency in metric-queries: the canary's ${latencyPercentile} response time in milliseconds ` +
          `(e.g. a MetricStat with Stat "${latencyPercentile}"), and stable_latency for the stable; or xray: true.`,
      );
    }
    throw new InputError(
      input,
      'needs a response time: xray: true, or metrics-preset envoy-appmesh-extension, lattice-target-group, ' +
        'alb-target-group or custom (canary_latency).',
    );
  }
  if (maxLatencyIncrease && !xray?.stableService && !metricsGiveLatencyBaseline(metrics)) {
    throw new InputError(
      'max-latency-increase',
      "needs the stable's latency in the same window: set stable-target-group (lattice-target-group, " +
        'alb-target-group), stable-node (envoy-appmesh-extension), a stable_latency query (custom) or xray-stable-service.',
    );
  }
}

/** Whether the metrics source reads a percentile (the check judges latency in it then). */
export function metricsGiveLatency(metrics: MetricsSource | undefined): boolean {
  switch (metrics?.preset) {
    case 'envoy-appmesh-extension':
    case 'lattice-target-group':
    case 'alb-target-group':
      return true;
    case 'custom':
      return metrics.queries.some((query) => query.Id === 'canary_latency');
    default:
      return false;
  }
}

function metricsGiveLatencyBaseline(metrics: MetricsSource | undefined): boolean {
  switch (metrics?.preset) {
    case 'lattice-target-group':
    case 'alb-target-group':
      return metrics.stableTargetGroup !== undefined;
    case 'envoy-appmesh-extension':
      return metrics.stableNode !== undefined;
    case 'custom':
      return metrics.queries.some((query) => query.Id === 'stable_latency');
    default:
      return false;
  }
}
