import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  GetMetricDataCommand,
  InvalidParameterCombinationException,
  InvalidParameterValueException,
  type MetricDataQuery,
  type MetricDataResult,
} from '@aws-sdk/client-cloudwatch';
import {
  GetTimeSeriesServiceStatisticsCommand,
  InvalidRequestException,
  XRayClient,
} from '@aws-sdk/client-xray';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type LocalStack, startLocalStack } from '../../../../local/index.js';
import { awsHealthReaders, healthClients, runHealthCheck } from '../../../../src/health/index.js';
import { metricPlan } from '../../../../src/health/sources/metric-presets.js';
import type { HealthSettings, MetricsSource } from '../../../../src/health/types.js';
import { rollOutCanary } from '../../support.js';
import { publishedAtOnce } from './publishing.js';

let stack: LocalStack;
let cloudWatch: CloudWatchClient;
let xray: XRayClient;
/** The two whole minutes after the route sent 25% to the canary. */
let window: { start: Date; end: Date };
/** A whole minute when the canary had no traffic yet. */
let before: { start: Date; end: Date };

const minute = 60_000;
const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };

beforeAll(async () => {
  stack = await startLocalStack({
    scenario: {
      // Published at once: this file checks the counts; publishing-delay.test.ts checks the delays.
      metrics: { publishing: publishedAtOnce },
      requestsPerSecond: 20,
      baseline: { errorRatePct: 0.1, latencyMs: 40 },
      versions: [{ image: 'serviceb:2.0.0', errorRatePct: 5, latencyMs: 120 }],
      alarms: [
        { name: 'serviceBv2-5xx', node: 'serviceBv2', errorRatePctAbove: 1 },
        { name: 'serviceB-5xx', node: 'serviceB', errorRatePctAbove: 1 },
        { name: 'apps-health', type: 'CompositeAlarm', state: 'OK' },
      ],
    },
  });
  cloudWatch = new CloudWatchClient({
    endpoint: stack.endpoint,
    region: stack.region,
    credentials,
    maxAttempts: 1,
  });
  xray = new XRayClient({ endpoint: stack.endpoint, region: stack.region, credentials, maxAttempts: 1 });
  rollOutCanary(stack, '2.0.0');
  await stack.clock.sleep(120);
  const beforeEnd = Math.floor(stack.clock.nowMs() / minute) * minute;
  before = { start: new Date(beforeEnd - minute), end: new Date(beforeEnd) };
  stack.appMesh.updateRoute('apps', 'serviceB', 'serviceB', new URLSearchParams(), {
    spec: {
      http2Route: {
        action: {
          weightedTargets: [
            { virtualNode: 'serviceB', weight: 75 },
            { virtualNode: 'serviceBv2', weight: 25 },
          ],
        },
        match: { prefix: '/' },
      },
    },
  });
  await stack.clock.sleep(200);
  const end = Math.floor(stack.clock.nowMs() / minute) * minute;
  window = { start: new Date(end - 2 * minute), end: new Date(end) };
});

afterAll(async () => {
  cloudWatch.destroy();
  xray.destroy();
  await stack.stop();
});

async function metricData(
  queries: MetricDataQuery[],
  range = window,
  scanBy?: 'TimestampAscending',
): Promise<Record<string, MetricDataResult | undefined>> {
  const answer = await cloudWatch.send(
    new GetMetricDataCommand({
      MetricDataQueries: queries,
      StartTime: range.start,
      EndTime: range.end,
      ...(scanBy ? { ScanBy: scanBy } : {}),
    }),
  );
  return Object.fromEntries((answer.MetricDataResults ?? []).map((result) => [result.Id, result]));
}

const containerInsights: MetricsSource = {
  preset: 'envoy-container-insights',
  canary: { cluster: 'apps', taskDefinitionFamily: 'taskBv2' },
  stable: { cluster: 'apps', taskDefinitionFamily: 'taskB' },
};

const extension: MetricsSource = {
  preset: 'envoy-appmesh-extension',
  namespace: 'AppMesh',
  namePrefix: 'envoy_appmesh_',
  mesh: 'apps',
  canaryNode: 'serviceBv2',
  stableNode: 'serviceB',
};

