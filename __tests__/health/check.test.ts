import { CloudWatchClient, DescribeAlarmsCommand, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { GetTimeSeriesServiceStatisticsCommand, XRayClient } from '@aws-sdk/client-xray';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import fc from 'fast-check';
import { healthSettings } from '../../src/config/health.js';
import { readerOf } from '../../src/config/inputs.js';
import { AwsCallError, InputError } from '../../src/errors.js';
import { checkWindow, runHealthCheck, validateHealthSources } from '../../src/health/check.js';
import { awsHealthReaders } from '../../src/health/sources/index.js';
import { firstOwnVerdictAt, stepWindow } from '../../src/health/step-window.js';

const cloudWatchMock = mockClient(CloudWatchClient);
const xrayMock = mockClient(XRayClient);
const readers = awsHealthReaders({
  cloudWatch: new CloudWatchClient({ region: 'us-west-2' }),
  xray: new XRayClient({ region: 'us-west-2' }),
});
const now = new Date('2025-03-14T12:07:42Z');
const start = new Date('2025-03-14T12:02:00Z');
const end = new Date('2025-03-14T12:07:00Z');

const insights = {
  'metrics-preset': 'envoy-container-insights',
  cluster: 'apps',
  'canary-task-definition-family': 'taskBv2',
  'stable-task-definition-family': 'taskB',
};

function check(inputs: Record<string, string>) {
  return runHealthCheck(healthSettings(readerOf(inputs)), readers, { now });
}

function series(id: string, values: number[]) {
  return {
    Id: id,
    Label: id,
    Timestamps: values.map((_, index) => new Date(start.getTime() + index * 60_000)),
    Values: values,
    StatusCode: 'Complete' as const,
  };
}

function metricData(canary: [number[], number[]], stable?: [number[], number[]]) {
  return {
    MetricDataResults: [
      series('canary_requests', canary[0]),
      series('canary_errors', canary[1]),
      ...(stable ? [series('stable_requests', stable[0]), series('stable_errors', stable[1])] : []),
    ],
    Messages: [],
  };
}

function xrayStatistics(total: number, faults: number, errors = 0, seconds = total * 0.1) {
  return {
    TimeSeriesServiceStatistics: [
      {
        Timestamp: start,
        ServiceSummaryStatistics: {
          OkCount: total - faults - errors,
          ErrorStatistics: { ThrottleCount: 0, OtherCount: errors, TotalCount: errors },
          FaultStatistics: { OtherCount: faults, TotalCount: faults },
          TotalCount: total,
          TotalResponseTime: seconds,
        },
        // Every trace within the mean: one bucket from 0 to it.
        ResponseTimeHistogram: [{ Value: seconds / total, Count: total }],
      },
    ],
    ContainsOldGroupVersions: false,
  };
}

const awsError = (name: string, message: string) => Object.assign(new Error(message), { name });

beforeEach(() => {
  cloudWatchMock.reset();
  xrayMock.reset();
});

describe('checkWindow', () => {
  it('ends at the last whole period and spans the window in whole periods', () => {
    expect(checkWindow(now, 300, 60)).toEqual({ start, end });
    expect(checkWindow(now, 330, 60)).toEqual({ start: new Date('2025-03-14T12:01:00Z'), end });
    expect(checkWindow(now, 300, 300)).toEqual({
      start: new Date('2025-03-14T12:00:00Z'),
      end: new Date('2025-03-14T12:05:00Z'),
    });
  });
});

describe('stepWindow', () => {
  const base = { periodSeconds: 60, publishDelaySeconds: 0 };

  it('starts at the first period boundary after the shift, not at now - window', () => {
    const window = stepWindow({ ...base, now, stepStartedAt: new Date('2025-03-14T12:04:10Z') });
    expect(window).toEqual({ start: new Date('2025-03-14T12:05:00Z'), end });
  });

  it('waits (no window) until the step has a complete period of its own', () => {
    expect(stepWindow({ ...base, now, stepStartedAt: new Date('2025-03-14T12:06:10Z') })).toBeUndefined();
    expect(firstOwnVerdictAt(new Date('2025-03-14T12:06:10Z'), 60, 0)).toEqual(
      new Date('2025-03-14T12:08:00Z'),
    );
  });

  it('leaves out periods still being published', () => {
    const window = stepWindow({
      ...base,
      publishDelaySeconds: 60,
      now,
      stepStartedAt: new Date('2025-03-14T12:00:00Z'),
    });
    expect(window).toEqual({
      start: new Date('2025-03-14T12:00:00Z'),
      end: new Date('2025-03-14T12:06:00Z'),
    });
  });

  it('starts where the step’s previous window ended, however long ago', () => {
    const window = stepWindow({
      ...base,
      now,
      stepStartedAt: new Date('2025-03-14T11:00:10Z'),
      judgedUntil: new Date('2025-03-14T11:30:00Z'),
    });
    expect(window).toEqual({ start: new Date('2025-03-14T11:30:00Z'), end });
  });

  it('waits (no window) while no period after the previous window is published', () => {
    const judgedUntil = end;
    expect(stepWindow({ ...base, now, stepStartedAt: new Date('2025-03-14T12:00:10Z'), judgedUntil })).toBe(
      undefined,
    );
  });

  it('ignores an end carried from before the shift (an earlier step’s)', () => {
    const window = stepWindow({
      ...base,
      now,
      stepStartedAt: new Date('2025-03-14T12:04:10Z'),
      judgedUntil: new Date('2025-03-14T12:03:00Z'),
    });
    expect(window).toEqual({ start: new Date('2025-03-14T12:05:00Z'), end });
  });

  it('judges only the last seconds asked for when the end is not carried (a pause)', () => {
    const stepStartedAt = new Date('2025-03-14T11:00:10Z');
    expect(stepWindow({ ...base, now, stepStartedAt, lastSeconds: 90 })).toEqual({
      start: new Date('2025-03-14T12:05:00Z'),
      end,
    });
  });

  it('never judges traffic from before the shift, nor a period not yet published', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 3_600_000 }),
        fc.constantFrom(1, 5, 10, 30, 60, 300),
        fc.integer({ min: 0, max: 300 }),
        (shiftMs, sinceShiftMs, periodSeconds, publishDelaySeconds) => {
          const stepStartedAt = new Date(1_700_000_000_000 + shiftMs);
          const at = new Date(stepStartedAt.getTime() + sinceShiftMs);
          const options = { now: at, stepStartedAt, periodSeconds, publishDelaySeconds };
          const window = stepWindow(options);
          const readable = firstOwnVerdictAt(stepStartedAt, periodSeconds, publishDelaySeconds);
          if (!window) {
            expect(at.getTime()).toBeLessThan(readable.getTime());
            return;
          }
          expect(at.getTime()).toBeGreaterThanOrEqual(readable.getTime());
          expect(window.start.getTime()).toBeGreaterThanOrEqual(stepStartedAt.getTime());
          expect(window.end.getTime()).toBeLessThanOrEqual(at.getTime() - publishDelaySeconds * 1000);
          expect(window.start.getTime() % (periodSeconds * 1000)).toBe(0);
          expect(window.end.getTime() % (periodSeconds * 1000)).toBe(0);
          // The step's first window starts at its first period, however late the check: none is dropped.
          expect(window.start.getTime() - stepStartedAt.getTime()).toBeLessThan(periodSeconds * 1000);
        },
      ),
    );
  });
});

