import * as z from 'zod/mini';
import { InputError } from '../errors.js';
import { metricIds } from '../health/sources/metric-presets.js';
import type {
  HealthPolicy,
  HealthSettings,
  MetricQuery,
  MetricsSource,
  XRaySource,
} from '../health/types.js';
import {
  boolean,
  duration,
  type InputReader,
  integer,
  list,
  oneOf,
  optionalInteger,
  optionalString,
  parseJson,
  requiredString,
  stringWithDefault,
} from './inputs.js';
import { checkLatencySources, latencyInputs } from './latency-inputs.js';
import {
  albTargetGroupSource,
  latticeTargetGroupSource,
  type TargetGroupDefaults,
} from './target-group-health.js';
import '../schema-messages.js';

export const metricsPresets = [
  'envoy-container-insights',
  'envoy-appmesh-extension',
  'lattice-target-group',
  'alb-target-group',
  'custom',
  'none',
] as const;
export type MetricsPreset = (typeof metricsPresets)[number];

/** What the deploy already knows at run time (e.g. the families it registered); inputs override it. */
export interface HealthDefaults extends TargetGroupDefaults {
  canaryTaskDefinitionFamily?: string;
  stableTaskDefinitionFamily?: string;
}

/** Parses and cross-checks the health inputs; every error here is found before any AWS call. */
export function healthSettings(read: InputReader, known: HealthDefaults = {}): HealthSettings {
  const periodSeconds = metricsPeriod(read);
  const alarmNames = [...new Set(list(read, 'alarm-names'))];
  const metrics = metricsSource(read, known);
  if (metrics && periodSeconds < 60 && standardResolutionPresets.includes(metrics.preset)) {
    throw new InputError(
      'metrics-period',
      `is ${periodSeconds} s, but ${metrics.preset} reads metrics AWS publishes every 60 seconds: use 60 or more.`,
    );
  }
  const xray = xraySource(read, metrics);
  const policy = healthPolicy(read);

  if (alarmNames.length === 0 && !metrics && !xray) {
    throw new InputError(
      'alarm-names',
      'no health source is configured: set alarm-names, metrics-preset or xray: true. A canary judged by nothing would be promoted blind.',
    );
  }
  checkLatencySources(
    {
      ...(policy.latencyPercentile ? { latencyPercentile: policy.latencyPercentile } : {}),
      ...(policy.maxLatencyIncrease ? { maxLatencyIncrease: policy.maxLatencyIncrease } : {}),
      askedBy: policy.maxLatencyIncrease
        ? 'max-latency-increase'
        : policy.maxLatencyMs !== undefined
          ? 'max-latency-ms'
          : 'latency-percentile',
    },
    metrics,
    xray,
  );
  const baselineSources = [metrics && hasStableMetrics(metrics), xray?.stableService !== undefined];
  if (policy.maxErrorRateIncreasePct !== undefined && !baselineSources.some(Boolean)) {
    throw new InputError(
      'max-error-rate-increase',
      'needs a stable baseline: set stable-task-definition-family (envoy-container-insights), stable-node ' +
        '(envoy-appmesh-extension, or X-Ray), stable-target-group (lattice-target-group, alb-target-group), ' +
        'stable_requests/stable_errors (custom) or xray-stable-service.',
    );
  }
  return {
    windowSeconds: duration(read, 'window', '5m', { min: 10, max: 6 * 3600 }),
    periodSeconds,
    publishDelaySeconds: duration(read, 'metrics-delay', periodSeconds < 60 ? '10s' : '60s', {
      min: 0,
      max: 3600,
    }),
    alarmNames,
    ...(metrics ? { metrics } : {}),
    ...(xray ? { xray } : {}),
    policy,
  };
}

/** CloudWatch's periods: high resolution (1, 5, 10, 30 s) or whole minutes. */
export const highResolutionPeriods = [1, 5, 10, 30] as const;

/** Presets whose metrics AWS publishes at 60-second resolution only. */
const standardResolutionPresets: readonly string[] = ['lattice-target-group', 'alb-target-group'];

