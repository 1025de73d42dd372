import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  GetMetricDataCommand,
  type MetricDataQuery,
} from '@aws-sdk/client-cloudwatch';
import {
  DescribeRulesCommand,
  DescribeTargetGroupsCommand,
  ElasticLoadBalancingV2Client,
  ModifyRuleCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { albSeedNames, type LocalStack, startLocalStack } from '../../../local/index.js';
import { publishedAtOnce } from '../aws/cloudwatch/publishing.js';
import { rollOutCanary, until } from '../support.js';

let stack: LocalStack;
let cloudWatch: CloudWatchClient;
let elbv2: ElasticLoadBalancingV2Client;
/** CloudWatch's dimension values: app/<name>/<id> and targetgroup/<name>/<id>, the ARNs' resource parts. */
const dimensions = { loadBalancer: '', stable: '', canary: '' };
/** The two whole minutes after the rule sent 25% to the canary target group. */
let window: { start: Date; end: Date };

const minute = 60_000;
const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };

beforeAll(async () => {
  stack = await startLocalStack({
    scenario: {
      // Published at once: this file checks the counts; publishing-delay.test.ts checks the delays.
      metrics: { publishing: publishedAtOnce },
      requestsPerSecond: 20,
      router: { type: 'alb', loadBalancer: 'apps', listenerPort: 80, rulePriority: 10 },
      baseline: { errorRatePct: 0.1, latencyMs: 40 },
      versions: [{ image: 'serviceb:2.0.0', errorRatePct: 5, latencyMs: 120 }],
      alarms: [
        { name: 'serviceBv2-5xx', targetGroup: 'serviceBv2', errorRatePctAbove: 1 },
        { name: 'serviceB-5xx', targetGroup: 'serviceB', errorRatePctAbove: 1 },
      ],
    },
  });
  const config = { endpoint: stack.endpoint, region: stack.region, credentials, maxAttempts: 1 };
  cloudWatch = new CloudWatchClient(config);
  elbv2 = new ElasticLoadBalancingV2Client(config);
  const groups = (await elbv2.send(new DescribeTargetGroupsCommand({ Names: ['serviceB', 'serviceBv2'] })))
    .TargetGroups!;
  const [stable, canary] = groups.map((group) => group.TargetGroupArn!);
  dimensions.stable = stable!.split(':').pop()!;
  dimensions.canary = canary!.split(':').pop()!;
  dimensions.loadBalancer = groups[0]!.LoadBalancerArns![0]!.split(':loadbalancer/').pop()!;
  const { ruleArn } = stack.elbv2.resolve({
    loadBalancer: albSeedNames.loadBalancer,
    listenerPort: albSeedNames.listenerPort,
    rulePriority: albSeedNames.rulePriority,
  });
  const [rule] = (await elbv2.send(new DescribeRulesCommand({ RuleArns: [ruleArn] }))).Rules!;
  rollOutCanary(stack, '2.0.0');
  await stack.clock.sleep(120);
  await elbv2.send(
    new ModifyRuleCommand({
      RuleArn: rule!.RuleArn,
      Actions: [
        {
          Type: 'forward',
          ForwardConfig: {
            TargetGroups: [
              { TargetGroupArn: stable, Weight: 75 },
              { TargetGroupArn: canary, Weight: 25 },
            ],
          },
        },
      ],
    }),
  );
  await stack.clock.sleep(200);
  const end = Math.floor(stack.clock.nowMs() / minute) * minute;
  window = { start: new Date(end - 2 * minute), end: new Date(end) };
});

afterAll(async () => {
  cloudWatch.destroy();
  elbv2.destroy();
  await stack.stop();
});

