import { mixOfShares, quantile } from '../../traffic/latency.js';
import { type MetricPublisher, nonZero, type Series } from './metric-series.js';

/** Envoy's Prometheus counters as the CloudWatch agent publishes them for ECS (Container Insights). */
export const containerInsightsNamespace = 'ECS/ContainerInsights/Prometheus';

/** Envoy's counters per cluster and task definition family, while a task of the family runs. */
export const containerInsightsSeries: MetricPublisher = ({ traffic }, start, end) => {
  const series: Series[] = [];
  const families = new Map<string, { cluster: string; family: string }>();
  for (const one of traffic.served(start, end))
    if (one.family)
      families.set(`${one.cluster}/${one.family}`, { cluster: one.cluster, family: one.family });
  for (const { cluster, family } of families.values()) {
    const byTask = { ClusterName: cluster, TaskDefinitionFamily: family };
    const counter =
      (pick: (one: { requests: number; faults: number; clientErrors: number }) => number) =>
      (from: number, to: number) => {
        const served = traffic
          .served(from, to)
          .filter((one) => one.cluster === cluster && one.family === family);
        return served.some((one) => one.running)
          ? served.reduce((sum, one) => sum + pick(one), 0)
          : undefined;
      };
    series.push({
      namespace: containerInsightsNamespace,
      metricName: 'envoy_http_downstream_rq_total',
      dimensions: byTask,
      sum: counter((one) => one.requests),
    });
    for (const [codeClass, pick] of [
      ['5', (one: { faults: number }) => one.faults],
      ['4', (one: { clientErrors: number }) => one.clientErrors],
      [
        '2',
        (one: { requests: number; faults: number; clientErrors: number }) =>
          one.requests - one.faults - one.clientErrors,
      ],
    ] as const) {
      series.push({
        namespace: containerInsightsNamespace,
        metricName: 'envoy_http_downstream_rq_xx',
        dimensions: {
          ...byTask,
          envoy_http_conn_manager_prefix: 'ingress',
          envoy_response_code_class: codeClass,
        },
        sum: counter(pick),
      });
    }
  }
  return series;
};

/** The App Mesh metrics extension: requests per node, 5xx per target node and caller. */
export const appMeshExtensionSeries: MetricPublisher = ({ traffic }, start, end) => {
  const scenario = traffic.current;
  const { extensionNamespace, extensionNamePrefix } = scenario.metrics;
  const mesh = scenario.route.mesh;
  const series: Series[] = [];
  for (const { node } of scenario.nodes) {
    series.push({
      namespace: extensionNamespace,
      metricName: `${extensionNamePrefix}RequestCount`,
      dimensions: { Mesh: mesh, VirtualNode: node },
      sum: nonZero((from, to) => traffic.targetTotals(node, from, to).requests),
    });
    const errors: Series = {
      namespace: extensionNamespace,
      metricName: `${extensionNamePrefix}HTTPCode_Target_5XX_Count`,
      dimensions: { Mesh: mesh, TargetVirtualNode: node, VirtualNode: scenario.caller },
      sum: nonZero((from, to) => traffic.targetTotals(node, from, to).faults),
    };
    // A counter that never counted anything is not published, so SEARCH does not find it.
    if (errors.sum(start, end) !== undefined) series.push(errors);
    // The caller's Envoy records the time to the target's answer (ms) as a histogram, published as a distribution.
    const answered = (from: number, to: number) => traffic.targetTotals(node, from, to);
    series.push({
      namespace: extensionNamespace,
      metricName: `${extensionNamePrefix}TargetResponseTime`,
      dimensions: { Mesh: mesh, TargetVirtualNode: node, VirtualNode: scenario.caller },
      sum: nonZero((from, to) => answered(from, to).responseSeconds * 1000),
      samples: (from, to) => answered(from, to).requests,
      quantile: (from, to, q) => quantile(mixOfShares(answered(from, to).latency), q),
    });
  }
  return series;
};
