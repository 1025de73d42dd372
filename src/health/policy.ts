import { countOf } from '../count.js';
import { judgeLatency } from './latency-verdict.js';
import { compareErrorRates, type ErrorRateComparison } from './significance.js';
import type {
  AlarmReading,
  CountReading,
  HealthCounters,
  HealthPolicy,
  HealthThresholds,
  RoleCounts,
  RoleNumbers,
  SourceName,
  SourceVerdict,
  Verdict,
} from './types.js';

/** How a count source names what it counts: "req"/"traces", "5xx"/"4xx/5xx". */
export interface CountLabels {
  requests: string;
  errors: string;
}

export const metricLabels: CountLabels = { requests: 'req', errors: '5xx' };

/**
 * The verdict of one count source (CloudWatch metrics or X-Ray) for one window.
 * Order: no data -> source-error verdict; too few canary requests -> INCONCLUSIVE; absolute error
 * rate, latency and the baseline comparison -> FAIL; a required stable baseline missing ->
 * source-error verdict; else PASS. None of the INCONCLUSIVE branches depends on the error count, so
 * more canary errors can never turn a FAIL into a PASS.
 */
export function judgeCounts(
  source: SourceName,
  reading: CountReading,
  policy: HealthPolicy,
  labels: CountLabels = metricLabels,
  routing: TrafficRouting = {},
): SourceVerdict {
  if (!reading.ok) return unreadable(source, reading.problem, policy);
  const stable = reading.stable ? numbersOf(reading.stable) : undefined;
  const unserved = unservedCanary(reading.canary, stable, policy, labels, routing);
  if (unserved) return { source, ...(stable ? { stable } : {}), ...unserved };
  if (!reading.canary)
    return unreadable(source, `no canary data (${reading.noData.join(', ')} empty)`, policy);
  const canary = numbersOf(reading.canary);
  // At 100% the stable is routed nothing: there is no baseline to compare with (an ALB publishes no zeros).
  const stableRouted = routing.canaryWeightPct === undefined || routing.canaryWeightPct < 100;
  const baselineAsked = policy.maxErrorRateIncreasePct !== undefined && reading.hasStable;
  const baselineWanted = baselineAsked && stableRouted;
  const stableUsable = stable !== undefined && stable.requests >= policy.minRequests;
  const comparison =
    baselineWanted && stableUsable && canary.requests > 0
      ? compareErrorRates({
          canaryErrors: canary.errors,
          canaryRequests: canary.requests,
          stableErrors: stable.errors,
          stableRequests: stable.requests,
          margin: (policy.maxErrorRateIncreasePct ?? 0) / 100,
        })
      : undefined;
  const latency = reading.latencyRead
    ? judgeLatency(
        reading.canary.latency,
        reading.stable?.latency,
        policy,
        { asked: reading.hasStable, routed: stableRouted },
        labels.requests,
      )
    : undefined;
  const numbers = {
    source,
    canary,
    ...(stable ? { stable } : {}),
    ...pValueOf(comparison),
    ...(latency ? { latency: latency.numbers } : {}),
  };
  const counted = describeCounts(canary, stable, comparison, labels);
  const summary = latency ? `${counted}; ${latency.summary}` : counted;

  if (canary.requests < policy.minRequests) {
    return {
      ...numbers,
      verdict: 'INCONCLUSIVE',
      reason: `${summary} — INCONCLUSIVE: canary below min-requests ${policy.minRequests}`,
    };
  }
  const failures: string[] = [];
  if (canary.errorRatePct > policy.maxErrorRatePct)
    failures.push(`above max-error-rate ${formatPct(policy.maxErrorRatePct)}`);
  // max-latency-ms judges the percentile (never the mean), with max-latency-increase.
  failures.push(...(latency?.failures ?? []));
  if (comparison && stable && policy.maxErrorRateIncreasePct !== undefined) {
    const increasePct = canary.errorRatePct - stable.errorRatePct;
    // Identical or better-than-stable canaries never fail here, whatever the p-value's rounding.
    if (increasePct > policy.maxErrorRateIncreasePct && comparison.pValue < policy.significance) {
      failures.push(
        `more than ${policy.maxErrorRateIncreasePct} pp above stable (${formatP(comparison.pValue)} < ${policy.significance})`,
      );
    }
  }
  if (failures.length > 0)
    return { ...numbers, verdict: 'FAIL', reason: `${summary} — FAIL: ${failures.join(', ')}` };
  if (baselineWanted && !stable) {
    return unreadable(
      source,
      `${summary}; no stable data for the baseline (${reading.noData.join(', ')} empty)`,
      policy,
      numbers,
    );
  }
  if (latency?.inconclusive)
    return {
      ...numbers,
      verdict: 'INCONCLUSIVE',
      reason: `${summary} — INCONCLUSIVE: ${latency.inconclusive}`,
    };
  const skipped =
    baselineAsked && !stableRouted
      ? ' (no baseline: the stable is routed no traffic at 100%)'
      : baselineWanted && !stableUsable
        ? ` (baseline skipped: stable below min-requests ${policy.minRequests})`
        : '';
  return { ...numbers, verdict: 'PASS', reason: `${summary} — PASS${skipped}` };
}