describe('runHealthCheck: queries sent', () => {
  it('reads Container Insights Envoy metrics of both task definition families in one GetMetricData', async () => {
    cloudWatchMock.on(GetMetricDataCommand).resolves(
      metricData(
        [
          [400, 400, 400, 400, 413],
          [0, 1, 0, 0, 1],
        ],
        [
          [1200, 1200],
          [1, 0],
        ],
      ),
    );

    const verdict = await check(insights);

    const byTask = (family: string) => [
      { Name: 'ClusterName', Value: 'apps' },
      { Name: 'TaskDefinitionFamily', Value: family },
    ];
    const requests = (id: string, family: string) => ({
      Id: id,
      MetricStat: {
        Metric: {
          Namespace: 'ECS/ContainerInsights/Prometheus',
          MetricName: 'envoy_http_downstream_rq_total',
          Dimensions: byTask(family),
        },
        Period: 60,
        Stat: 'Sum',
      },
      ReturnData: true,
    });
    const errors = (id: string, family: string) => ({
      Id: id,
      MetricStat: {
        Metric: {
          Namespace: 'ECS/ContainerInsights/Prometheus',
          MetricName: 'envoy_http_downstream_rq_xx',
          Dimensions: [
            ...byTask(family),
            { Name: 'envoy_http_conn_manager_prefix', Value: 'ingress' },
            { Name: 'envoy_response_code_class', Value: '5' },
          ],
        },
        Period: 60,
        Stat: 'Sum',
      },
      ReturnData: true,
    });
    expect(cloudWatchMock.commandCalls(GetMetricDataCommand)).toHaveLength(1);
    expect(cloudWatchMock).toHaveReceivedCommandWith(GetMetricDataCommand, {
      MetricDataQueries: [
        requests('canary_requests', 'taskBv2'),
        errors('canary_errors', 'taskBv2'),
        requests('stable_requests', 'taskB'),
        errors('stable_errors', 'taskB'),
      ],
      StartTime: start,
      EndTime: end,
      ScanBy: 'TimestampAscending',
    });
    expect(verdict).toEqual({
      verdict: 'PASS',
      reason: 'metrics: canary 0.099% 5xx (2,013 req) vs stable 0.042% (2,400 req) — PASS',
      window: { start: '2025-03-14T12:02:00.000Z', end: '2025-03-14T12:07:00.000Z' },
      thresholds: { maxErrorRatePct: 1, minRequests: 50 },
      sources: [
        {
          source: 'metrics',
          verdict: 'PASS',
          reason: 'canary 0.099% 5xx (2,013 req) vs stable 0.042% (2,400 req) — PASS',
          canary: { requests: 2013, errors: 2, errorRatePct: (2 / 2013) * 100 },
          stable: { requests: 2400, errors: 1, errorRatePct: (1 / 2400) * 100 },
        },
      ],
    });
  });

  it('reads the App Mesh metrics extension: RequestCount of the node, 5xx its callers saw from it', async () => {
    cloudWatchMock.on(GetMetricDataCommand).resolves({
      MetricDataResults: [
        series('canary_requests', [300, 300]),
        series('canary_errors', []),
        series('stable_requests', [900]),
        series('stable_errors', [2]),
      ],
    });

    const verdict = await check({
      'metrics-preset': 'envoy-appmesh-extension',
      'metrics-namespace': 'howto-metrics-extension',
      'metrics-period': '300',
      window: '10m',
      mesh: 'apps',
      'canary-node': 'serviceBv2',
      'stable-node': 'serviceB',
    });

    const requests = (id: string, node: string) => ({
      Id: id,
      MetricStat: {
        Metric: {
          Namespace: 'howto-metrics-extension',
          MetricName: 'envoy_appmesh_RequestCount',
          Dimensions: [
            { Name: 'Mesh', Value: 'apps' },
            { Name: 'VirtualNode', Value: node },
          ],
        },
        Period: 300,
        Stat: 'Sum',
      },
      ReturnData: true,
    });
    const errors = (id: string, node: string) => ({
      Id: id,
      Expression:
        `SUM(SEARCH('{"howto-metrics-extension",Mesh,TargetVirtualNode,VirtualNode} ` +
        `MetricName="envoy_appmesh_HTTPCode_Target_5XX_Count" Mesh="apps" TargetVirtualNode="${node}"', 'Sum', 300))`,
      ReturnData: true,
    });
    expect(cloudWatchMock).toHaveReceivedCommandWith(GetMetricDataCommand, {
      MetricDataQueries: [
        requests('canary_requests', 'serviceBv2'),
        errors('canary_errors', 'serviceBv2'),
        requests('stable_requests', 'serviceB'),
        errors('stable_errors', 'serviceB'),
      ],
      StartTime: new Date('2025-03-14T11:55:00Z'),
      EndTime: new Date('2025-03-14T12:05:00Z'),
    });
    // No 5xx series for the canary yet: no caller ever got a 5xx from it, counted as 0 errors.
    expect(verdict.verdict).toBe('PASS');
    expect(verdict.sources[0]!.canary).toEqual({ requests: 600, errors: 0, errorRatePct: 0 });
  });

  it('does not read a silent App Mesh extension as healthy: no RequestCount, no zero errors', async () => {
    cloudWatchMock
      .on(GetMetricDataCommand)
      .resolves({ MetricDataResults: [series('canary_requests', []), series('canary_errors', [])] });
    const verdict = await check({
      'metrics-preset': 'envoy-appmesh-extension',
      'metrics-namespace': 'appmesh',
      mesh: 'apps',
      'canary-node': 'serviceBv2',
    });
    expect(verdict.verdict).toBe('INCONCLUSIVE');
    expect(verdict.reason).toBe(
      'metrics: no canary data (canary_requests, canary_errors empty) — INCONCLUSIVE',
    );
  });

  it('passes custom queries through unchanged', async () => {
    const queries = [
      {
        Id: 'canary_requests',
        MetricStat: { Metric: { Namespace: 'MyApp', MetricName: 'Requests' }, Period: 60, Stat: 'Sum' },
      },
      { Id: 'canary_errors', Expression: 'FILL(m1, 0)' },
      {
        Id: 'm1',
        MetricStat: { Metric: { Namespace: 'MyApp', MetricName: 'Errors' }, Period: 60, Stat: 'Sum' },
        ReturnData: false,
      },
    ];
    cloudWatchMock.on(GetMetricDataCommand).resolves(metricData([[100], [0]]));
    await check({ 'metrics-preset': 'custom', 'metric-queries': JSON.stringify(queries) });
    expect(cloudWatchMock).toHaveReceivedCommandWith(GetMetricDataCommand, {
      MetricDataQueries: queries,
      StartTime: start,
      EndTime: end,
    });
  });

  it('uses three AWS calls per check with alarms, metrics and X-Ray all on', async () => {
    cloudWatchMock
      .on(DescribeAlarmsCommand)
      .resolves({ MetricAlarms: [{ AlarmName: 'serviceBv2-p99', StateValue: 'OK' }] });
    cloudWatchMock.on(GetMetricDataCommand).resolves(metricData([[1000], [2]], [[3000], [3]]));
    xrayMock.on(GetTimeSeriesServiceStatisticsCommand).resolves(xrayStatistics(120, 0));

    const verdict = await check({
      ...insights,
      'alarm-names': 'serviceBv2-p99',
      xray: 'true',
      mesh: 'apps',
      'canary-node': 'serviceBv2',
      'stable-node': 'serviceB',
      'max-latency-ms': '500',
      // 120 traces: enough for a p90 (100), not for a p99 (1,000).
      'latency-percentile': 'p90',
      'max-error-rate-increase': '0.5',
    });

    expect(cloudWatchMock.commandCalls(DescribeAlarmsCommand)).toHaveLength(1);
    expect(cloudWatchMock.commandCalls(GetMetricDataCommand)).toHaveLength(1);
    expect(xrayMock.commandCalls(GetTimeSeriesServiceStatisticsCommand)).toHaveLength(1);
    expect(xrayMock).toHaveReceivedCommandWith(GetTimeSeriesServiceStatisticsCommand, {
      EntitySelectorExpression: 'service("apps/serviceBv2")',
      StartTime: start,
      EndTime: end,
      Period: 60,
    });
    expect(verdict.verdict).toBe('PASS');
    expect(verdict.sources.map((source) => [source.source, source.verdict])).toEqual([
      ['alarms', 'PASS'],
      ['metrics', 'PASS'],
      ['xray', 'PASS'],
    ]);
    expect(verdict.sources[2]!.canary).toEqual({
      requests: 120,
      errors: 0,
      errorRatePct: 0,
      meanLatencyMs: 100,
    });
    // Rank 108 of 120 in the bucket (0, 100 ms]: 90 ms, within the bucket's width of the exact value.
    expect(verdict.sources[2]!.latency).toEqual({
      percentile: 'p90',
      canaryMs: 90,
      canarySamples: 120,
      errorMs: 100,
    });
    expect(verdict.sources[2]!.reason).toContain('canary p90 90 ms ±100 ms');
  });

  it('compares canary and stable in X-Ray when it is the only baseline', async () => {
    xrayMock
      .on(GetTimeSeriesServiceStatisticsCommand, { EntitySelectorExpression: 'service("apps/serviceBv2")' })
      .resolves(xrayStatistics(400, 20, 10))
      .on(GetTimeSeriesServiceStatisticsCommand, { EntitySelectorExpression: 'service("apps/serviceB")' })
      .resolves(xrayStatistics(1200, 1, 30));

    const verdict = await check({
      xray: 'true',
      mesh: 'apps',
      'canary-node': 'serviceBv2',
      'stable-node': 'serviceB',
      'max-error-rate': '10',
      'max-error-rate-increase': '0',
      'xray-count-client-errors': 'true',
    });

    expect(xrayMock.commandCalls(GetTimeSeriesServiceStatisticsCommand)).toHaveLength(2);
    expect(verdict.verdict).toBe('FAIL');
    expect(verdict.sources[0]!.reason).toBe(
      'canary 7.5% 4xx/5xx (400 traces), mean 100 ms vs stable 2.6% (1,200 traces), p<0.001 — FAIL: more than 0 pp above stable (p<0.001 < 0.05)',
    );
    expect(verdict.sources[0]!.test).toBe('fisher-exact');
  });
});

