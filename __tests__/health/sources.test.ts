import { CloudWatchClient, DescribeAlarmsCommand, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { GetTimeSeriesServiceStatisticsCommand, XRayClient } from '@aws-sdk/client-xray';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import { AwsCallError } from '../../src/errors.js';
import { readAlarmStates } from '../../src/health/sources/alarms.js';
import { readMetricSeries } from '../../src/health/sources/metrics.js';
import { readServiceStatistics } from '../../src/health/sources/xray.js';

const cloudWatchMock = mockClient(CloudWatchClient);
const xrayMock = mockClient(XRayClient);
const cloudWatch = new CloudWatchClient({ region: 'us-west-2' });
const xray = new XRayClient({ region: 'us-west-2' });
const window = { start: new Date('2025-03-14T12:02:00Z'), end: new Date('2025-03-14T12:07:00Z') };

beforeEach(() => {
  cloudWatchMock.reset();
  xrayMock.reset();
});

function metricAlarm(name: string, state: 'OK' | 'ALARM' | 'INSUFFICIENT_DATA') {
  return {
    AlarmName: name,
    AlarmArn: `arn:aws:cloudwatch:us-west-2:123456789012:alarm:${name}`,
    StateValue: state,
    StateReason:
      'Threshold Crossed: 1 datapoint [12.0 (14/03/25 12:01:00)] was greater than the threshold (10.0).',
    Namespace: 'ECS/ContainerInsights/Prometheus',
    MetricName: 'envoy_http_downstream_rq_xx',
    Statistic: 'Sum' as const,
    Period: 60,
    EvaluationPeriods: 1,
    Threshold: 10,
    ComparisonOperator: 'GreaterThanThreshold' as const,
  };
}

describe('readAlarmStates', () => {
  it('pages DescribeAlarms and reads metric and composite alarms', async () => {
    cloudWatchMock
      .on(DescribeAlarmsCommand)
      .resolvesOnce({
        MetricAlarms: [metricAlarm('serviceBv2-5xx', 'OK')],
        CompositeAlarms: [],
        NextToken: 'page-2',
      })
      .resolvesOnce({
        MetricAlarms: [metricAlarm('serviceBv2-p99', 'ALARM')],
        CompositeAlarms: [
          {
            AlarmName: 'serviceBv2-any',
            AlarmRule: 'ALARM(serviceBv2-5xx) OR ALARM(serviceBv2-p99)',
            StateValue: 'INSUFFICIENT_DATA',
          },
        ],
      });

    const reading = await readAlarmStates(cloudWatch, [
      'serviceBv2-5xx',
      'serviceBv2-p99',
      'serviceBv2-any',
      'gone',
    ]);

    expect(reading).toEqual({
      alarms: [
        { name: 'serviceBv2-5xx', state: 'OK' },
        { name: 'serviceBv2-p99', state: 'ALARM' },
        { name: 'serviceBv2-any', state: 'INSUFFICIENT_DATA' },
      ],
      missing: ['gone'],
    });
    const names = ['serviceBv2-5xx', 'serviceBv2-p99', 'serviceBv2-any', 'gone'];
    expect(cloudWatchMock.commandCalls(DescribeAlarmsCommand).map((call) => call.args[0].input)).toEqual([
      {
        AlarmNames: names,
        AlarmTypes: ['MetricAlarm', 'CompositeAlarm'],
        MaxRecords: 100,
        NextToken: undefined,
      },
      {
        AlarmNames: names,
        AlarmTypes: ['MetricAlarm', 'CompositeAlarm'],
        MaxRecords: 100,
        NextToken: 'page-2',
      },
    ]);
  });

  it('asks for at most 100 names per request', async () => {
    cloudWatchMock.on(DescribeAlarmsCommand).resolves({ MetricAlarms: [] });
    const names = Array.from({ length: 150 }, (_, index) => `alarm-${index}`);
    const reading = await readAlarmStates(cloudWatch, names);
    const asked = cloudWatchMock
      .commandCalls(DescribeAlarmsCommand)
      .map((call) => call.args[0].input.AlarmNames);
    expect(asked).toEqual([names.slice(0, 100), names.slice(100)]);
    expect(reading.missing).toHaveLength(150);
  });

  it('says what it was doing when DescribeAlarms fails', async () => {
    cloudWatchMock
      .on(DescribeAlarmsCommand)
      .rejects(Object.assign(new Error('User is not authorized'), { name: 'AccessDenied' }));
    await expect(readAlarmStates(cloudWatch, ['a'])).rejects.toThrow(
      new AwsCallError('describing CloudWatch alarms a', 'AccessDenied', {
        cause: new Error('User is not authorized'),
      }).message,
    );
  });
});

describe('readMetricSeries', () => {
  const queries = [
    { Id: 'canary_requests', Expression: 'm1' },
    { Id: 'canary_errors', Expression: 'm2' },
  ];

  it('sends one GetMetricData for all series and sums the pages per id', async () => {
    cloudWatchMock
      .on(GetMetricDataCommand)
      .resolvesOnce({
        MetricDataResults: [
          {
            Id: 'canary_requests',
            Label: 'requests',
            Timestamps: [new Date('2025-03-14T12:02:00Z')],
            Values: [400],
            StatusCode: 'PartialData',
          },
          {
            Id: 'canary_errors',
            Label: '5xx',
            Timestamps: [new Date('2025-03-14T12:02:00Z')],
            Values: [3],
            StatusCode: 'PartialData',
          },
        ],
        NextToken: 'more',
        Messages: [],
      })
      .resolvesOnce({
        MetricDataResults: [
          {
            Id: 'canary_requests',
            Label: 'requests',
            Timestamps: [new Date('2025-03-14T12:03:00Z'), new Date('2025-03-14T12:04:00Z')],
            Values: [410, 390],
            StatusCode: 'Complete',
          },
          {
            Id: 'canary_errors',
            Label: '5xx',
            Timestamps: [new Date('2025-03-14T12:03:00Z')],
            Values: [1],
            StatusCode: 'Complete',
          },
        ],
      });

    const series = await readMetricSeries(cloudWatch, queries, window);

    const at = (time: string) => new Date(`2025-03-14T${time}:00Z`).getTime();
    expect(series).toEqual([
      {
        id: 'canary_requests',
        sum: 1200,
        datapoints: 3,
        status: 'Complete',
        messages: [],
        // Kept per period too: percentiles are weighed by each period's requests, never summed.
        points: [
          [at('12:02'), 400],
          [at('12:03'), 410],
          [at('12:04'), 390],
        ],
      },
      {
        id: 'canary_errors',
        sum: 4,
        datapoints: 2,
        status: 'Complete',
        messages: [],
        points: [
          [at('12:02'), 3],
          [at('12:03'), 1],
        ],
      },
    ]);
    expect(cloudWatchMock.commandCalls(GetMetricDataCommand).map((call) => call.args[0].input)).toEqual([
      {
        MetricDataQueries: queries,
        StartTime: window.start,
        EndTime: window.end,
        ScanBy: 'TimestampAscending',
        NextToken: undefined,
      },
      {
        MetricDataQueries: queries,
        StartTime: window.start,
        EndTime: window.end,
        ScanBy: 'TimestampAscending',
        NextToken: 'more',
      },
    ]);
  });

  it('keeps an error status and its messages even when a later page completes', async () => {
    cloudWatchMock
      .on(GetMetricDataCommand)
      .resolvesOnce({
        MetricDataResults: [
          {
            Id: 'canary_errors',
            Values: [],
            StatusCode: 'InternalError',
            Messages: [{ Code: 'InternalError', Value: 'try again' }],
          },
        ],
        NextToken: 'more',
      })
      .resolvesOnce({ MetricDataResults: [{ Id: 'canary_errors', Values: [2], StatusCode: 'Complete' }] });
    const [series] = await readMetricSeries(cloudWatch, queries, window);
    expect(series).toEqual({
      id: 'canary_errors',
      sum: 2,
      datapoints: 1,
      status: 'InternalError',
      messages: ['try again'],
    });
  });
});

describe('readServiceStatistics', () => {
  const minute = (time: string, total: number, faults: number, errors: number, seconds: number) => ({
    Timestamp: new Date(time),
    ServiceSummaryStatistics: {
      OkCount: total - faults - errors,
      ErrorStatistics: { ThrottleCount: 0, OtherCount: errors, TotalCount: errors },
      FaultStatistics: { OtherCount: faults, TotalCount: faults },
      TotalCount: total,
      TotalResponseTime: seconds,
    },
    ResponseTimeHistogram: [{ Value: 0.12, Count: total }],
  });

  it('sums the service statistics of the window over pages', async () => {
    xrayMock
      .on(GetTimeSeriesServiceStatisticsCommand)
      .resolvesOnce({
        TimeSeriesServiceStatistics: [minute('2025-03-14T12:02:00Z', 40, 2, 1, 4.8)],
        ContainsOldGroupVersions: false,
        NextToken: 'next',
      })
      .resolvesOnce({
        TimeSeriesServiceStatistics: [minute('2025-03-14T12:03:00Z', 60, 1, 3, 7.2)],
        ContainsOldGroupVersions: false,
      });

    const statistics = await readServiceStatistics(xray, 'apps/serviceBv2', window);

    expect(statistics).toEqual({
      total: 100,
      faults: 3,
      clientErrors: 4,
      totalResponseTimeSeconds: expect.closeTo(12, 9),
      histogram: [
        { valueSeconds: 0.12, count: 40 },
        { valueSeconds: 0.12, count: 60 },
      ],
    });
    expect(
      xrayMock.commandCalls(GetTimeSeriesServiceStatisticsCommand).map((call) => call.args[0].input),
    ).toEqual([
      {
        StartTime: window.start,
        EndTime: window.end,
        EntitySelectorExpression: 'service("apps/serviceBv2")',
        Period: 60,
        NextToken: undefined,
      },
      {
        StartTime: window.start,
        EndTime: window.end,
        EntitySelectorExpression: 'service("apps/serviceBv2")',
        Period: 60,
        NextToken: 'next',
      },
    ]);
  });

  it('returns nothing when X-Ray has no statistics for the service', async () => {
    xrayMock
      .on(GetTimeSeriesServiceStatisticsCommand)
      .resolves({ TimeSeriesServiceStatistics: [], ContainsOldGroupVersions: false });
    await expect(readServiceStatistics(xray, 'apps/serviceBv2', window)).resolves.toBeUndefined();
  });

  it('ignores edge-only points, which carry no service statistics', async () => {
    xrayMock.on(GetTimeSeriesServiceStatisticsCommand).resolves({
      TimeSeriesServiceStatistics: [
        { Timestamp: new Date('2025-03-14T12:02:00Z'), EdgeSummaryStatistics: { TotalCount: 10 } },
      ],
    });
    await expect(readServiceStatistics(xray, 'apps/serviceBv2', window)).resolves.toBeUndefined();
  });
});
