import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CloudWatchClient, DescribeAlarmsCommand, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { GetTimeSeriesServiceStatisticsCommand, XRayClient } from '@aws-sdk/client-xray';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import { Command } from 'commander';
import { registerAnalyzeCommand } from '../../src/cli/commands/analyze.js';
import { CommandExit } from '../../src/cli/io.js';
import { InputError } from '../../src/errors.js';
import type { HealthVerdict } from '../../src/health/types.js';

const cloudWatchMock = mockClient(CloudWatchClient);
const xrayMock = mockClient(XRayClient);

function series(id: string, values: number[]) {
  return {
    Id: id,
    Timestamps: values.map((_, index) => new Date(Date.UTC(2025, 2, 14, 12, 2 + index))),
    Values: values,
    StatusCode: 'Complete' as const,
  };
}

async function analyze(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const program = new Command().exitOverride();
  registerAnalyzeCommand(program, { out: (text) => out.push(text), err: (text) => err.push(text) });
  let code = 0;
  try {
    await program.parseAsync(['analyze', '--region', 'us-west-2', ...args], { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommandExit)) throw error;
    code = error.exitCode;
  }
  return { out: out.join('\n'), err: err.join('\n'), code };
}

const insights = [
  '--metrics-preset',
  'envoy-container-insights',
  '--cluster',
  'apps',
  '--canary-task-definition-family',
  'taskBv2',
  '--stable-task-definition-family',
  'taskB',
];

beforeEach(() => {
  cloudWatchMock.reset();
  xrayMock.reset();
  cloudWatchMock.on(GetMetricDataCommand).resolves({
    MetricDataResults: [
      series('canary_requests', [1000, 1013]),
      series('canary_errors', [50, 47]),
      series('stable_requests', [3000, 3022]),
      series('stable_errors', [5, 7]),
    ],
  });
});