/** What the route sent the canary during the window, when the caller knows it. */
export interface TrafficRouting {
  /** The canary's share of the routes' traffic, in percent. */
  canaryWeightPct?: number;
}

/**
 * A canary that answered nothing while the stable's traffic says it should have answered at least
 * min-requests: its tasks are not serving the traffic routed to it (none running, a broken sidecar).
 * That is a failure, not a lack of data.
 */
function unservedCanary(
  canary: RoleCounts | undefined,
  stable: RoleNumbers | undefined,
  policy: HealthPolicy,
  labels: CountLabels,
  routing: TrafficRouting,
): Pick<SourceVerdict, 'verdict' | 'reason' | 'canary'> | undefined {
  const weight = routing.canaryWeightPct;
  if (weight === undefined || weight <= 0 || weight >= 100 || !stable) return undefined;
  if (canary && Math.round(canary.requests) > 0) return undefined;
  const expected = (stable.requests * weight) / (100 - weight);
  if (expected < Math.max(1, policy.minRequests)) return undefined;
  return {
    verdict: 'FAIL',
    reason:
      `canary answered no ${labels.requests} at ${weight}% while stable answered ${formatCount(stable.requests)} ` +
      `(about ${formatCount(expected)} expected for the canary): the traffic routed to it finds no serving task — FAIL`,
    ...(canary ? { canary: numbersOf(canary) } : {}),
  };
}

/** ALARM fails, INSUFFICIENT_DATA is inconclusive, an alarm gone since the pre-flight is a source error. */
export function judgeAlarms(reading: AlarmReading, policy: HealthPolicy): SourceVerdict {
  const inAlarm = reading.alarms.filter((alarm) => alarm.state === 'ALARM').map((alarm) => alarm.name);
  const noData = reading.alarms
    .filter((alarm) => alarm.state === 'INSUFFICIENT_DATA')
    .map((alarm) => alarm.name);
  const ok = reading.alarms.length - inAlarm.length - noData.length;
  const alarms = {
    ...(inAlarm.length ? { alarm: inAlarm } : {}),
    ...(noData.length ? { insufficientData: noData } : {}),
    ...(reading.missing.length ? { missing: reading.missing } : {}),
    ok,
  };
  if (inAlarm.length > 0) {
    return {
      source: 'alarms',
      verdict: 'FAIL',
      reason: `${countOf(inAlarm.length, 'alarm')} ${listNames(inAlarm)} in ALARM — FAIL`,
      alarms,
    };
  }
  if (reading.missing.length > 0) {
    return { ...unreadable('alarms', `alarm ${listNames(reading.missing)} not found`, policy), alarms };
  }
  if (noData.length > 0) {
    return {
      source: 'alarms',
      verdict: 'INCONCLUSIVE',
      reason: `${countOf(noData.length, 'alarm')} ${listNames(noData)} in INSUFFICIENT_DATA — INCONCLUSIVE`,
      alarms,
    };
  }
  const names = reading.alarms.map((alarm) => alarm.name);
  return {
    source: 'alarms',
    verdict: 'PASS',
    reason: `${countOf(ok, 'alarm')} ${listNames(names)} OK — PASS`,
    alarms,
  };
}

/** A source that could not be read, or answered without the data it must give: never PASS. */
export function unreadable(
  source: SourceName,
  problem: string,
  policy: HealthPolicy,
  numbers: Partial<SourceVerdict> = {},
): SourceVerdict {
  return {
    ...numbers,
    source,
    verdict: policy.onSourceError,
    reason: `${problem} — ${policy.onSourceError}`,
  };
}

/** All configured sources together: any FAIL fails, then any INCONCLUSIVE, else PASS. */
export function combineVerdicts(sources: SourceVerdict[]): { verdict: Verdict; reason: string } {
  for (const verdict of ['FAIL', 'INCONCLUSIVE'] as const) {
    const matching = sources.filter((source) => source.verdict === verdict);
    if (matching.length > 0)
      return { verdict, reason: matching.map((source) => `${source.source}: ${source.reason}`).join('; ') };
  }
  return {
    verdict: 'PASS',
    reason: sources.map((source) => `${source.source}: ${source.reason}`).join('; '),
  };
}

export const noCounters: HealthCounters = { failuresSinceLastPass: 0, inconclusiveSinceLastPass: 0 };

export interface Escalation {
  /** What the orchestrator acts on: FAIL rolls back, PASS and INCONCLUSIVE go on. */
  verdict: Verdict;
  reason: string;
  counters: HealthCounters;
}

/**
 * Applies failure-limit and inconclusive-limit to one check's verdict, given the counters carried
 * from the previous checks. Pure, so a state machine can carry the counters between invocations.
 */