function query(id: string, metricName: string, targetGroup?: string, stat = 'Sum'): MetricDataQuery {
  const names = {
    LoadBalancer: dimensions.loadBalancer,
    ...(targetGroup ? { TargetGroup: targetGroup } : {}),
  };
  return {
    Id: id,
    MetricStat: {
      Metric: {
        Namespace: 'AWS/ApplicationELB',
        MetricName: metricName,
        Dimensions: Object.entries(names).map(([Name, Value]) => ({ Name, Value })),
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

describe('traffic through the ALB rule', () => {
  it('names the dimensions as AWS publishes them: app/<name>/<id> and targetgroup/<name>/<id>', () => {
    expect(dimensions.loadBalancer).toMatch(/^app\/apps\/[0-9a-f]{16}$/);
    expect(dimensions.canary).toMatch(/^targetgroup\/serviceBv2\/[0-9a-f]{16}$/);
  });

  it('splits requests 3:1 by the rule weights 75/25, per target group and minute', async () => {
    const results = await values([
      query('stable', 'RequestCount', dimensions.stable),
      query('canary', 'RequestCount', dimensions.canary),
      query('all', 'RequestCount'),
    ]);
    expect(results.stable).toEqual([900, 900]);
    expect(results.canary).toEqual([300, 300]);
    expect(results.all).toEqual([1200, 1200]);
  });

  it("publishes the targets' 5xx and response time (seconds) from the version behind each target group", async () => {
    const results = await values([
      query('canary_5xx', 'HTTPCode_Target_5XX_Count', dimensions.canary),
      query('canary_2xx', 'HTTPCode_Target_2XX_Count', dimensions.canary),
      query('stable_5xx', 'HTTPCode_Target_5XX_Count', dimensions.stable),
      query('canary_time', 'TargetResponseTime', dimensions.canary, 'Average'),
      query('stable_time', 'TargetResponseTime', dimensions.stable, 'Average'),
      query('canary_4xx', 'HTTPCode_Target_4XX_Count', dimensions.canary),
    ]);
    expect(results.canary_5xx).toEqual([15, 15]);
    expect(results.canary_2xx).toEqual([285, 285]);
    expect(results.stable_5xx).toEqual([1, 1]);
    expect(results.canary_time?.map((value) => value.toFixed(3))).toEqual(['0.120', '0.120']);
    expect(results.stable_time?.map((value) => value.toFixed(3))).toEqual(['0.040', '0.040']);
    // Reported only when nonzero.
    expect(results.canary_4xx).toEqual([]);
  });

  it("serves TargetResponseTime percentiles (seconds) per target group, from each version's log-normal times", async () => {
    const results = await values([
      query('canary_p99', 'TargetResponseTime', dimensions.canary, 'p99'),
      query('stable_p99', 'TargetResponseTime', dimensions.stable, 'p99'),
      query('stable_p50', 'TargetResponseTime', dimensions.stable, 'p50'),
      query('stable_p999', 'TargetResponseTime', dimensions.stable, 'p99.9'),
    ]);
    // Mean m, σ 0.5: the median is m / e^(σ²/2), p99 the median · e^(2.326σ), p99.9 · e^(3.090σ).
    expect(results.canary_p99?.map((value) => value.toFixed(3))).toEqual(['0.339', '0.339']);
    expect(results.stable_p99?.map((value) => value.toFixed(3))).toEqual(['0.113', '0.113']);
    expect(results.stable_p50?.map((value) => value.toFixed(4))).toEqual(['0.0353', '0.0353']);
    expect(results.stable_p999?.map((value) => value.toFixed(3))).toEqual(['0.166', '0.166']);
  });

  it('finds the target group metrics with SEARCH', async () => {
    const answer = await cloudWatch.send(
      new GetMetricDataCommand({
        MetricDataQueries: [
          {
            Id: 'requests',
            Expression: `SUM(SEARCH('{AWS/ApplicationELB,LoadBalancer,TargetGroup} MetricName="RequestCount" LoadBalancer="${dimensions.loadBalancer}"', 'Sum', 60))`,
          },
        ],
        StartTime: window.start,
        EndTime: window.end,
        ScanBy: 'TimestampAscending',
      }),
    );
    expect(answer.MetricDataResults?.[0]?.Values).toEqual([1200, 1200]);
  });

  it("puts the canary target group's 5xx alarm in ALARM, on the AWS/ApplicationELB target metric", async () => {
    const { MetricAlarms } = await cloudWatch.send(
      new DescribeAlarmsCommand({ AlarmNames: ['serviceBv2-5xx', 'serviceB-5xx'] }),
    );
    expect(MetricAlarms?.map((alarm) => [alarm.AlarmName, alarm.StateValue])).toEqual([
      ['serviceBv2-5xx', 'ALARM'],
      ['serviceB-5xx', 'OK'],
    ]);
    expect(MetricAlarms?.[0]).toMatchObject({
      Namespace: 'AWS/ApplicationELB',
      MetricName: 'HTTPCode_Target_5XX_Count',
      Dimensions: [
        { Name: 'LoadBalancer', Value: dimensions.loadBalancer },
        { Name: 'TargetGroup', Value: dimensions.canary },
      ],
    });
  });

  it('answers 503 from the load balancer itself for a target group whose service runs no task', async () => {
    stack.ecs.updateService({ cluster: 'apps', service: 'serviceBv2', desiredCount: 0 });
    await until(() => stack.service('serviceBv2').runningCount === 0, 10_000, 'the canary tasks to stop');
    const stopped = Math.ceil(stack.clock.nowMs() / minute) * minute;
    await until(() => stack.clock.nowMs() > stopped + minute, 5_000, 'a whole simulated minute');
    const range = { start: new Date(stopped), end: new Date(stopped + minute) };
    const results = await values(
      [
        query('canary', 'RequestCount', dimensions.canary),
        query('canary_5xx', 'HTTPCode_Target_5XX_Count', dimensions.canary),
        query('elb_5xx', 'HTTPCode_ELB_5XX_Count'),
        query('elb_503', 'HTTPCode_ELB_503_Count'),
        query('stable', 'RequestCount', dimensions.stable),
      ],
      range,
    );
    expect(results.elb_5xx).toEqual([300]);
    expect(results.elb_503).toEqual([300]);
    expect(results.canary).toEqual([]);
    expect(results.canary_5xx).toEqual([]);
    expect(results.stable).toEqual([900]);
    // The target metric has no data, which the alarm treats as not breaching.
    await until(() => stack.clock.nowMs() > stopped + 2 * minute, 5_000, 'the next simulated minute');
    const { MetricAlarms } = await cloudWatch.send(
      new DescribeAlarmsCommand({ AlarmNames: ['serviceBv2-5xx'] }),
    );
    expect(MetricAlarms?.[0]?.StateValue).toBe('OK');
  });
});