describe('runHealthCheck: a broken or silent source is never PASS', () => {
  const inputs = {
    ...insights,
    'alarm-names': 'serviceBv2-p99',
    xray: 'true',
    mesh: 'apps',
    'canary-node': 'serviceBv2',
  };

  beforeEach(() => {
    cloudWatchMock
      .on(DescribeAlarmsCommand)
      .resolves({ MetricAlarms: [{ AlarmName: 'serviceBv2-p99', StateValue: 'OK' }] });
    cloudWatchMock.on(GetMetricDataCommand).resolves(metricData([[1000], [2]], [[3000], [3]]));
    xrayMock.on(GetTimeSeriesServiceStatisticsCommand).resolves(xrayStatistics(120, 0));
  });

  it('is PASS with all three healthy (the baseline of the cases below)', async () => {
    expect((await check(inputs)).verdict).toBe('PASS');
  });

  it.each([
    ['an API error', awsError('InternalServiceError', 'We encountered an internal error')],
    [
      'access denied',
      awsError('AccessDenied', 'User is not authorized to perform: cloudwatch:GetMetricData'),
    ],
    ['throttling after the SDK retries', awsError('Throttling', 'Rate exceeded')],
  ])('metrics: %s', async (_what, error) => {
    cloudWatchMock.on(GetMetricDataCommand).rejects(error);
    const verdict = await check(inputs);
    expect(verdict.verdict).toBe('INCONCLUSIVE');
    expect(verdict.reason).toBe(
      `metrics: reading CloudWatch metric data: ${error.name}: ${error.message} — INCONCLUSIVE`,
    );
  });

  it('metrics: empty data', async () => {
    cloudWatchMock.on(GetMetricDataCommand).resolves(metricData([[], []], [[3000], [3]]));
    const verdict = await check(inputs);
    expect(verdict.verdict).toBe('INCONCLUSIVE');
    expect(verdict.reason).toBe(
      'metrics: no canary data (canary_requests, canary_errors empty) — INCONCLUSIVE',
    );
  });

  it('metrics: requests without their 5xx series are not read as 0 errors', async () => {
    cloudWatchMock.on(GetMetricDataCommand).resolves(metricData([[1000], []], [[3000], [3]]));
    expect((await check(inputs)).verdict).toBe('INCONCLUSIVE');
  });

  it('metrics: a Forbidden series (cross-account) fails with on-source-error fail', async () => {
    cloudWatchMock.on(GetMetricDataCommand).resolves({
      MetricDataResults: [
        {
          ...series('canary_requests', []),
          StatusCode: 'Forbidden',
          Messages: [{ Code: 'Forbidden', Value: 'no access to 111122223333' }],
        },
      ],
    });
    const verdict = await check({ ...inputs, 'on-source-error': 'fail' });
    expect(verdict.verdict).toBe('FAIL');
    expect(verdict.reason).toBe(
      'metrics: CloudWatch answered Forbidden for canary_requests (no access to 111122223333) — FAIL',
    );
  });

  it.each([
    ['an API error', awsError('InvalidRequestException', 'Bad selector')],
    [
      'access denied',
      awsError('AccessDeniedException', 'not authorized to perform: xray:GetTimeSeriesServiceStatistics'),
    ],
    ['throttling after the SDK retries', awsError('ThrottledException', 'Rate exceeded')],
  ])('X-Ray: %s', async (_what, error) => {
    xrayMock.on(GetTimeSeriesServiceStatisticsCommand).rejects(error);
    const verdict = await check(inputs);
    expect(verdict.verdict).toBe('INCONCLUSIVE');
    expect(verdict.reason).toBe(
      `xray: reading X-Ray statistics of service apps/serviceBv2: ${error.name}: ${error.message} — INCONCLUSIVE`,
    );
  });

  it('X-Ray: empty data', async () => {
    xrayMock.on(GetTimeSeriesServiceStatisticsCommand).resolves({ TimeSeriesServiceStatistics: [] });
    const verdict = await check(inputs);
    expect(verdict.verdict).toBe('INCONCLUSIVE');
    expect(verdict.reason).toBe('xray: no canary data (X-Ray service apps/serviceBv2 empty) — INCONCLUSIVE');
  });

  it.each([
    ['an API error', awsError('InternalServiceError', 'internal error')],
    ['access denied', awsError('AccessDenied', 'not authorized to perform: cloudwatch:DescribeAlarms')],
    ['throttling after the SDK retries', awsError('Throttling', 'Rate exceeded')],
  ])('alarms: %s', async (_what, error) => {
    cloudWatchMock.on(DescribeAlarmsCommand).rejects(error);
    const verdict = await check({ ...inputs, 'on-source-error': 'fail' });
    expect(verdict.verdict).toBe('FAIL');
    expect(verdict.reason).toBe(
      `alarms: describing CloudWatch alarms serviceBv2-p99: ${error.name}: ${error.message} — FAIL`,
    );
  });

  it('alarms: empty answer for an alarm that existed at pre-flight', async () => {
    cloudWatchMock.on(DescribeAlarmsCommand).resolves({ MetricAlarms: [], CompositeAlarms: [] });
    const verdict = await check(inputs);
    expect(verdict.verdict).toBe('INCONCLUSIVE');
    expect(verdict.reason).toBe('alarms: alarm serviceBv2-p99 not found — INCONCLUSIVE');
  });

  it('any FAIL fails the check, whatever the other sources say', async () => {
    cloudWatchMock
      .on(DescribeAlarmsCommand)
      .resolves({ MetricAlarms: [{ AlarmName: 'serviceBv2-p99', StateValue: 'ALARM' }] });
    xrayMock
      .on(GetTimeSeriesServiceStatisticsCommand)
      .rejects(awsError('ThrottledException', 'Rate exceeded'));
    const verdict = await check(inputs);
    expect(verdict.verdict).toBe('FAIL');
    expect(verdict.reason).toBe('alarms: 1 alarm serviceBv2-p99 in ALARM — FAIL');
  });
});

