import { percentileOverPeriods } from './latency.js';
import { type MetricPlan, metricIds } from './sources/metric-presets.js';
import type { CountReading, LatencySample, MetricSeries, RoleCounts } from './types.js';

/** Turns the GetMetricData series of one check into counts; a broken or empty series is never a zero. */
export function countsFromMetrics(plan: MetricPlan, series: MetricSeries[]): CountReading {
  const byId = new Map(series.map((one) => [one.id, one]));
  const needed: string[] = [metricIds.canaryRequests, metricIds.canaryErrors];
  if (plan.hasStable) needed.push(metricIds.stableRequests, metricIds.stableErrors);
  if (plan.latencyToMs !== undefined) {
    needed.push(metricIds.canaryLatencySum, metricIds.canaryLatencyCount);
    if (plan.hasStable) needed.push(metricIds.stableLatencySum, metricIds.stableLatencyCount);
  }
  for (const id of needed) {
    const one = byId.get(id);
    if (one && (one.status === 'InternalError' || one.status === 'Forbidden')) {
      const detail = one.messages.length > 0 ? ` (${one.messages.join('; ')})` : '';
      return { ok: false, problem: `CloudWatch answered ${one.status} for ${id}${detail}` };
    }
  }
  const noData: string[] = [];
  const role = (requestsId: string, errorsId: string): RoleCounts | undefined => {
    const requests = byId.get(requestsId);
    const errors = byId.get(errorsId);
    const hasRequests = (requests?.datapoints ?? 0) > 0;
    const hasErrors = (errors?.datapoints ?? 0) > 0;
    if (!hasRequests) noData.push(requestsId);
    if (!hasErrors && !(hasRequests && plan.zeroWhenAbsent.includes(errorsId))) noData.push(errorsId);
    if (!hasRequests || (!hasErrors && !plan.zeroWhenAbsent.includes(errorsId))) return undefined;
    const role = requestsId.replace('_requests', '') as 'canary' | 'stable';
    const meanLatencyMs = meanLatency(plan, byId, role);
    const latency = percentileLatency(plan, byId, role);
    return {
      requests: requests?.sum ?? 0,
      errors: errors?.sum ?? 0,
      ...(meanLatencyMs !== undefined ? { meanLatencyMs } : {}),
      ...(latency ? { latency } : {}),
    };
  };
  const canary = role(metricIds.canaryRequests, metricIds.canaryErrors);
  const stable = plan.hasStable ? role(metricIds.stableRequests, metricIds.stableErrors) : undefined;
  return {
    ok: true,
    canary,
    stable,
    hasStable: plan.hasStable,
    noData,
    ...(plan.percentile ? { latencyRead: true } : {}),
  };
}

/**
 * The window's percentile from one value per period, each period weighed by its requests (the series the plan
 * names, at the same timestamp); undefined without datapoints.
 */
function percentileLatency(
  plan: MetricPlan,
  byId: Map<string, MetricSeries>,
  role: 'canary' | 'stable',
): LatencySample | undefined {
  if (!plan.percentile) return undefined;
  const latency = byId.get(`${role}_latency`);
  if (!latency?.points?.length) return undefined;
  const weights = new Map(byId.get(plan.percentile.weights(role))?.points ?? []);
  const combined = percentileOverPeriods(
    latency.points.map(([at, value]) => ({ value, samples: weights.get(at) ?? 0 })),
  );
  return combined && { ms: combined.value * plan.percentile.toMs, samples: Math.round(combined.samples) };
}

/** Sum / SampleCount of the response time over the window, in milliseconds; undefined without samples. */
function meanLatency(plan: MetricPlan, byId: Map<string, MetricSeries>, role: string): number | undefined {
  if (plan.latencyToMs === undefined) return undefined;
  const sum = byId.get(`${role}_latency_sum`);
  const count = byId.get(`${role}_latency_count`);
  if (!sum?.datapoints || !count?.datapoints || count.sum <= 0) return undefined;
  return (sum.sum / count.sum) * plan.latencyToMs;
}