function metricsPeriod(read: InputReader): number {
  const periodSeconds = integer(read, 'metrics-period', 60, { min: 1, max: 3600 });
  if (periodSeconds % 60 !== 0 && !(highResolutionPeriods as readonly number[]).includes(periodSeconds)) {
    throw new InputError(
      'metrics-period',
      `must be 1, 5, 10 or 30 seconds (high-resolution metrics) or a multiple of 60; got ${periodSeconds}.`,
    );
  }
  return periodSeconds;
}

export function healthPolicy(read: InputReader): HealthPolicy {
  const maxLatencyMs = optionalInteger(read, 'max-latency-ms', { min: 1 });
  const maxErrorRateIncreasePct = optionalDecimal(read, 'max-error-rate-increase', { min: 0, max: 100 });
  const { latencyPercentile, maxLatencyIncrease } = latencyInputs(read, maxLatencyMs !== undefined);
  return {
    maxErrorRatePct: optionalDecimal(read, 'max-error-rate', { min: 0, max: 100 }) ?? 1,
    ...(maxLatencyMs !== undefined ? { maxLatencyMs } : {}),
    ...(latencyPercentile ? { latencyPercentile } : {}),
    ...(maxLatencyIncrease ? { maxLatencyIncrease } : {}),
    minRequests: integer(read, 'min-requests', 50, { min: 1 }),
    ...(maxErrorRateIncreasePct !== undefined ? { maxErrorRateIncreasePct } : {}),
    significance: optionalDecimal(read, 'baseline-significance', { min: 0.0001, max: 0.5 }) ?? 0.05,
    failureLimit: integer(read, 'failure-limit', 1, { min: 1, max: 100 }),
    inconclusiveLimit: integer(read, 'inconclusive-limit', 5, { min: 0, max: 1000 }),
    onSourceError:
      oneOf(read, 'on-source-error', ['inconclusive', 'fail'], 'inconclusive') === 'fail'
        ? 'FAIL'
        : 'INCONCLUSIVE',
  };
}

function metricsSource(read: InputReader, known: HealthDefaults): MetricsSource | undefined {
  const preset = oneOf(read, 'metrics-preset', metricsPresets, 'none');
  if (preset !== 'custom' && optionalString(read, 'metric-queries') !== undefined) {
    throw new InputError(
      'metric-queries',
      `is read only with metrics-preset: custom (metrics-preset is ${preset}).`,
    );
  }
  switch (preset) {
    case 'none':
      return undefined;
    case 'custom':
      return {
        preset,
        queries: parseMetricQueries(requiredString(read, 'metric-queries', 'Give MetricDataQueries JSON.')),
      };
    case 'envoy-container-insights':
      return containerInsightsSource(read, known);
    case 'lattice-target-group':
      return latticeTargetGroupSource(read, known);
    case 'alb-target-group':
      return albTargetGroupSource(read, known);
    case 'envoy-appmesh-extension': {
      const stableNode = optionalString(read, 'stable-node');
      return {
        preset,
        namespace: searchSafe(
          'metrics-namespace',
          requiredString(
            read,
            'metrics-namespace',
            'Set it to the namespace your CloudWatch agent publishes the App Mesh metrics extension to.',
          ),
        ),
        namePrefix: searchSafe(
          'metrics-name-prefix',
          stringWithDefault(read, 'metrics-name-prefix', 'envoy_appmesh_'),
        ),
        mesh: searchSafe('mesh', requiredString(read, 'mesh', 'Set it to the App Mesh mesh name.')),
        canaryNode: searchSafe(
          'canary-node',
          requiredString(read, 'canary-node', 'Set it to the virtual node of the canary.'),
        ),
        ...(stableNode ? { stableNode: searchSafe('stable-node', stableNode) } : {}),
      };
    }
  }
}