describe('CloudWatch GetMetricData', () => {
  it('answers the Container Insights preset per minute: 25% of 20 rps, 5% of it 5xx on the canary', async () => {
    const results = await metricData(metricPlan(containerInsights, 60).queries as MetricDataQuery[]);
    expect(results.canary_requests?.Values).toEqual([300, 300]);
    expect(results.canary_errors?.Values).toEqual([15, 15]);
    expect(results.stable_requests?.Values).toEqual([900, 900]);
    expect(results.stable_errors?.Values).toEqual([1, 1]);
    expect(results.canary_requests?.StatusCode).toBe('Complete');
  });

  it('orders datapoints newest first unless asked TimestampAscending', async () => {
    const queries = metricPlan(containerInsights, 60).queries as MetricDataQuery[];
    const descending = await metricData(queries);
    const ascending = await metricData(queries, window, 'TimestampAscending');
    const first = window.start.getTime();
    expect(ascending.canary_requests?.Timestamps?.map((at) => at.getTime())).toEqual([first, first + minute]);
    expect(descending.canary_requests?.Timestamps?.map((at) => at.getTime())).toEqual([
      first + minute,
      first,
    ]);
  });

  it('answers the metrics extension preset, its 5xx through SUM(SEARCH(...))', async () => {
    const results = await metricData(metricPlan(extension, 60).queries as MetricDataQuery[]);
    expect(results.canary_requests?.Values).toEqual([300, 300]);
    expect(results.canary_errors?.Values).toEqual([15, 15]);
    expect(results.stable_requests?.Values).toEqual([900, 900]);
  });

  it("answers the extension's TargetResponseTime percentiles, per caller, through MAX(SEARCH(...))", async () => {
    const search = (node: string, stat: string) =>
      `MAX(SEARCH('{"AppMesh",Mesh,TargetVirtualNode,VirtualNode} MetricName="envoy_appmesh_TargetResponseTime" Mesh="apps" TargetVirtualNode="${node}"', '${stat}', 60))`;
    const results = await metricData([
      { Id: 'canary_p99', Expression: search('serviceBv2', 'p99') },
      { Id: 'stable_p99', Expression: search('serviceB', 'p99') },
    ]);
    // Mean m, σ 0.5: p99 = m / e^(σ²/2) · e^(2.326σ), in milliseconds.
    expect(results.canary_p99?.Values?.map(Math.round)).toEqual([339, 339]);
    expect(results.stable_p99?.Values?.map(Math.round)).toEqual([113, 113]);
  });

  it('has no extension datapoints for a node that received no requests', async () => {
    const results = await metricData(metricPlan(extension, 60).queries as MetricDataQuery[], before);
    expect(results.canary_requests?.Values).toEqual([]);
    expect(results.stable_requests?.Values).toEqual([1200]);
  });

  it('finds nothing for a metric nobody publishes', async () => {
    const results = await metricData([
      {
        Id: 'other',
        MetricStat: {
          Metric: {
            Namespace: 'AppMesh',
            MetricName: 'envoy_appmesh_RequestCount',
            Dimensions: [{ Name: 'Mesh', Value: 'apps' }],
          },
          Period: 60,
          Stat: 'Sum',
        },
      },
    ]);
    expect(results.other?.Values).toEqual([]);
  });

  it('refuses StartTime after EndTime with InvalidParameterValue, as the query protocol named it', async () => {
    const call = cloudWatch.send(
      new GetMetricDataCommand({
        MetricDataQueries: metricPlan(containerInsights, 60).queries as MetricDataQuery[],
        StartTime: window.end,
        EndTime: window.start,
      }),
    );
    await expect(call).rejects.toBeInstanceOf(InvalidParameterValueException);
    await expect(call).rejects.toMatchObject({ Code: 'InvalidParameterValue', Type: 'Sender' });
  });

  it.each([
    ['an id that starts with a capital', [{ Id: 'Canary', Expression: "SEARCH('{AppMesh} x', 'Sum', 60)" }]],
    [
      'a duplicated id',
      [
        { Id: 'a', Expression: "SEARCH('{AppMesh} x', 'Sum', 60)" },
        { Id: 'a', Expression: "SEARCH('{AppMesh} x', 'Sum', 60)" },
      ],
    ],
    ['an expression beyond what the local stack evaluates', [{ Id: 'a', Expression: 'm1 / m2 * 100' }]],
  ])('refuses %s', async (_, queries) => {
    await expect(metricData(queries as MetricDataQuery[])).rejects.toBeInstanceOf(
      InvalidParameterValueException,
    );
  });
});

describe('CloudWatch DescribeAlarms', () => {
  it("puts the canary's 5xx alarm in ALARM and leaves the stable's OK", async () => {
    const answer = await cloudWatch.send(
      new DescribeAlarmsCommand({ AlarmNames: ['serviceBv2-5xx', 'serviceB-5xx', 'apps-health'] }),
    );
    const states = Object.fromEntries(
      (answer.MetricAlarms ?? []).map((alarm) => [alarm.AlarmName, alarm.StateValue]),
    );
    expect(states).toEqual({ 'serviceBv2-5xx': 'ALARM', 'serviceB-5xx': 'OK' });
    expect(answer.CompositeAlarms).toEqual([]);
  });

  it('lists composite alarms only when AlarmTypes asks for them', async () => {
    const answer = await cloudWatch.send(
      new DescribeAlarmsCommand({
        AlarmNames: ['apps-health'],
        AlarmTypes: ['MetricAlarm', 'CompositeAlarm'],
      }),
    );
    expect(answer.CompositeAlarms?.map((alarm) => [alarm.AlarmName, alarm.StateValue])).toEqual([
      ['apps-health', 'OK'],
    ]);
  });

  it('refuses AlarmNames with AlarmNamePrefix', async () => {
    await expect(
      cloudWatch.send(new DescribeAlarmsCommand({ AlarmNames: ['a'], AlarmNamePrefix: 'a' })),
    ).rejects.toBeInstanceOf(InvalidParameterCombinationException);
  });
});

