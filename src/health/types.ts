import type { LatencyIncrease, LatencyPercentile } from './latency.js';
import type { SignificanceMethod } from './significance.js';

export type Verdict = 'PASS' | 'FAIL' | 'INCONCLUSIVE';
export type SourceName = 'alarms' | 'metrics' | 'xray';

// ---- What to read -------------------------------------------------------------------------------

/** One GetMetricData query, as the CloudWatch API takes it (custom queries are passed through). */
export interface MetricQuery {
  Id: string;
  Expression?: string;
  MetricStat?: {
    Metric: { Namespace: string; MetricName: string; Dimensions?: { Name: string; Value: string }[] };
    Period: number;
    Stat: string;
    Unit?: string;
  };
  Label?: string;
  ReturnData?: boolean;
  Period?: number;
  AccountId?: string;
}

export interface ContainerInsightsTarget {
  cluster: string;
  taskDefinitionFamily: string;
}

export type MetricsSource =
  | { preset: 'envoy-container-insights'; canary: ContainerInsightsTarget; stable?: ContainerInsightsTarget }
  | {
      preset: 'envoy-appmesh-extension';
      namespace: string;
      namePrefix: string;
      mesh: string;
      canaryNode: string;
      stableNode?: string;
    }
  | { preset: 'custom'; queries: MetricQuery[] }
  | {
      preset: 'lattice-target-group';
      /** The TargetGroup dimension of AWS/VpcLattice: target group IDs (tg-…). */
      canaryTargetGroup: string;
      stableTargetGroup?: string;
    }
  | {
      preset: 'alb-target-group';
      /** The LoadBalancer dimension of AWS/ApplicationELB: app/NAME/ID. */
      loadBalancer: string;
      /** The TargetGroup dimension: targetgroup/NAME/ID. */
      canaryTargetGroup: string;
      stableTargetGroup?: string;
    };

export interface XRaySource {
  /** X-Ray service names; Envoy names its segments "mesh/virtualNode". */
  canaryService: string;
  stableService?: string;
  /** Count 4xx (X-Ray "errors") as failures, besides 5xx ("faults"). */
  countClientErrors: boolean;
}

export interface HealthPolicy {
  /** Percent of requests, e.g. 1 = 1%. */
  maxErrorRatePct: number;
  /** The most the canary's latency percentile may be, in ms. */
  maxLatencyMs?: number;
  /** The percentile latency is judged at; undefined: latency is not judged. */
  latencyPercentile?: LatencyPercentile;
  /** The most the canary's percentile may exceed the stable's in the same window. */
  maxLatencyIncrease?: LatencyIncrease;
  minRequests: number;
  /** Percentage points over the stable's error rate; undefined: no baseline comparison. */
  maxErrorRateIncreasePct?: number;
  /** Significance level of the baseline comparison. */
  significance: number;
  failureLimit: number;
  /** Consecutive INCONCLUSIVE checks that count as a FAIL; 0 never escalates. */
  inconclusiveLimit: number;
  /** Verdict of a source that cannot be read or answers without data. Never PASS. */
  onSourceError: 'FAIL' | 'INCONCLUSIVE';
}

export interface HealthSettings {
  windowSeconds: number;
  /**
   * How long after a period ends its datapoint can be read in full: a check reads only periods that old,
   * never a period still being published. 0 when the source publishes at once.
   */
  publishDelaySeconds?: number;
  /** Metric period; the window is aligned to it. A multiple of 60. */
  periodSeconds: number;
  alarmNames: string[];
  metrics?: MetricsSource;
  xray?: XRaySource;
  policy: HealthPolicy;
}

// ---- What was read ------------------------------------------------------------------------------

export interface CheckWindow {
  start: Date;
  end: Date;
}

export interface RoleCounts {
  requests: number;
  errors: number;
  meanLatencyMs?: number;
  /** The latency percentile over the window, and how many requests (X-Ray: traces) it rests on. */
  latency?: LatencySample;
}