function containerInsightsSource(read: InputReader, known: HealthDefaults): MetricsSource {
  const cluster = requiredString(
    read,
    'cluster',
    'Set it to the ECS cluster of the canary service (the ClusterName dimension).',
  );
  const canaryFamily =
    optionalString(read, 'canary-task-definition-family') ?? known.canaryTaskDefinitionFamily;
  if (!canaryFamily) {
    throw new InputError(
      'canary-task-definition-family',
      'is required by metrics-preset envoy-container-insights: the canary task definition family.',
    );
  }
  const stableFamily =
    optionalString(read, 'stable-task-definition-family') ?? known.stableTaskDefinitionFamily;
  const stableCluster = optionalString(read, 'stable-cluster') ?? cluster;
  if (stableFamily === canaryFamily && stableCluster === cluster) {
    const given = ['stable-task-definition-family', 'canary-task-definition-family'].find(
      (input) => optionalString(read, input) !== undefined,
    );
    // Families the deploy found itself come from the task definition it registers, and the stable service's.
    throw given
      ? new InputError(
          given,
          `makes canary and stable one family ("${canaryFamily}" in cluster ${cluster}): Container Insights tells the two ` +
            'apart only by ClusterName and TaskDefinitionFamily. Give each its own family, or use another metrics-preset.',
        )
      : new InputError(
          'task-definition',
          `registers family ${canaryFamily}, the stable service's family too: envoy-container-insights tells canary from ` +
            'stable by family. Give the canary its own family (the family field of the task-definition file), or ' +
            'use another metrics-preset.',
        );
  }
  return {
    preset: 'envoy-container-insights',
    canary: { cluster, taskDefinitionFamily: canaryFamily },
    ...(stableFamily ? { stable: { cluster: stableCluster, taskDefinitionFamily: stableFamily } } : {}),
  };
}

function hasStableMetrics(metrics: MetricsSource): boolean {
  switch (metrics.preset) {
    case 'envoy-container-insights':
      return metrics.stable !== undefined;
    case 'envoy-appmesh-extension':
      return metrics.stableNode !== undefined;
    case 'lattice-target-group':
    case 'alb-target-group':
      return metrics.stableTargetGroup !== undefined;
    case 'custom':
      return metrics.queries.some((query) => query.Id === metricIds.stableRequests);
  }
}

/**
 * X-Ray reads the canary; it also reads the stable when asked to (xray-stable-service), or by default
 * when no metrics source already gives the stable baseline: one call fewer per check.
 */
function xraySource(read: InputReader, metrics: MetricsSource | undefined): XRaySource | undefined {
  if (!boolean(read, 'xray', false)) return undefined;
  const mesh = optionalString(read, 'mesh');
  const canaryNode = optionalString(read, 'canary-node');
  const stableNode = optionalString(read, 'stable-node');
  const canaryService =
    optionalString(read, 'xray-canary-service') ?? (mesh && canaryNode ? `${mesh}/${canaryNode}` : undefined);
  if (!canaryService) {
    throw new InputError(
      'xray-canary-service',
      'is required with xray: true unless mesh and canary-node are set (Envoy names its segments mesh/virtualNode).',
    );
  }
  const baselineFromMetrics = metrics !== undefined && hasStableMetrics(metrics);
  const stableService =
    optionalString(read, 'xray-stable-service') ??
    (!baselineFromMetrics && mesh && stableNode ? `${mesh}/${stableNode}` : undefined);
  return {
    canaryService: selectorSafe('xray-canary-service', canaryService),
    ...(stableService ? { stableService: selectorSafe('xray-stable-service', stableService) } : {}),
    countClientErrors: boolean(read, 'xray-count-client-errors', false),
  };
}

// ---- custom metric queries ---------------------------------------------------------------------

const validPeriod = (period: number) => [1, 5, 10, 20, 30].includes(period) || period % 60 === 0;

const period = z
  .int()
  .check(z.positive(), z.refine(validPeriod, 'must be 1, 5, 10, 20, 30 or a multiple of 60'));

