import type { ContainerInsightsTarget, MetricQuery, MetricsSource } from '../types.js';
import {
  albTargetGroupMetrics,
  type Dimensions,
  latticeTargetGroupMetrics,
  type TargetGroupMetrics,
  targetGroupQueries,
} from './target-group-presets.js';

/** The query ids every plan answers with; custom metric-queries must use them too. */
export const metricIds = {
  canaryRequests: 'canary_requests',
  canaryErrors: 'canary_errors',
  stableRequests: 'stable_requests',
  stableErrors: 'stable_errors',
  canaryLatencySum: 'canary_latency_sum',
  canaryLatencyCount: 'canary_latency_count',
  stableLatencySum: 'stable_latency_sum',
  stableLatencyCount: 'stable_latency_count',
  /** The latency percentile of each role, in the source's unit (custom: milliseconds). */
  canaryLatency: 'canary_latency',
  stableLatency: 'stable_latency',
} as const;

export interface MetricPlan {
  queries: MetricQuery[];
  hasStable: boolean;
  /**
   * Error series that may be absent when nothing failed (counters that exist only once used); they
   * count as 0 errors, but only while the same role's request series has data.
   */
  zeroWhenAbsent: string[];
  /** Set when the plan reads the response time (<role>_latency_sum / _count): milliseconds per unit. */
  latencyToMs?: number;
  /**
   * Set when the plan reads a latency percentile (<role>_latency, one value per period): the statistic, the
   * milliseconds per unit, and the series whose datapoints count each period's requests (to weigh periods).
   */
  percentile?: { stat: string; toMs: number; weights: (role: 'canary' | 'stable') => string };
}

export const containerInsightsNamespace = 'ECS/ContainerInsights/Prometheus';

/**
 * The GetMetricData queries of one check: all series in one call. With a latency percentile (p99, ...), the
 * sources that have a response-time distribution read it too, in the same call.
 */
export function metricPlan(source: MetricsSource, periodSeconds: number, percentile?: string): MetricPlan {
  const plan = countPlan(source, periodSeconds);
  if (!percentile) return plan;
  const roles: Array<'canary' | 'stable'> = plan.hasStable ? ['canary', 'stable'] : ['canary'];
  switch (source.preset) {
    case 'lattice-target-group':
    case 'alb-target-group': {
      const latencySum = plan.queries.filter((query) => query.Id.endsWith('_latency_sum'));
      const extra = latencySum.map((query) => ({
        ...query,
        Id: query.Id.replace('_latency_sum', '_latency'),
        MetricStat: { ...query.MetricStat!, Stat: percentile },
      }));
      return {
        ...plan,
        queries: [...plan.queries, ...extra],
        percentile: {
          stat: percentile,
          toMs: plan.latencyToMs ?? 1,
          weights: (role) => `${role}_latency_count`,
        },
      };
    }
    case 'envoy-appmesh-extension': {
      const nodes = { canary: source.canaryNode, stable: source.stableNode ?? '' };
      const extra = roles.map((role) =>
        extensionLatencyQuery(role, source, nodes[role], percentile, periodSeconds),
      );
      return {
        ...plan,
        queries: [...plan.queries, ...extra],
        percentile: { stat: percentile, toMs: 1, weights: (role) => `${role}_requests` },
      };
    }
    case 'custom':
      return source.queries.some((query) => query.Id === metricIds.canaryLatency)
        ? { ...plan, percentile: { stat: percentile, toMs: 1, weights: (role) => `${role}_requests` } }
        : plan;
    case 'envoy-container-insights':
      // No response time in the default declaration: the configuration takes latency from X-Ray then.
      return plan;
  }
}

function countPlan(source: MetricsSource, periodSeconds: number): MetricPlan {
  switch (source.preset) {
    case 'envoy-container-insights':
      return {
        queries: [
          ...containerInsightsQueries('canary', source.canary, periodSeconds),
          ...(source.stable ? containerInsightsQueries('stable', source.stable, periodSeconds) : []),
        ],
        hasStable: source.stable !== undefined,
        zeroWhenAbsent: [],
      };
    case 'envoy-appmesh-extension': {
      const { namespace, namePrefix, mesh } = source;
      const roles: ['canary' | 'stable', string][] = [['canary', source.canaryNode]];
      if (source.stableNode) roles.push(['stable', source.stableNode]);
      return {
        queries: roles.flatMap(([role, node]) =>
          extensionQueries(role, { namespace, namePrefix, mesh, node }, periodSeconds),
        ),
        hasStable: source.stableNode !== undefined,
        zeroWhenAbsent: roles.map(([role]) => `${role}_errors`),
      };
    }
    case 'custom':
      return {
        queries: source.queries,
        hasStable: source.queries.some((query) => query.Id === metricIds.stableRequests),
        zeroWhenAbsent: [],
      };
    case 'lattice-target-group': {
      const byGroup = (group: string): Dimensions => [{ Name: 'TargetGroup', Value: group }];
      // "Always reported (whether it's a zero or non-zero value)": an absent 5xx series is not a zero.
      return targetGroupPlan(latticeTargetGroupMetrics, source, byGroup, periodSeconds, []);
    }
    case 'alb-target-group': {
      const byGroup = (group: string): Dimensions => [
        { Name: 'TargetGroup', Value: group },
        { Name: 'LoadBalancer', Value: source.loadBalancer },
      ];
      // ALB publishes HTTPCode_Target_5XX_Count only for periods with a 5xx.
      return targetGroupPlan(albTargetGroupMetrics, source, byGroup, periodSeconds, [
        metricIds.canaryErrors,
        metricIds.stableErrors,
      ]);
    }
  }
}