describe('validateHealthSources', () => {
  const settings = healthSettings(
    readerOf({
      ...insights,
      'alarm-names': 'serviceBv2-p99, serviceBv2-5xx',
      xray: 'true',
      'xray-canary-service': 'apps/serviceBv2',
    }),
  );

  it('returns the alarm states when every source answers', async () => {
    cloudWatchMock.on(DescribeAlarmsCommand).resolves({
      MetricAlarms: [
        { AlarmName: 'serviceBv2-p99', StateValue: 'OK' },
        { AlarmName: 'serviceBv2-5xx', StateValue: 'ALARM' },
      ],
    });
    cloudWatchMock.on(GetMetricDataCommand).resolves(metricData([[], []], [[], []]));
    xrayMock.on(GetTimeSeriesServiceStatisticsCommand).resolves({ TimeSeriesServiceStatistics: [] });
    await expect(validateHealthSources(settings, readers, { now })).resolves.toEqual({
      alarms: [
        { name: 'serviceBv2-p99', state: 'OK' },
        { name: 'serviceBv2-5xx', state: 'ALARM' },
      ],
    });
  });

  it('refuses an alarm name that does not exist', async () => {
    cloudWatchMock
      .on(DescribeAlarmsCommand)
      .resolves({ MetricAlarms: [{ AlarmName: 'serviceBv2-p99', StateValue: 'OK' }] });
    cloudWatchMock.on(GetMetricDataCommand).resolves(metricData([[], []], [[], []]));
    xrayMock.on(GetTimeSeriesServiceStatisticsCommand).resolves({ TimeSeriesServiceStatistics: [] });
    const failure = validateHealthSources(settings, readers, { now });
    await expect(failure).rejects.toThrow(InputError);
    await expect(failure).rejects.toThrow(
      'input "alarm-names": no CloudWatch alarm named "serviceBv2-5xx" in this account and region',
    );
  });

  it('surfaces a rejected metric query before the canary starts', async () => {
    cloudWatchMock.on(DescribeAlarmsCommand).resolves({
      MetricAlarms: [
        { AlarmName: 'serviceBv2-p99', StateValue: 'OK' },
        { AlarmName: 'serviceBv2-5xx', StateValue: 'OK' },
      ],
    });
    cloudWatchMock
      .on(GetMetricDataCommand)
      .rejects(awsError('ValidationError', 'Error in expression canary_errors'));
    xrayMock.on(GetTimeSeriesServiceStatisticsCommand).resolves({ TimeSeriesServiceStatistics: [] });
    await expect(validateHealthSources(settings, readers, { now })).rejects.toThrow(AwsCallError);
  });

  it('surfaces X-Ray access denied before the canary starts', async () => {
    cloudWatchMock.on(DescribeAlarmsCommand).resolves({
      MetricAlarms: [
        { AlarmName: 'serviceBv2-p99', StateValue: 'OK' },
        { AlarmName: 'serviceBv2-5xx', StateValue: 'OK' },
      ],
    });
    cloudWatchMock.on(GetMetricDataCommand).resolves(metricData([[], []], [[], []]));
    xrayMock
      .on(GetTimeSeriesServiceStatisticsCommand)
      .rejects(awsError('AccessDeniedException', 'not authorized'));
    await expect(validateHealthSources(settings, readers, { now })).rejects.toThrow(
      'reading X-Ray statistics of service apps/serviceBv2: AccessDeniedException: not authorized',
    );
  });
});