describe('appmesh-canary analyze', () => {
  it('prints the verdict, the window and one line per source', async () => {
    cloudWatchMock
      .on(DescribeAlarmsCommand)
      .resolves({ MetricAlarms: [{ AlarmName: 'serviceBv2-p99', StateValue: 'OK' }] });

    const { out, code } = await analyze(
      ...insights,
      '--alarm-names',
      'serviceBv2-p99',
      '--max-error-rate',
      '10',
      '--max-error-rate-increase',
      '0.5',
      '--at',
      '2025-03-14T12:07:42Z',
    );

    expect(out).toBe(
      [
        'verdict FAIL',
        'window   2025-03-14T12:02:00.000Z .. 2025-03-14T12:07:00.000Z',
        'alarms   PASS          1 alarm serviceBv2-p99 OK — PASS',
        'metrics  FAIL          canary 4.8% 5xx (2,013 req) vs stable 0.2% (6,022 req), p<0.001 — FAIL: more than 0.5 pp above stable (p<0.001 < 0.05) [exact-unconditional]',
        'thresholds: max-error-rate 10%, min-requests 50, max-error-rate-increase 0.5 pp at significance 0.05',
      ].join('\n'),
    );
    // A script gates on it: FAIL exits 1.
    expect(code).toBe(1);
  });

  it('exits 0 on PASS and 2 on INCONCLUSIVE, so a script can tell them from a FAIL', async () => {
    expect((await analyze(...insights, '--max-error-rate', '10')).code).toBe(0);
    expect((await analyze(...insights, '--max-error-rate', '10', '--min-requests', '100000')).code).toBe(2);
  });

  it('refuses an alarm that does not exist, as a deploy does, instead of an INCONCLUSIVE check', async () => {
    cloudWatchMock.on(DescribeAlarmsCommand).resolves({ MetricAlarms: [], CompositeAlarms: [] });
    const failure = analyze(...insights, '--alarm-names', 'serviceBv2-5xxx');
    await expect(failure).rejects.toMatchObject({ input: 'alarm-names' });
    await expect(failure).rejects.toThrow('no CloudWatch alarm named "serviceBv2-5xxx"');
    expect(cloudWatchMock).not.toHaveReceivedCommand(GetMetricDataCommand);
  });

  it('describes each option as the Action describes its input: metrics-period takes 1, 5, 10, 30 or 60 s', async () => {
    const help: string[] = [];
    const program = new Command().exitOverride().configureOutput({ writeOut: (text) => help.push(text) });
    registerAnalyzeCommand(program, { out: () => {}, err: () => {} });
    await program.parseAsync(['analyze', '--help'], { from: 'user' }).catch(() => {});
    const text = help.join('');
    expect(text.replace(/\s+/g, ' ')).toContain(
      '--metrics-period <value> Metric period in seconds: 1, 5, 10 or 30',
    );
    expect(text).not.toMatch(/--max-latency-ms <value> +[^\n]*\(X-Ray\)/);
  });

  it('prints the verdict as JSON with --json', async () => {
    const { out } = await analyze(...insights, '--json', '--window', '10m', '--at', '2025-03-14T12:07:42Z');
    const verdict = JSON.parse(out) as HealthVerdict;
    expect(verdict.verdict).toBe('FAIL');
    expect(verdict.window).toEqual({ start: '2025-03-14T11:57:00.000Z', end: '2025-03-14T12:07:00.000Z' });
    expect(verdict.sources[0]).toMatchObject({
      source: 'metrics',
      canary: { requests: 2013, errors: 97 },
      stable: { requests: 6022, errors: 12 },
    });
    expect(cloudWatchMock).toHaveReceivedCommandWith(GetMetricDataCommand, {
      StartTime: new Date('2025-03-14T11:57:00Z'),
      EndTime: new Date('2025-03-14T12:07:00Z'),
    });
  });

  it('reads custom queries from a file with @', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'analyze-'));
    const file = join(dir, 'queries.json');
    const queries = [
      {
        Id: 'canary_requests',
        MetricStat: { Metric: { Namespace: 'MyApp', MetricName: 'Requests' }, Period: 60, Stat: 'Sum' },
      },
      {
        Id: 'canary_errors',
        MetricStat: { Metric: { Namespace: 'MyApp', MetricName: 'Errors' }, Period: 60, Stat: 'Sum' },
      },
    ];
    writeFileSync(file, JSON.stringify({ MetricDataQueries: queries }));
    await analyze('--metrics-preset', 'custom', '--metric-queries', `@${file}`, '--json');
    expect(cloudWatchMock).toHaveReceivedCommandWith(GetMetricDataCommand, { MetricDataQueries: queries });
  });

  it('reads X-Ray with the flag options', async () => {
    xrayMock.on(GetTimeSeriesServiceStatisticsCommand).resolves({ TimeSeriesServiceStatistics: [] });
    const { out } = await analyze(
      '--xray',
      '--mesh',
      'apps',
      '--canary-node',
      'serviceBv2',
      '--xray-count-client-errors',
    );
    expect(xrayMock).toHaveReceivedCommandWith(GetTimeSeriesServiceStatisticsCommand, {
      EntitySelectorExpression: 'service("apps/serviceBv2")',
    });
    expect(out).toContain(
      'xray    INCONCLUSIVE  no canary data (X-Ray service apps/serviceBv2 empty) — INCONCLUSIVE',
    );
  });

  it.each([
    [['--max-error-rate', 'abc', ...insights], 'max-error-rate'],
    [['--metrics-preset', 'custom', '--metric-queries', '@/nonexistent/queries.json'], 'metric-queries'],
    [[...insights, '--at', 'yesterday'], 'at'],
    [['--window', '5m'], 'alarm-names'],
  ])('refuses bad input %j before any AWS call', async (args, input) => {
    const failure = analyze(...args);
    await expect(failure).rejects.toThrow(InputError);
    await expect(failure).rejects.toMatchObject({ input });
    expect(cloudWatchMock.calls()).toHaveLength(0);
    expect(xrayMock.calls()).toHaveLength(0);
  });
});
