import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  GetMetricDataCommand,
  type MetricDataQuery,
} from '@aws-sdk/client-cloudwatch';
import { ListTargetGroupsCommand, UpdateRuleCommand, VPCLatticeClient } from '@aws-sdk/client-vpc-lattice';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type LocalStack, latticeSeedNames, startLocalStack } from '../../../local/index.js';
import { publishedAtOnce } from '../aws/cloudwatch/publishing.js';
import { rollOutCanary, until } from '../support.js';

let stack: LocalStack;
let cloudWatch: CloudWatchClient;
let lattice: VPCLatticeClient;
const ids = { stable: '', canary: '', service: '' };
/** The two whole minutes after the rule sent 25% to the canary target group. */
let window: { start: Date; end: Date };
/** A whole minute before that shift. */
let before: { start: Date; end: Date };

const minute = 60_000;
const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };

function wholeMinutes(count: number): { start: Date; end: Date } {
  const end = Math.floor(stack.clock.nowMs() / minute) * minute;
  return { start: new Date(end - count * minute), end: new Date(end) };
}

beforeAll(async () => {
  stack = await startLocalStack({
    scenario: {
      // Published at once: this file checks the counts; publishing-delay.test.ts checks the delays.
      metrics: { publishing: publishedAtOnce },
      requestsPerSecond: 20,
      router: { type: 'vpc-lattice', service: 'serviceb', listener: 'http-80', rule: 'all-paths' },
      baseline: { errorRatePct: 0.1, latencyMs: 40 },
      versions: [{ image: 'serviceb:2.0.0', errorRatePct: 5, latencyMs: 120 }],
      alarms: [
        { name: 'servicebv2-5xx', targetGroup: 'servicebv2', errorRatePctAbove: 1 },
        { name: 'serviceb-5xx', targetGroup: 'serviceb', errorRatePctAbove: 1 },
      ],
    },
  });
  const config = { endpoint: stack.endpoint, region: stack.region, credentials, maxAttempts: 1 };
  cloudWatch = new CloudWatchClient(config);
  lattice = new VPCLatticeClient(config);
  const groups = (await lattice.send(new ListTargetGroupsCommand({}))).items!;
  ids.stable = groups.find((group) => group.name === 'serviceb')!.id!;
  ids.canary = groups.find((group) => group.name === 'servicebv2')!.id!;
  ids.service = stack.vpcLattice.serviceIdOf(latticeSeedNames.service)!;
  rollOutCanary(stack, '2.0.0');
  await stack.clock.sleep(120);
  before = wholeMinutes(1);
  const refs = stack.vpcLattice.resolve({
    service: latticeSeedNames.service,
    listener: latticeSeedNames.listener,
    rule: latticeSeedNames.rule,
  });
  await lattice.send(
    new UpdateRuleCommand({
      serviceIdentifier: refs.serviceId,
      listenerIdentifier: refs.listenerId,
      ruleIdentifier: refs.ruleId,
      action: {
        forward: {
          targetGroups: [
            { targetGroupIdentifier: ids.stable, weight: 75 },
            { targetGroupIdentifier: ids.canary, weight: 25 },
          ],
        },
      },
    }),
  );
  await stack.clock.sleep(200);
  window = wholeMinutes(2);
});

afterAll(async () => {
  cloudWatch.destroy();
  lattice.destroy();
  await stack.stop();
});

function query(
  id: string,
  metricName: string,
  dimensions: Record<string, string>,
  stat = 'Sum',
): MetricDataQuery {
  return {
    Id: id,
    MetricStat: {
      Metric: {
        Namespace: 'AWS/VpcLattice',
        MetricName: metricName,
        Dimensions: Object.entries(dimensions).map(([Name, Value]) => ({ Name, Value })),
      },
      Period: 60,
      Stat: stat,
    },
  };
}

async function values(queries: MetricDataQuery[], range = window): Promise<Record<string, number[]>> {
  const answer = await cloudWatch.send(
    new GetMetricDataCommand({
      MetricDataQueries: queries,
      StartTime: range.start,
      EndTime: range.end,
      ScanBy: 'TimestampAscending',
    }),
  );
  return Object.fromEntries(
    (answer.MetricDataResults ?? []).map((result) => [result.Id, result.Values ?? []]),
  );
}