export interface LatencySample {
  ms: number;
  samples: number;
  /** X-Ray: the exact percentile of the traces is within this many ms of `ms` (the histogram bucket's width). */
  errorMs?: number;
}

/**
 * Counts from one source. A role is undefined when the source returned no data for it (`noData`
 * names what was empty); `hasStable` says whether the source was asked for the stable at all.
 */
export type CountReading =
  | {
      ok: true;
      canary?: RoleCounts;
      stable?: RoleCounts;
      hasStable: boolean;
      noData: string[];
      /** Whether the source read a latency percentile (the policy judges latency in it then). */
      latencyRead?: boolean;
    }
  | { ok: false; problem: string };

export type AlarmStateValue = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';

export interface AlarmState {
  name: string;
  state: AlarmStateValue;
}

export interface AlarmReading {
  alarms: AlarmState[];
  /** Names asked for that DescribeAlarms did not return. */
  missing: string[];
}

/** X-Ray service statistics summed over the window; undefined when X-Ray returned none. */
export interface ServiceStatistics {
  total: number;
  faults: number;
  clientErrors: number;
  totalResponseTimeSeconds: number;
  /** ResponseTimeHistogram entries of every period, merged: traces answered within each value. */
  histogram?: Array<{ valueSeconds: number; count: number }>;
}

// ---- The verdict (JSON-serialisable, carried between states) ----------------------------------

export interface RoleNumbers {
  requests: number;
  errors: number;
  errorRatePct: number;
  meanLatencyMs?: number;
}

/** The latency judged in one source: each role's percentile, and how far the canary's is above the stable's. */
export interface LatencyNumbers {
  percentile: LatencyPercentile;
  canaryMs?: number;
  canarySamples?: number;
  stableMs?: number;
  stableSamples?: number;
  /** (canary - stable) / stable, in percent. */
  increasePct?: number;
  /** X-Ray: the estimates' error bound (the wider of the two buckets), in ms. */
  errorMs?: number;
}

export interface SourceVerdict {
  source: SourceName;
  verdict: Verdict;
  /** One human line. */
  reason: string;
  canary?: RoleNumbers;
  stable?: RoleNumbers;
  pValue?: number;
  test?: SignificanceMethod;
  latency?: LatencyNumbers;
  /** Alarms that are not OK (or not found), by state. */
  alarms?: { alarm?: string[]; insufficientData?: string[]; missing?: string[]; ok?: number };
}

export interface HealthThresholds {
  maxErrorRatePct: number;
  minRequests: number;
  maxLatencyMs?: number;
  latencyPercentile?: LatencyPercentile;
  maxLatencyIncrease?: LatencyIncrease;
  maxErrorRateIncreasePct?: number;
  significance?: number;
}

export interface HealthVerdict {
  verdict: Verdict;
  reason: string;
  /** The window the metrics and X-Ray read; absent when only alarms were read. */
  window?: { start: string; end: string };
  thresholds: HealthThresholds;
  sources: SourceVerdict[];
}

/**
 * Carried from check to check (e.g. by the state machine) so the limits work across invocations.
 * Only a PASS resets them: an INCONCLUSIVE check is no evidence of recovery, so it does not end a
 * run of FAILs, and a FAIL under the failure limit does not end a run of INCONCLUSIVE checks.
 */
export interface HealthCounters {
  failuresSinceLastPass: number;
  inconclusiveSinceLastPass: number;
}

/** Reads the sources. Each method throws on an API error; the check turns that into a verdict. */
export interface HealthReaders {
  alarms(names: string[]): Promise<AlarmReading>;
  metrics(queries: MetricQuery[], window: CheckWindow): Promise<MetricSeries[]>;
  xray(service: string, window: CheckWindow): Promise<ServiceStatistics | undefined>;
}

/** One GetMetricData result, merged over pages. */
export interface MetricSeries {
  id: string;
  sum: number;
  datapoints: number;
  status: string;
  messages: string[];
  /** Each datapoint as [epoch ms, value]: percentiles are weighed per period, not summed. */
  points?: Array<[number, number]>;
}