const metricQuerySchema = z
  .strictObject({
    Id: z
      .string()
      .check(
        z.maxLength(255),
        z.regex(
          /^[a-z][a-zA-Z0-9_]*$/,
          'must start with a lowercase letter and hold only letters, digits and _',
        ),
      ),
    Expression: z.optional(z.string().check(z.minLength(1), z.maxLength(2048))),
    MetricStat: z.optional(
      z.strictObject({
        Metric: z.strictObject({
          Namespace: z.string().check(z.minLength(1), z.maxLength(255)),
          MetricName: z.string().check(z.minLength(1), z.maxLength(255)),
          Dimensions: z.optional(
            z
              .array(
                z.strictObject({
                  Name: z.string().check(z.minLength(1), z.maxLength(255)),
                  Value: z.string().check(z.minLength(1), z.maxLength(1024)),
                }),
              )
              .check(z.maxLength(30)),
          ),
        }),
        Period: period,
        Stat: z.string().check(z.minLength(1)),
        Unit: z.optional(z.string().check(z.minLength(1))),
      }),
    ),
    Label: z.optional(z.string()),
    ReturnData: z.optional(z.boolean()),
    Period: z.optional(period),
    AccountId: z.optional(z.string().check(z.minLength(1))),
  })
  .check(
    z.refine((query) => (query.Expression === undefined) !== (query.MetricStat === undefined), {
      message: 'needs exactly one of MetricStat and Expression',
    }),
  );

const metricQueryList = z.array(metricQuerySchema).check(z.minLength(1), z.maxLength(500));

const metricQueriesSchema = z.union([
  metricQueryList,
  z.pipe(
    z.strictObject({ MetricDataQueries: metricQueryList }),
    z.transform((value) => value.MetricDataQueries),
  ),
]);

/**
 * Custom MetricDataQueries (a JSON array, or {"MetricDataQueries": [...]}), with the ids
 * canary_requests and canary_errors, and optionally stable_requests and stable_errors together.
 */
export function parseMetricQueries(text: string): MetricQuery[] {
  const parsed = metricQueriesSchema.safeParse(parseJson('metric-queries', text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path
      .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
      .join('');
    throw new InputError('metric-queries', `${path ? `${path.replace(/^\./, '')}: ` : ''}${issue.message}.`);
  }
  const queries = parsed.data as MetricQuery[];
  const ids = queries.map((query) => query.Id);
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicate)
    throw new InputError('metric-queries', `the id "${duplicate}" is used twice; ids must be unique.`);
  const required: string[] = [metricIds.canaryRequests, metricIds.canaryErrors];
  const stableIds = [metricIds.stableRequests, metricIds.stableErrors].filter((id) => ids.includes(id));
  if (stableIds.length === 1) {
    throw new InputError(
      'metric-queries',
      `has ${stableIds[0]} without its pair: give both stable_requests and stable_errors, or neither.`,
    );
  }
  for (const id of [...required, ...stableIds]) {
    const query = queries.find((candidate) => candidate.Id === id);
    if (!query)
      throw new InputError(
        'metric-queries',
        `needs a query with the id "${id}" (requests and 5xx of the canary).`,
      );
    if (query.ReturnData === false)
      throw new InputError('metric-queries', `"${id}" must return its data: remove "ReturnData": false.`);
  }
  return queries;
}

// ---- small parsers -------------------------------------------------------------------------------

function optionalDecimal(
  read: InputReader,
  name: string,
  range: { min: number; max: number },
): number | undefined {
  const text = optionalString(read, name);
  if (text === undefined) return undefined;
  if (!/^\d+(\.\d+)?$/.test(text)) throw new InputError(name, `must be a number such as 0.5; got "${text}".`);
  const value = Number(text);
  if (value < range.min || value > range.max)
    throw new InputError(name, `must be from ${range.min} to ${range.max}; got ${value}.`);
  return value;
}

/** Values embedded in a SEARCH expression's quoted strings. */
function searchSafe(name: string, value: string): string {
  if (/["'\\]/.test(value))
    throw new InputError(name, `must not contain quotes or backslashes; got "${value}".`);
  return value;
}

function selectorSafe(name: string, value: string): string {
  if (/["\\]/.test(value))
    throw new InputError(name, `must not contain double quotes or backslashes; got "${value}".`);
  return value;
}
