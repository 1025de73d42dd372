import { CloudWatchClient, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { XRayClient } from '@aws-sdk/client-xray';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import { healthSettings } from '../../src/config/health.js';
import { readerOf } from '../../src/config/inputs.js';
import { runHealthCheck } from '../../src/health/check.js';
import { countsFromMetrics } from '../../src/health/metric-counts.js';
import { awsHealthReaders } from '../../src/health/sources/index.js';
import { metricPlan } from '../../src/health/sources/metric-presets.js';
import type { MetricSeries } from '../../src/health/types.js';
import { inputErrorOf } from '../support/input-error.js';

const cloudWatchMock = mockClient(CloudWatchClient);
const readers = awsHealthReaders({
  cloudWatch: new CloudWatchClient({ region: 'us-west-2' }),
  xray: new XRayClient({ region: 'us-west-2' }),
});
const now = new Date('2025-03-14T12:07:42Z');

const latticeHead = 'arn:aws:vpc-lattice:us-west-2:123456789012';
const canaryTg = `tg-${'2'.repeat(17)}`;
const stableTg = `tg-${'1'.repeat(17)}`;
const elbHead = 'arn:aws:elasticloadbalancing:us-west-2:123456789012';
const listenerArn = `${elbHead}:listener/app/my-load-balancer/50dc6c495c0c9188/f2f7dc8efc522ab2`;
const blueArn = `${elbHead}:targetgroup/blue/73e2d6bc24d8a067`;
const greenArn = `${elbHead}:targetgroup/green/0a1b2c3d4e5f6071`;

const lattice = {
  'metrics-preset': 'lattice-target-group',
  'canary-target-group': `${latticeHead}:targetgroup/${canaryTg}`,
  'stable-target-group': stableTg,
};
const alb = {
  'metrics-preset': 'alb-target-group',
  'listener-arn': listenerArn,
  'canary-target-group': greenArn,
  'stable-target-group': blueArn,
};

const settings = (inputs: Record<string, string>, known = {}) => healthSettings(readerOf(inputs), known);

beforeEach(() => {
  cloudWatchMock.reset();
});

describe('metrics-preset lattice-target-group', () => {
  it('reads AWS/VpcLattice by target group ID: requests, 5xx and request time, canary and stable', () => {
    const source = settings(lattice).metrics!;
    expect(source).toEqual({
      preset: 'lattice-target-group',
      canaryTargetGroup: canaryTg,
      stableTargetGroup: stableTg,
    });
    const plan = metricPlan(source, 60);
    expect(
      plan.queries.map((query) => [query.Id, query.MetricStat!.Metric.MetricName, query.MetricStat!.Stat]),
    ).toEqual([
      ['canary_requests', 'TotalRequestCount', 'Sum'],
      ['canary_errors', 'HTTPCode_5XX_Count', 'Sum'],
      ['canary_latency_sum', 'RequestTime', 'Sum'],
      ['canary_latency_count', 'RequestTime', 'SampleCount'],
      ['stable_requests', 'TotalRequestCount', 'Sum'],
      ['stable_errors', 'HTTPCode_5XX_Count', 'Sum'],
      ['stable_latency_sum', 'RequestTime', 'Sum'],
      ['stable_latency_count', 'RequestTime', 'SampleCount'],
    ]);
    expect(plan.queries[0]!.MetricStat).toEqual({
      Metric: {
        Namespace: 'AWS/VpcLattice',
        MetricName: 'TotalRequestCount',
        Dimensions: [{ Name: 'TargetGroup', Value: canaryTg }],
      },
      Period: 60,
      Stat: 'Sum',
    });
    expect(plan.queries[4]!.MetricStat!.Metric.Dimensions).toEqual([
      { Name: 'TargetGroup', Value: stableTg },
    ]);
    expect(plan).toMatchObject({ hasStable: true, zeroWhenAbsent: [], latencyToMs: 1 });
  });

  it('takes the IDs the deploy resolved for target groups given by name', () => {
    const source = settings(
      { ...lattice, 'canary-target-group': 'checkout-v2', 'stable-target-group': 'checkout-v1' },
      {
        canaryTargetGroupArn: `${latticeHead}:targetgroup/${canaryTg}`,
        stableTargetGroupArn: `${latticeHead}:targetgroup/${stableTg}`,
      },
    ).metrics;
    expect(source).toEqual({
      preset: 'lattice-target-group',
      canaryTargetGroup: canaryTg,
      stableTargetGroup: stableTg,
    });
  });

  it.each([
    [
      { 'canary-target-group': 'checkout-v2' },
      'canary-target-group',
      'is a name; metrics-preset lattice-target-group reads CloudWatch by target group ID',
    ],
    [{ 'canary-target-group': '' }, 'canary-target-group', 'is required'],
    [{ 'stable-target-group': 'tg-123' }, 'stable-target-group', 'is not a VPC Lattice target group ID'],
  ])('refuses %p, naming the input', (overrides, input, message) => {
    const error = inputErrorOf(() => settings({ ...lattice, ...overrides }));
    expect(error.input).toBe(input);
    expect(error.message).toContain(message);
  });
});

describe('metrics-preset alb-target-group', () => {
  it('reads AWS/ApplicationELB by TargetGroup and LoadBalancer as AWS writes them (the end of each ARN)', () => {
    const source = settings(alb).metrics!;
    expect(source).toEqual({
      preset: 'alb-target-group',
      loadBalancer: 'app/my-load-balancer/50dc6c495c0c9188',
      canaryTargetGroup: 'targetgroup/green/0a1b2c3d4e5f6071',
      stableTargetGroup: 'targetgroup/blue/73e2d6bc24d8a067',
    });
    const plan = metricPlan(source, 60);
    expect(
      plan.queries.map((query) => [query.Id, query.MetricStat!.Metric.MetricName, query.MetricStat!.Stat]),
    ).toEqual([
      ['canary_requests', 'RequestCount', 'Sum'],
      ['canary_errors', 'HTTPCode_Target_5XX_Count', 'Sum'],
      ['canary_latency_sum', 'TargetResponseTime', 'Sum'],
      ['canary_latency_count', 'TargetResponseTime', 'SampleCount'],
      ['stable_requests', 'RequestCount', 'Sum'],
      ['stable_errors', 'HTTPCode_Target_5XX_Count', 'Sum'],
      ['stable_latency_sum', 'TargetResponseTime', 'Sum'],
      ['stable_latency_count', 'TargetResponseTime', 'SampleCount'],
    ]);
    expect(plan.queries[1]!.MetricStat!.Metric).toEqual({
      Namespace: 'AWS/ApplicationELB',
      MetricName: 'HTTPCode_Target_5XX_Count',
      Dimensions: [
        { Name: 'TargetGroup', Value: 'targetgroup/green/0a1b2c3d4e5f6071' },
        { Name: 'LoadBalancer', Value: 'app/my-load-balancer/50dc6c495c0c9188' },
      ],
    });
    expect(plan).toMatchObject({
      hasStable: true,
      zeroWhenAbsent: ['canary_errors', 'stable_errors'],
      latencyToMs: 1000,
    });
  });

  it('takes the ARN the deploy resolved for a target group given by name, and works without a stable', () => {
    const source = settings(
      { ...alb, 'canary-target-group': 'green', 'stable-target-group': '' },
      { canaryTargetGroupArn: greenArn },
    ).metrics!;
    expect(source).toEqual({
      preset: 'alb-target-group',
      loadBalancer: 'app/my-load-balancer/50dc6c495c0c9188',
      canaryTargetGroup: 'targetgroup/green/0a1b2c3d4e5f6071',
    });
    expect(metricPlan(source, 60)).toMatchObject({ hasStable: false, zeroWhenAbsent: ['canary_errors'] });
  });

  it.each([
    [
      { 'canary-target-group': 'green' },
      'canary-target-group',
      'is a name; metrics-preset alb-target-group needs the target group ARN',
    ],
    [{ 'listener-arn': '' }, 'listener-arn', 'is required'],
    [{ 'listener-arn': 'my-load-balancer' }, 'listener-arn', 'is not a load balancer listener ARN'],
    [
      { 'stable-target-group': `${elbHead}:targetgroup/blue` },
      'stable-target-group',
      'is not a target group ARN',
    ],
  ])('refuses %p, naming the input', (overrides, input, message) => {
    const error = inputErrorOf(() => settings({ ...alb, ...overrides }));
    expect(error.input).toBe(input);
    expect(error.message).toContain(message);
  });

  it('accepts max-latency-ms and max-error-rate-increase without X-Ray', () => {
    expect(
      settings({ ...alb, 'max-latency-ms': '250', 'max-error-rate-increase': '0.5' }).policy,
    ).toMatchObject({
      maxLatencyMs: 250,
      maxErrorRateIncreasePct: 0.5,
    });
    const error = inputErrorOf(() =>
      settings({ ...alb, 'stable-target-group': '', 'max-error-rate-increase': '0.5' }),
    );
    expect(error.message).toContain('stable-target-group (lattice-target-group, alb-target-group)');
  });
});

describe('counts and latency from the target group series', () => {
  const series = (id: string, values: number[]): MetricSeries => ({
    id,
    sum: values.reduce((a, b) => a + b, 0),
    datapoints: values.length,
    status: 'Complete',
    messages: [],
  });

  it('gives the mean latency as Sum / SampleCount in milliseconds (ALB seconds × 1000)', () => {
    const plan = metricPlan(settings(alb).metrics!, 60);
    const reading = countsFromMetrics(plan, [
      series('canary_requests', [100, 100]),
      series('canary_latency_sum', [10, 30]),
      series('canary_latency_count', [100, 100]),
      series('stable_requests', [300]),
      series('stable_errors', [3]),
      series('stable_latency_sum', [15]),
      series('stable_latency_count', [300]),
    ]);
    expect(reading).toEqual({
      ok: true,
      canary: { requests: 200, errors: 0, meanLatencyMs: 200 },
      stable: { requests: 300, errors: 3, meanLatencyMs: 50 },
      hasStable: true,
      noData: [],
    });
  });

  it('never reads an absent VPC Lattice 5xx series as zero, and reports a broken latency series', () => {
    const plan = metricPlan(settings(lattice).metrics!, 60);
    const reading = countsFromMetrics(plan, [series('canary_requests', [50])]);
    expect(reading).toMatchObject({ ok: true, canary: undefined });
    const broken = countsFromMetrics(plan, [
      series('canary_requests', [50]),
      series('canary_errors', [0]),
      { ...series('canary_latency_sum', []), status: 'Forbidden', messages: ['not authorized'] },
    ]);
    expect(broken).toEqual({
      ok: false,
      problem: 'CloudWatch answered Forbidden for canary_latency_sum (not authorized)',
    });
  });
});

describe('a check through GetMetricData', () => {
  const result = (id: string, values: number[]) => ({
    Id: id,
    Label: id,
    Timestamps: values.map((_, index) => new Date(Date.UTC(2025, 2, 14, 12, 2 + index))),
    Values: values,
    StatusCode: 'Complete' as const,
  });

  it('fails a canary whose p99 is above max-latency-ms (VPC Lattice RequestTime) though its mean is not, in one call', async () => {
    cloudWatchMock.on(GetMetricDataCommand).resolves({
      MetricDataResults: [
        result('canary_requests', [1200]),
        result('canary_errors', [0]),
        result('canary_latency_sum', [1200 * 120]),
        result('canary_latency_count', [1200]),
        result('canary_latency', [350]),
        result('stable_requests', [1600]),
        result('stable_errors', [1]),
        result('stable_latency_sum', [1600 * 80]),
        result('stable_latency_count', [1600]),
        result('stable_latency', [200]),
      ],
    });
    const verdict = await runHealthCheck(settings({ ...lattice, 'max-latency-ms': '300' }), readers, { now });

    expect(verdict.verdict).toBe('FAIL');
    expect(verdict.sources[0]).toMatchObject({
      source: 'metrics',
      verdict: 'FAIL',
      canary: { requests: 1200, errors: 0, meanLatencyMs: 120 },
      stable: { requests: 1600, errors: 1, meanLatencyMs: 80 },
      latency: { percentile: 'p99', canaryMs: 350, stableMs: 200, canarySamples: 1200 },
    });
    expect(verdict.sources[0]!.reason).toContain(
      'canary p99 350 ms vs stable 200 ms (+75%) — FAIL: p99 above max-latency-ms 300',
    );
    const [call] = cloudWatchMock.commandCalls(GetMetricDataCommand);
    expect(cloudWatchMock.commandCalls(GetMetricDataCommand)).toHaveLength(1);
    expect(
      call!.args[0].input.MetricDataQueries?.find((query) => query.Id === 'canary_latency'),
    ).toMatchObject({
      MetricStat: { Metric: { Namespace: 'AWS/VpcLattice', MetricName: 'RequestTime' }, Stat: 'p99' },
    });
  });

  it('compares canary with stable by target group: the significance test works unchanged (ALB)', async () => {
    cloudWatchMock.on(GetMetricDataCommand).resolves({
      MetricDataResults: [
        result('canary_requests', [1000, 1013]),
        result('canary_errors', [50, 47]),
        result('canary_latency_sum', [20, 20]),
        result('canary_latency_count', [1000, 1013]),
        result('stable_requests', [3000, 3022]),
        // ALB writes no 5xx datapoint for a minute without one.
        result('stable_errors', [12]),
        result('stable_latency_sum', [60]),
        result('stable_latency_count', [6022]),
      ],
    });
    const verdict = await runHealthCheck(
      settings({ ...alb, 'max-error-rate': '10', 'max-error-rate-increase': '0.5' }),
      readers,
      { now },
    );
    expect(verdict.verdict).toBe('FAIL');
    expect(verdict.sources[0]!.pValue).toBeLessThan(0.05);
    expect(verdict.sources[0]!.reason).toContain('pp above stable');
  });
});
