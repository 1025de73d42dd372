import { InputError, messageOf } from '../errors.js';
import { type LatencyPercentile, percentileOfHistogram, quantileOf } from './latency.js';
import { countsFromMetrics } from './metric-counts.js';
import {
  combineVerdicts,
  judgeAlarms,
  judgeCounts,
  metricLabels,
  type TrafficRouting,
  thresholdsOf,
  unreadable,
} from './policy.js';
import { metricPlan } from './sources/metric-presets.js';
import type {
  AlarmState,
  CheckWindow,
  CountReading,
  HealthReaders,
  HealthSettings,
  HealthVerdict,
  ServiceStatistics,
  SourceVerdict,
  XRaySource,
} from './types.js';

export interface CheckOptions {
  /** When the check runs (default: now). */
  now?: Date;
  /**
   * The window the windowed sources (metrics, X-Ray) read; null skips them (alarms only). Default: the
   * last `window` before now, aligned to the period.
   */
  window?: CheckWindow | null;
  /** The canary's weight while the window's traffic was served, when known. */
  routing?: TrafficRouting;
}

/**
 * The window ends at the last whole period before `now` (the current period is still filling) and
 * spans the window rounded up to whole periods.
 */
export function checkWindow(now: Date, windowSeconds: number, periodSeconds: number): CheckWindow {
  const periodMs = periodSeconds * 1000;
  const end = Math.floor(now.getTime() / periodMs) * periodMs;
  const span = Math.ceil(windowSeconds / periodSeconds) * periodMs;
  return { start: new Date(end - span), end: new Date(end) };
}

/** Whether any source reads a window (metrics, X-Ray); alarms carry their own evaluation period. */
export function hasWindowedSources(settings: HealthSettings): boolean {
  return settings.metrics !== undefined || settings.xray !== undefined;
}

/**
 * One health check: reads every configured source for the window (in parallel; one DescribeAlarms,
 * one GetMetricData and one or two GetTimeSeriesServiceStatistics calls) and combines the verdicts.
 * A source that fails is judged by the policy's on-source-error, never PASS.
 */
export async function runHealthCheck(
  settings: HealthSettings,
  readers: HealthReaders,
  options: CheckOptions = {},
): Promise<HealthVerdict> {
  const window =
    options.window === undefined
      ? checkWindow(options.now ?? new Date(), settings.windowSeconds, settings.periodSeconds)
      : options.window;
  const checks: Promise<SourceVerdict>[] = [];
  const routing = options.routing ?? {};
  if (settings.alarmNames.length > 0) checks.push(checkAlarms(settings, readers));
  if (window && settings.metrics) checks.push(checkMetrics(settings, readers, window, routing));
  if (window && settings.xray) checks.push(checkXRay(settings, settings.xray, readers, window, routing));
  const sources = await Promise.all(checks);
  return {
    ...combineVerdicts(sources),
    ...(window ? { window: { start: window.start.toISOString(), end: window.end.toISOString() } } : {}),
    thresholds: thresholdsOf(settings.policy),
    sources,
  };
}

async function checkAlarms(settings: HealthSettings, readers: HealthReaders): Promise<SourceVerdict> {
  try {
    return judgeAlarms(await readers.alarms(settings.alarmNames), settings.policy);
  } catch (error) {
    return unreadable('alarms', messageOf(error), settings.policy);
  }
}

async function checkMetrics(
  settings: HealthSettings,
  readers: HealthReaders,
  window: CheckWindow,
  routing: TrafficRouting,
): Promise<SourceVerdict> {
  try {
    const plan = metricPlan(settings.metrics!, settings.periodSeconds, settings.policy.latencyPercentile);
    const reading = countsFromMetrics(plan, await readers.metrics(plan.queries, window));
    return judgeCounts('metrics', reading, settings.policy, metricLabels, routing);
  } catch (error) {
    return unreadable('metrics', messageOf(error), settings.policy);
  }
}