describe('traffic through the VPC Lattice rule', () => {
  it('splits requests 3:1 by the rule weights 75/25, per target group and minute', async () => {
    const results = await values([
      query('stable', 'TotalRequestCount', { TargetGroup: ids.stable }),
      query('canary', 'TotalRequestCount', { TargetGroup: ids.canary }),
      query('service', 'TotalRequestCount', { Service: ids.service }),
    ]);
    expect(results.stable).toEqual([900, 900]);
    expect(results.canary).toEqual([300, 300]);
    expect(results.service).toEqual([1200, 1200]);
  });

  it("publishes each target group's 5xx, 2xx and request time (milliseconds) from the version behind it", async () => {
    const results = await values([
      query('canary_5xx', 'HTTPCode_5XX_Count', { TargetGroup: ids.canary }),
      query('canary_2xx', 'HTTPCode_2XX_Count', { TargetGroup: ids.canary }),
      query('canary_4xx', 'HTTPCode_4XX_Count', { TargetGroup: ids.canary }),
      query('stable_5xx', 'HTTPCode_5XX_Count', { TargetGroup: ids.stable }),
      query('canary_time', 'RequestTime', { TargetGroup: ids.canary }, 'Average'),
      query('stable_time', 'RequestTime', { TargetGroup: ids.stable }, 'Average'),
    ]);
    expect(results.canary_5xx).toEqual([15, 15]);
    expect(results.canary_2xx).toEqual([285, 285]);
    expect(results.canary_4xx).toEqual([0, 0]);
    expect(results.stable_5xx).toEqual([1, 1]);
    expect(results.canary_time?.map((value) => Math.round(value))).toEqual([120, 120]);
    expect(results.stable_time?.map((value) => Math.round(value))).toEqual([40, 40]);
  });

  it("serves RequestTime percentiles (milliseconds) per target group, from each version's log-normal times", async () => {
    const results = await values([
      query('canary_p99', 'RequestTime', { TargetGroup: ids.canary }, 'p99'),
      query('stable_p99', 'RequestTime', { TargetGroup: ids.stable }, 'p99'),
      query('stable_p90', 'RequestTime', { TargetGroup: ids.stable }, 'p90'),
    ]);
    // Mean m, σ 0.5: p99 = m / e^(σ²/2) · e^(2.326σ), p90 = m / e^(σ²/2) · e^(1.2816σ).
    expect(results.canary_p99?.map((value) => Math.round(value))).toEqual([339, 339]);
    expect(results.stable_p99?.map((value) => Math.round(value))).toEqual([113, 113]);
    expect(results.stable_p90?.map((value) => Math.round(value))).toEqual([67, 67]);
  });

  it('reports a target group only from the time it first received traffic', async () => {
    const results = await values(
      [
        query('stable', 'TotalRequestCount', { TargetGroup: ids.stable }),
        query('canary', 'TotalRequestCount', { TargetGroup: ids.canary }),
      ],
      before,
    );
    expect(results.stable).toEqual([1200]);
    expect(results.canary).toEqual([]);
  });

  it('carries none of it on the App Mesh route', () => {
    const totals = stack.traffic.nodeTotals('serviceBv2', window.start.getTime(), window.end.getTime());
    expect(totals.requests).toBe(0);
  });

  it("puts the canary target group's 5xx alarm in ALARM, on the AWS/VpcLattice metric", async () => {
    const { MetricAlarms } = await cloudWatch.send(
      new DescribeAlarmsCommand({ AlarmNames: ['servicebv2-5xx', 'serviceb-5xx'] }),
    );
    expect(MetricAlarms?.map((alarm) => [alarm.AlarmName, alarm.StateValue])).toEqual([
      ['servicebv2-5xx', 'ALARM'],
      ['serviceb-5xx', 'OK'],
    ]);
    expect(MetricAlarms?.[0]).toMatchObject({
      Namespace: 'AWS/VpcLattice',
      MetricName: 'HTTPCode_5XX_Count',
      Dimensions: [{ Name: 'TargetGroup', Value: ids.canary }],
    });
  });

  it('answers 503 for every request to a target group whose service runs no task', async () => {
    stack.ecs.updateService({ cluster: 'apps', service: 'serviceBv2', desiredCount: 0 });
    await until(() => stack.service('serviceBv2').runningCount === 0, 10_000, 'the canary tasks to stop');
    const stopped = Math.ceil(stack.clock.nowMs() / minute) * minute;
    await until(() => stack.clock.nowMs() > stopped + minute, 5_000, 'a whole simulated minute');
    const results = await values(
      [
        query('requests', 'TotalRequestCount', { TargetGroup: ids.canary }),
        query('errors', 'HTTPCode_5XX_Count', { TargetGroup: ids.canary }),
      ],
      { start: new Date(stopped), end: new Date(stopped + minute) },
    );
    expect(results.requests).toEqual([300]);
    expect(results.errors).toEqual([300]);
  });
});
