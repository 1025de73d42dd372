import { describe, expect, it } from '@jest/globals';
import { countsFromMetrics } from '../../src/health/metric-counts.js';
import { metricPlan } from '../../src/health/sources/metric-presets.js';
import type { MetricSeries, MetricsSource } from '../../src/health/types.js';

const minute = (index: number) => Date.UTC(2025, 2, 14, 12, 2 + index);

/** A series with one datapoint per minute from 12:02. */
function series(id: string, values: number[]): MetricSeries {
  return {
    id,
    sum: values.reduce((total, value) => total + value, 0),
    datapoints: values.length,
    status: 'Complete',
    messages: [],
    points: values.map((value, index) => [minute(index), value]),
  };
}

const alb: MetricsSource = {
  preset: 'alb-target-group',
  loadBalancer: 'app/web/50dc6c495c0c9188',
  canaryTargetGroup: 'targetgroup/green/0a1b2c3d4e5f6071',
  stableTargetGroup: 'targetgroup/blue/73e2d6bc24d8a067',
};

describe('the latency percentile in the one GetMetricData of a check', () => {
  it('reads ALB TargetResponseTime with the extended statistic per target group, in seconds', () => {
    const plan = metricPlan(alb, 60, 'p99.9');
    const latency = plan.queries.filter((query) => query.Id.endsWith('_latency'));
    expect(
      latency.map((query) => [query.Id, query.MetricStat!.Metric.MetricName, query.MetricStat!.Stat]),
    ).toEqual([
      ['canary_latency', 'TargetResponseTime', 'p99.9'],
      ['stable_latency', 'TargetResponseTime', 'p99.9'],
    ]);
    expect(latency[0]!.MetricStat!.Metric.Dimensions).toEqual([
      { Name: 'TargetGroup', Value: alb.canaryTargetGroup },
      { Name: 'LoadBalancer', Value: alb.loadBalancer },
    ]);
    // Two minutes of 1,000 and 3,000 requests: their p99.9s weighed by requests, in milliseconds.
    const reading = countsFromMetrics(plan, [
      series('canary_requests', [1000, 3000]),
      series('canary_errors', [1, 3]),
      series('canary_latency_sum', [40, 120]),
      series('canary_latency_count', [1000, 3000]),
      series('canary_latency', [0.2, 0.4]),
      series('stable_requests', [3000]),
      series('stable_errors', [3]),
      series('stable_latency_sum', [120]),
      series('stable_latency_count', [3000]),
      series('stable_latency', [0.15]),
    ]);
    expect(reading).toMatchObject({
      ok: true,
      latencyRead: true,
      canary: { latency: { ms: 350, samples: 4000 } },
      stable: { latency: { ms: 150, samples: 3000 } },
    });
  });

  it("reads the extension's TargetResponseTime as the slowest caller's percentile, weighed by RequestCount", () => {
    const source: MetricsSource = {
      preset: 'envoy-appmesh-extension',
      namespace: 'AppMesh',
      namePrefix: 'envoy_appmesh_',
      mesh: 'apps',
      canaryNode: 'serviceBv2',
      stableNode: 'serviceB',
    };
    const plan = metricPlan(source, 10, 'p95');
    expect(plan.queries.find((query) => query.Id === 'canary_latency')).toEqual({
      Id: 'canary_latency',
      Expression: `MAX(SEARCH('{"AppMesh",Mesh,TargetVirtualNode,VirtualNode} MetricName="envoy_appmesh_TargetResponseTime" Mesh="apps" TargetVirtualNode="serviceBv2"', 'p95', 10))`,
      ReturnData: true,
    });
    expect(plan.percentile?.weights('stable')).toBe('stable_requests');
  });

  it('adds nothing where no percentile exists (Container Insights) or none is asked; sends custom queries as given', () => {
    const insights: MetricsSource = {
      preset: 'envoy-container-insights',
      canary: { cluster: 'apps', taskDefinitionFamily: 'taskBv2' },
    };
    expect(metricPlan(insights, 60, 'p99')).toEqual(metricPlan(insights, 60));
    expect(metricPlan(insights, 60, 'p99').percentile).toBeUndefined();
    expect(metricPlan(alb, 60).queries.some((query) => query.Id.endsWith('_latency'))).toBe(false);
    const custom: MetricsSource = {
      preset: 'custom',
      queries: [
        { Id: 'canary_requests', Expression: 'm1' },
        { Id: 'canary_errors', Expression: 'm2' },
        { Id: 'canary_latency', Expression: 'm3' },
      ],
    };
    // Custom queries are sent as given; canary_latency is read as milliseconds.
    expect(metricPlan(custom, 60, 'p99').queries).toEqual(custom.queries);
    expect(metricPlan(custom, 60, 'p99').percentile?.toMs).toBe(1);
  });
});