export function applyLimits(
  previous: HealthCounters,
  check: Verdict,
  limits: Pick<HealthPolicy, 'failureLimit' | 'inconclusiveLimit'>,
): Escalation {
  if (check === 'PASS') return { verdict: 'PASS', reason: 'check passed', counters: { ...noCounters } };
  if (check === 'FAIL') {
    const counters = { ...previous, failuresSinceLastPass: previous.failuresSinceLastPass + 1 };
    const count = counters.failuresSinceLastPass;
    if (count >= limits.failureLimit) {
      return {
        verdict: 'FAIL',
        reason: `${countOf(count, 'failed check')} since the last pass reached failure-limit ${limits.failureLimit}`,
        counters,
      };
    }
    return {
      verdict: 'INCONCLUSIVE',
      reason: `failed check ${count} of failure-limit ${limits.failureLimit}: not rolling back yet`,
      counters,
    };
  }
  const counters = { ...previous, inconclusiveSinceLastPass: previous.inconclusiveSinceLastPass + 1 };
  const count = counters.inconclusiveSinceLastPass;
  if (limits.inconclusiveLimit > 0 && count >= limits.inconclusiveLimit) {
    return {
      verdict: 'FAIL',
      reason: `${countOf(count, 'inconclusive check')} since the last pass reached inconclusive-limit ${limits.inconclusiveLimit}`,
      counters,
    };
  }
  const limit = limits.inconclusiveLimit > 0 ? ` of inconclusive-limit ${limits.inconclusiveLimit}` : '';
  return { verdict: 'INCONCLUSIVE', reason: `inconclusive check ${count}${limit}`, counters };
}

export function thresholdsOf(policy: HealthPolicy): HealthThresholds {
  return {
    maxErrorRatePct: policy.maxErrorRatePct,
    minRequests: policy.minRequests,
    ...(policy.maxLatencyMs !== undefined ? { maxLatencyMs: policy.maxLatencyMs } : {}),
    ...(policy.latencyPercentile ? { latencyPercentile: policy.latencyPercentile } : {}),
    ...(policy.maxLatencyIncrease ? { maxLatencyIncrease: policy.maxLatencyIncrease } : {}),
    ...(policy.maxErrorRateIncreasePct !== undefined
      ? { maxErrorRateIncreasePct: policy.maxErrorRateIncreasePct, significance: policy.significance }
      : {}),
  };
}

function numbersOf(counts: RoleCounts): RoleNumbers {
  // Counts are whole requests; an error series that outruns its request series is capped at 100%.
  const requests = Math.max(0, Math.round(counts.requests));
  const errors = Math.min(requests, Math.max(0, Math.round(counts.errors)));
  return {
    requests,
    errors,
    errorRatePct: requests > 0 ? (errors / requests) * 100 : 0,
    ...(counts.meanLatencyMs !== undefined ? { meanLatencyMs: Math.round(counts.meanLatencyMs) } : {}),
  };
}

function pValueOf(comparison: ErrorRateComparison | undefined): Pick<SourceVerdict, 'pValue' | 'test'> {
  return comparison ? { pValue: comparison.pValue, test: comparison.method } : {};
}

/** "canary 4.8% 5xx (2,013 req) vs stable 0.2% (6,022 req), p<0.001" */
export function describeCounts(
  canary: RoleNumbers,
  stable: RoleNumbers | undefined,
  comparison: ErrorRateComparison | undefined,
  labels: CountLabels,
): string {
  let text = `canary ${formatPct(canary.errorRatePct)} ${labels.errors} (${formatCount(canary.requests)} ${labels.requests})`;
  if (canary.meanLatencyMs !== undefined) text += `, mean ${formatCount(canary.meanLatencyMs)} ms`;
  if (stable)
    text += ` vs stable ${formatPct(stable.errorRatePct)} (${formatCount(stable.requests)} ${labels.requests})`;
  if (comparison) text += `, ${formatP(comparison.pValue)}`;
  return text;
}

/**
 * 12345.6 -> "12,346", as en-US groups a whole number. Not Intl.NumberFormat: building one loads ICU's number data,
 * some 11 ms of every cold start of the handlers that judge health.
 */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const whole = Math.round(Math.abs(value));
  const digits = String(whole).replace(/\B(?=(\d{3})+$)/g, ',');
  return value < 0 && whole > 0 ? `-${digits}` : digits;
}

export function formatPct(value: number): string {
  if (value === 0) return '0%';
  const text = value >= 1 ? value.toFixed(1) : value >= 0.1 ? value.toFixed(2) : value.toPrecision(2);
  return `${Number(text)}%`;
}

export function formatP(value: number): string {
  if (value < 0.001) return 'p<0.001';
  return `p=${Number(value < 0.01 ? value.toFixed(3) : value.toFixed(2))}`;
}

function listNames(names: string[]): string {
  const shown = names.slice(0, 3).join(', ');
  return names.length > 3 ? `${shown} and ${names.length - 3} more` : shown;
}