describe('X-Ray GetTimeSeriesServiceStatistics', () => {
  it('counts requests, faults and response time per minute for the service Envoy names mesh/node', async () => {
    const answer = await xray.send(
      new GetTimeSeriesServiceStatisticsCommand({
        StartTime: window.start,
        EndTime: window.end,
        EntitySelectorExpression: 'service("apps/serviceBv2")',
        Period: 60,
      }),
    );
    const points = answer.TimeSeriesServiceStatistics ?? [];
    expect(points.map((point) => point.Timestamp?.getTime())).toEqual([
      window.start.getTime(),
      window.start.getTime() + minute,
    ]);
    expect(points[0]?.ServiceSummaryStatistics).toMatchObject({
      TotalCount: 300,
      OkCount: 285,
      FaultStatistics: { TotalCount: 15 },
      ErrorStatistics: { TotalCount: 0 },
    });
    expect(points[0]?.ServiceSummaryStatistics?.TotalResponseTime).toBeCloseTo(36, 6);
    // The same 300 traces by response time: buckets 10% apart, the median bucket holding 106 ms.
    const histogram = points[0]?.ResponseTimeHistogram ?? [];
    expect(histogram.reduce((sum, entry) => sum + (entry.Count ?? 0), 0)).toBe(300);
    const cumulative = histogram.map((_, index) =>
      histogram.slice(0, index + 1).reduce((sum, entry) => sum + (entry.Count ?? 0), 0),
    );
    const median = histogram[cumulative.findIndex((below) => below >= 150)]?.Value ?? 0;
    expect(median).toBeGreaterThan(0.106);
    expect(median).toBeLessThan(0.106 * 1.1);
  });

  it('refuses a selector it cannot read, and a window that ends before it starts', async () => {
    await expect(
      xray.send(
        new GetTimeSeriesServiceStatisticsCommand({
          StartTime: window.start,
          EndTime: window.end,
          EntitySelectorExpression: 'edge("a", "b")',
        }),
      ),
    ).rejects.toBeInstanceOf(InvalidRequestException);
    await expect(
      xray.send(
        new GetTimeSeriesServiceStatisticsCommand({
          StartTime: window.end,
          EndTime: window.start,
          EntitySelectorExpression: 'service("apps/serviceBv2")',
        }),
      ),
    ).rejects.toBeInstanceOf(InvalidRequestException);
  });
});

describe("the project's health check against the stack", () => {
  const policy = {
    maxErrorRatePct: 1,
    minRequests: 50,
    significance: 0.05,
    failureLimit: 1,
    inconclusiveLimit: 5,
    onSourceError: 'INCONCLUSIVE' as const,
  };

  it.each([
    ['Container Insights metrics', { metrics: containerInsights }],
    ['metrics extension', { metrics: extension }],
    [
      'X-Ray',
      {
        xray: { canaryService: 'apps/serviceBv2', stableService: 'apps/serviceB', countClientErrors: false },
      },
    ],
    ['alarms', { alarmNames: ['serviceBv2-5xx'] }],
  ])('fails the canary with 5%% 5xx from %s', async (_, source) => {
    const settings = {
      windowSeconds: 120,
      periodSeconds: 60,
      alarmNames: [],
      policy,
      ...source,
    } as HealthSettings;
    const verdict = await runHealthCheck(
      settings,
      awsHealthReaders(healthClients({ region: stack.region })),
      {
        now: window.end,
      },
    );
    expect(verdict.verdict).toBe('FAIL');
  });
});

describe('the same checks once the canary version is healthy', () => {
  beforeAll(() => {
    stack.scenario.load({
      ...stack.scenario.current,
      versions: [{ image: 'serviceb:2.0.0', errorRatePct: 0.1, latencyMs: 40 }],
    });
  });

  it.each([
    ['Container Insights metrics', { metrics: containerInsights }],
    [
      'X-Ray',
      {
        xray: { canaryService: 'apps/serviceBv2', stableService: 'apps/serviceB', countClientErrors: false },
      },
    ],
    ['alarms', { alarmNames: ['serviceBv2-5xx'] }],
  ])('pass it from %s', async (_, source) => {
    const settings = {
      windowSeconds: 120,
      periodSeconds: 60,
      alarmNames: [],
      policy: {
        maxErrorRatePct: 1,
        minRequests: 50,
        significance: 0.05,
        failureLimit: 1,
        inconclusiveLimit: 5,
        onSourceError: 'INCONCLUSIVE' as const,
      },
      ...source,
    } as HealthSettings;
    const verdict = await runHealthCheck(
      settings,
      awsHealthReaders(healthClients({ region: stack.region })),
      {
        now: window.end,
      },
    );
    expect(verdict.verdict).toBe('PASS');
  });
});