async function checkXRay(
  settings: HealthSettings,
  xray: XRaySource,
  readers: HealthReaders,
  window: CheckWindow,
  routing: TrafficRouting,
): Promise<SourceVerdict> {
  const labels = { requests: 'traces', errors: xray.countClientErrors ? '4xx/5xx' : '5xx' };
  try {
    const [canary, stable] = await Promise.all([
      readers.xray(xray.canaryService, window),
      xray.stableService ? readers.xray(xray.stableService, window) : undefined,
    ]);
    const reading = xrayReading(xray, canary, stable, settings.policy.latencyPercentile);
    return judgeCounts('xray', reading, settings.policy, labels, routing);
  } catch (error) {
    return unreadable('xray', messageOf(error), settings.policy);
  }
}

export function xrayReading(
  xray: XRaySource,
  canary: ServiceStatistics | undefined,
  stable: ServiceStatistics | undefined,
  percentile?: LatencyPercentile,
): CountReading {
  const counts = (statistics: ServiceStatistics) => {
    const latency = percentile
      ? percentileOfHistogram(statistics.histogram ?? [], quantileOf(percentile))
      : undefined;
    return {
      requests: statistics.total,
      errors: statistics.faults + (xray.countClientErrors ? statistics.clientErrors : 0),
      ...(statistics.total > 0
        ? { meanLatencyMs: (statistics.totalResponseTimeSeconds / statistics.total) * 1000 }
        : {}),
      ...(latency ? { latency } : {}),
    };
  };
  const noData = [
    ...(canary ? [] : [`X-Ray service ${xray.canaryService}`]),
    ...(xray.stableService && !stable ? [`X-Ray service ${xray.stableService}`] : []),
  ];
  return {
    ok: true,
    ...(canary ? { canary: counts(canary) } : {}),
    ...(stable ? { stable: counts(stable) } : {}),
    hasStable: xray.stableService !== undefined,
    noData,
    ...(percentile ? { latencyRead: true } : {}),
  };
}

export interface PreflightReport {
  /** Current alarm states, e.g. to warn about an alarm already in ALARM. */
  alarms: AlarmState[];
}

/**
 * Pre-flight, read-only: every named alarm exists, and each source answers one read for the last
 * window without an API error (access, a bad metric expression). Throws InputError or AwsCallError;
 * call it before the first change so a broken health configuration stops the deploy early.
 * Empty data is not an error here: the canary has no traffic yet.
 */
export async function validateHealthSources(
  settings: HealthSettings,
  readers: HealthReaders,
  options: CheckOptions = {},
): Promise<PreflightReport> {
  const window = checkWindow(options.now ?? new Date(), settings.windowSeconds, settings.periodSeconds);
  const [alarms] = await Promise.all([
    settings.alarmNames.length > 0 ? preflightAlarms(settings.alarmNames, readers) : [],
    settings.metrics ? preflightMetrics(settings, readers, window) : undefined,
    settings.xray ? preflightXRay(settings.xray, readers, window) : undefined,
  ]);
  return { alarms };
}

/** Every named alarm exists: a misspelt one is an input error, never an INCONCLUSIVE check. */
export async function preflightAlarms(names: string[], readers: HealthReaders): Promise<AlarmState[]> {
  const reading = await readers.alarms(names);
  if (reading.missing.length > 0) {
    const quoted = reading.missing.map((name) => `"${name}"`).join(', ');
    throw new InputError(
      'alarm-names',
      `no CloudWatch alarm named ${quoted} in this account and region. Alarm names are case-sensitive: fix the name or create the alarm.`,
    );
  }
  return reading.alarms;
}

async function preflightMetrics(
  settings: HealthSettings,
  readers: HealthReaders,
  window: CheckWindow,
): Promise<void> {
  const plan = metricPlan(settings.metrics!, settings.periodSeconds, settings.policy.latencyPercentile);
  const reading = countsFromMetrics(plan, await readers.metrics(plan.queries, window));
  if (!reading.ok) {
    const input = settings.metrics!.preset === 'custom' ? 'metric-queries' : 'metrics-preset';
    throw new InputError(
      input,
      `${reading.problem}. Check the queries and the permission cloudwatch:GetMetricData.`,
    );
  }
}

async function preflightXRay(xray: XRaySource, readers: HealthReaders, window: CheckWindow): Promise<void> {
  await Promise.all([
    readers.xray(xray.canaryService, window),
    xray.stableService && readers.xray(xray.stableService, window),
  ]);
}
