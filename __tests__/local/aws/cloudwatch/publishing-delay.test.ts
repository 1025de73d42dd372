import { CloudWatchClient, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { afterEach, describe, expect, it } from '@jest/globals';
import { type LocalStack, type ScenarioInput, startLocalStack } from '../../../../local/index.js';

/**
 * CloudWatch in the local stack makes traffic readable only after each source's publishing delay, as AWS
 * does: a check that reads a period too early finds it partial, and the measured detection times include it.
 * 600 ms per simulated minute: a real millisecond is a tenth of a simulated second.
 */
let stack: LocalStack | undefined;
let cloudWatch: CloudWatchClient | undefined;

afterEach(async () => {
  cloudWatch?.destroy();
  await stack?.stop();
});

async function start(scenario: ScenarioInput) {
  stack = await startLocalStack({ scenario, msPerSimMinute: 600 });
  cloudWatch = new CloudWatchClient({
    endpoint: stack.endpoint,
    region: stack.region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  return stack;
}

/** Sleeps on the simulated clock until `at` (simulated ms). */
async function until(at: number) {
  await stack!.clock.sleep(Math.max(0, (at - stack!.clock.nowMs()) / 1000));
}

/** The stable's Envoy request counter (Container Insights), datapoint by datapoint. */
async function stableRequests(start: number, end: number, period: number) {
  const answer = await cloudWatch!.send(
    new GetMetricDataCommand({
      StartTime: new Date(start),
      EndTime: new Date(end),
      ScanBy: 'TimestampAscending',
      MetricDataQueries: [
        {
          Id: 'requests',
          MetricStat: {
            Metric: {
              Namespace: 'ECS/ContainerInsights/Prometheus',
              MetricName: 'envoy_http_downstream_rq_total',
              Dimensions: [
                { Name: 'ClusterName', Value: 'apps' },
                { Name: 'TaskDefinitionFamily', Value: 'taskB' },
              ],
            },
            Period: period,
            Stat: 'Sum',
          },
        },
      ],
    }),
  );
  const result = answer.MetricDataResults?.[0];
  return (result?.Timestamps ?? []).map((at, index) => [at.getTime() - start, result!.Values![index]!]);
}

describe('publishing delays', () => {
  it('fills a minute in as its traffic is published: nothing at its end, half 30 s later, all 60 s later', async () => {
    const local = await start({ requestsPerSecond: 20 });
    const minute = Math.ceil(local.clock.nowMs() / 60_000) * 60_000 + 60_000;

    // The clock runs on while a call is answered (further on a loaded machine): what may be published is
    // bounded by the simulated time at which the answer came back, 20 requests per published second.
    const publishedBy = (answeredAt: number) => 20 * Math.ceil((answeredAt - (minute + 60_000)) / 1000);

    await until(minute + 60_000);
    const atEnd = await stableRequests(minute, minute + 60_000, 60);
    expect(atEnd.reduce((sum, [, value]) => sum + value!, 0)).toBeLessThanOrEqual(
      publishedBy(local.clock.nowMs()),
    );

    await until(minute + 90_000);
    const [[, half]] = (await stableRequests(minute, minute + 60_000, 60)) as [[number, number]];
    expect(half).toBeGreaterThanOrEqual(600);
    expect(half).toBeLessThanOrEqual(Math.min(1200, publishedBy(local.clock.nowMs())));

    await until(minute + 120_000);
    expect(await stableRequests(minute, minute + 60_000, 60)).toEqual([[0, 1200]]);
  });

  it('answers a standard-resolution metric asked at a 10-second period with its per-minute datapoints', async () => {
    const local = await start({ requestsPerSecond: 20 });
    const minute = Math.ceil(local.clock.nowMs() / 60_000) * 60_000 + 60_000;
    await until(minute + 125_000);
    expect(await stableRequests(minute, minute + 60_000, 10)).toEqual([[0, 1200]]);
  });

  it('publishes high-resolution Envoy metrics every 10 s, 10 s late', async () => {
    const local = await start({
      requestsPerSecond: 20,
      metrics: { publishing: { envoy: { delaySeconds: 10, resolutionSeconds: 10 } } },
    });
    const start10 = Math.ceil(local.clock.nowMs() / 10_000) * 10_000 + 10_000;
    await until(start10 + 30_000);
    // [0,10) and [10,20) are complete; of [20,30) only what the clock ran on while answering (further on a
    // loaded machine): bounded by the simulated time the answer came back, 20 requests per published second.
    const points = await stableRequests(start10, start10 + 30_000, 10);
    const answeredAt = local.clock.nowMs();
    expect(points.slice(0, 2)).toEqual([
      [0, 200],
      [10_000, 200],
    ]);
    expect(points.slice(2).reduce((sum, [, value]) => sum + value!, 0)).toBeLessThanOrEqual(
      Math.min(200, 20 * Math.ceil((answeredAt - (start10 + 30_000)) / 1000)),
    );
  });
});