function targetGroupPlan(
  metrics: TargetGroupMetrics,
  source: { canaryTargetGroup: string; stableTargetGroup?: string },
  dimensions: (group: string) => Dimensions,
  period: number,
  zeroWhenAbsent: string[],
): MetricPlan {
  const { canaryTargetGroup, stableTargetGroup } = source;
  return {
    queries: [
      ...targetGroupQueries('canary', metrics, dimensions(canaryTargetGroup), period),
      ...(stableTargetGroup
        ? targetGroupQueries('stable', metrics, dimensions(stableTargetGroup), period)
        : []),
    ],
    hasStable: stableTargetGroup !== undefined,
    zeroWhenAbsent: stableTargetGroup
      ? zeroWhenAbsent
      : zeroWhenAbsent.filter((id) => id.startsWith('canary')),
    latencyToMs: metrics.responseTimeToMs,
  };
}

/**
 * Envoy's Prometheus counters as the CloudWatch agent publishes them for ECS (Container Insights
 * Prometheus, default App Mesh metric_declaration): all requests the proxy received, and the 5xx
 * answered on the ingress listener, by cluster and task definition family.
 */
function containerInsightsQueries(
  role: 'canary' | 'stable',
  target: ContainerInsightsTarget,
  period: number,
): MetricQuery[] {
  const byTask = [
    { Name: 'ClusterName', Value: target.cluster },
    { Name: 'TaskDefinitionFamily', Value: target.taskDefinitionFamily },
  ];
  return [
    {
      Id: `${role}_requests`,
      MetricStat: {
        Metric: {
          Namespace: containerInsightsNamespace,
          MetricName: 'envoy_http_downstream_rq_total',
          Dimensions: byTask,
        },
        Period: period,
        Stat: 'Sum',
      },
      ReturnData: true,
    },
    {
      Id: `${role}_errors`,
      MetricStat: {
        Metric: {
          Namespace: containerInsightsNamespace,
          MetricName: 'envoy_http_downstream_rq_xx',
          Dimensions: [
            ...byTask,
            { Name: 'envoy_http_conn_manager_prefix', Value: 'ingress' },
            { Name: 'envoy_response_code_class', Value: '5' },
          ],
        },
        Period: period,
        Stat: 'Sum',
      },
      ReturnData: true,
    },
  ];
}

/**
 * The extension's TargetResponseTime (ms) is recorded by each caller's Envoy (VirtualNode = the caller,
 * TargetVirtualNode = this node) as a distribution; percentiles of several callers cannot be added, so the
 * check reads the slowest caller's: MAX over the callers of each one's percentile.
 */
function extensionLatencyQuery(
  role: 'canary' | 'stable',
  source: { namespace: string; namePrefix: string; mesh: string },
  node: string,
  percentile: string,
  period: number,
): MetricQuery {
  const search =
    `{"${source.namespace}",Mesh,TargetVirtualNode,VirtualNode} MetricName="${source.namePrefix}TargetResponseTime" ` +
    `Mesh="${source.mesh}" TargetVirtualNode="${node}"`;
  return {
    Id: `${role}_latency`,
    Expression: `MAX(SEARCH('${search}', '${percentile}', ${period}))`,
    ReturnData: true,
  };
}

interface ExtensionNode {
  namespace: string;
  namePrefix: string;
  mesh: string;
  node: string;
}

/**
 * App Mesh metrics extension: requests the node received (inbound RequestCount by Mesh, VirtualNode),
 * and the 5xx it answered, which only its callers record (HTTPCode_Target_5XX_Count by Mesh,
 * VirtualNode = the caller, TargetVirtualNode = this node): summed over all callers.
 */
function extensionQueries(role: 'canary' | 'stable', node: ExtensionNode, period: number): MetricQuery[] {
  const { namespace, namePrefix, mesh } = node;
  const search =
    `{"${namespace}",Mesh,TargetVirtualNode,VirtualNode} MetricName="${namePrefix}HTTPCode_Target_5XX_Count" ` +
    `Mesh="${mesh}" TargetVirtualNode="${node.node}"`;
  return [
    {
      Id: `${role}_requests`,
      MetricStat: {
        Metric: {
          Namespace: namespace,
          MetricName: `${namePrefix}RequestCount`,
          Dimensions: [
            { Name: 'Mesh', Value: mesh },
            { Name: 'VirtualNode', Value: node.node },
          ],
        },
        Period: period,
        Stat: 'Sum',
      },
      ReturnData: true,
    },
    {
      Id: `${role}_errors`,
      Expression: `SUM(SEARCH('${search}', 'Sum', ${period}))`,
      ReturnData: true,
    },
  ];
}
