import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { LocalStack } from '../../local/index.js';
import { type SeededRouter, seedInputs } from '../../local/runs/action-runner.js';
import { canaryShare, type RouterView, routerView, scenarioFiles } from '../../local/runs/router-view.js';
import { runNode } from '../support/run-node.js';
import { action, e2eStack, imageOf, quickCanary } from './harness.js';
import { canaryCharts, itDrawsEveryJobSummary } from './job-summaries.js';
import { mutatingCallsSince } from './router-world.js';

/**
 * Tail latency on each router, with the real bundle against the local stack: the p99 of the canary against the
 * stable's in the same window (max-latency-increase 50%). A version with no errors, the stable's mean and 3× its
 * p99 (serviceb:2.2.0-slow-tail) is rolled back; one with the stable's mean and tail (2.2.1-same-mean) is
 * promoted; thin traffic is INCONCLUSIVE; a source with no percentile is refused before any write. One stack per
 * router, shared by its runs.
 */

/** A p99 rests on 1,000 requests: at 25% of 200 requests per second a 1-minute window holds 3,000. */
const busy = 200;
/**
 * At 25% of 2 requests per second a minute holds 30 canary requests: too few for a p99 even in the half-hour
 * window a check late on a loaded machine may judge (min-requests 10 lets the percentile be what is short).
 */
const thin = 2;

/** App Mesh reads the p99 from X-Ray's histogram (the seed's Container Insights preset has none). */
function latencyInputs(router: SeededRouter): Record<string, string> {
  return {
    'max-latency-increase': '50%',
    ...(router === 'app-mesh' ? { xray: 'true', 'xray-stable-service': 'apps/serviceB' } : {}),
  };
}

/** A source that cannot give a percentile on this router, and what the refusal must say. */
function noPercentile(router: SeededRouter): { inputs: Record<string, string>; names: string; says: RegExp } {
  if (router === 'app-mesh')
    return {
      inputs: { 'max-latency-increase': '20%' },
      names: 'max-latency-increase',
      says: /envoy-container-insights cannot give.*Use xray: true, metrics-preset envoy-appmesh-extension/,
    };
  const queries = [
    {
      Id: 'canary_requests',
      Expression: "SUM(SEARCH('{AWS/ApplicationELB,TargetGroup} RequestCount', 'Sum', 60))",
    },
    { Id: 'canary_errors', Expression: "SUM(SEARCH('{AWS/ApplicationELB,TargetGroup} 5XX', 'Sum', 60))" },
  ];
  return {
    inputs: {
      'metrics-preset': 'custom',
      'metric-queries': JSON.stringify(queries),
      'max-latency-ms': '300',
    },
    names: 'max-latency-ms',
    says: /needs canary_latency in metric-queries/,
  };
}

/** The end of the window the failed check judged, from the Check state's output in the execution's history. */
function failedCheckWindowEnd(stack: LocalStack, executionArn: string): string {
  for (const event of stack.stepFunctions.execution(executionArn)?.history.list(true) ?? []) {
    const succeeded = event.lambdaFunctionSucceededEventDetails as { output?: string } | undefined;
    const check = succeeded?.output ? JSON.parse(succeeded.output).lastCheck : undefined;
    if (check?.verdict === 'FAIL' && check.window) return check.window.end;
  }
  throw new Error(`no failed check with a window in ${executionArn}`);
}

describe.each(['app-mesh', 'vpc-lattice', 'alb'] as const)('tail latency on %s', (router) => {
  let stack: LocalStack;
  let view: RouterView;
  const timeout = 60_000;

  beforeAll(async () => {
    stack = await e2eStack(200, scenarioFiles[router]);
    view = routerView(stack, router);
  });

  afterAll(async () => {
    await stack?.settled();
    await stack?.stop();
  });

  const deploy = (tag: string, requestsPerSecond: number, overrides: Record<string, string> = {}) => {
    stack.scenario.load({ ...stack.scenario.current, requestsPerSecond });
    const inputs = { ...quickCanary, ...view.inputs, ...latencyInputs(router), ...overrides };
    return action(stack, seedInputs(stack.stateMachineArn, imageOf(stack, tag), inputs));
  };
  const stableOnly = () => canaryShare(view.weightsAt(), view) === 0;

  it(
    'refuses a source that cannot give the percentile, naming the input and what would, before any write',
    async () => {
      const { inputs, names, says } = noPercentile(router);
      const mark = stack.calls.calls.length;
      const run = await action(
        stack,
        seedInputs(stack.stateMachineArn, imageOf(stack, '2.2.0-slow-tail'), {
          ...quickCanary,
          ...view.inputs,
          ...inputs,
        }),
      );
      expect(run.code).toBe(1);
      const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error::'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(`input "${names}"`);
      expect(errors[0]).toMatch(says);
      expect(mutatingCallsSince(stack, mark)).toEqual([]);
    },
    timeout,
  );

  it(
    "rolls back a version with no errors whose p99 is 3× the stable's, on max-latency-increase",
    async () => {
      const run = await deploy('2.2.0-slow-tail', busy);
      await stack.settled();

      expect(run.code).toBe(1);
      expect(run.outputs.status).toBe('FAILED');
      // The live line: no more 5xx than the stable, a p99 about 3× it.
      const failed = run.stdout.split('\n').find((line) => / — FAIL$/.test(line));
      expect(failed).toMatch(
        /^check \d+ at 25%: canary 0\.1% 5xx \([\d,]+ req\) vs stable 0\.1%, canary p99 3\d\d ms vs stable 11\d ms \(\+2\d\d%\)/,
      );
      expect(run.stdout).toContain('FAIL: p99 more than 50% above stable (allowed 1');
      expect(stableOnly()).toBe(true);
      // The event a chat channel gets says it too.
      const failedCheck = stack
        .eventsPut()
        .filter((event) => event.resources.includes(run.outputs['execution-arn']!))
        .map((event) => event.detail as { transition: string; message: string })
        .find((detail) => detail.transition === 'CHECK_FAILED');
      expect(failedCheck?.message).toMatch(
        /check failed at 25%.*canary p99 3\d\d ms vs stable 11\d ms \(\+2\d\d%\).*FAIL: p99 more than 50% above stable/,
      );
      if (router === 'app-mesh') {
        // analyze from the CLI bundle, replaying the failed check's window: the same p99s, the same FAIL.
        const at = failedCheckWindowEnd(stack, run.outputs['execution-arn']!);
        const analyzed = await runNode(
          resolve('dist/cli/index.js'),
          [
            'analyze',
            '--xray',
            '--mesh',
            'apps',
            '--canary-node',
            'serviceBv2',
            '--stable-node',
            'serviceB',
            '--max-latency-increase',
            '50%',
            '--window',
            '1m',
            '--at',
            at,
          ],
          stack.env,
        );
        expect(analyzed.stdout).toMatch(/^verdict FAIL/);
        expect(analyzed.stdout).toMatch(/canary p99 3\d\d ms vs stable 11\d ms \(\+2\d\d%\) ±\d+ ms — FAIL/);
        expect(analyzed.stdout).toContain('latency-percentile p99');
        expect(analyzed.code).toBe(1);
      }
      // The job summary's latency chart: the FAIL marked at the canary's p99, above the stable's.
      const { latency } = canaryCharts(run.summary);
      const failedAt = latency!.failMarks.findIndex(
        (value, index) => value !== latency!.stableMs[index] && value === latency!.canaryMs[index],
      );
      expect(latency!.canaryMs[failedAt]).toBeGreaterThan(3 * 100);
      expect(latency!.stableMs[failedAt]).toBeLessThan(120);
    },
    timeout,
  );

  it(
    "promotes a version with the stable's mean and tail under the same settings",
    async () => {
      const run = await deploy('2.2.1-same-mean', busy);
      await stack.settled();

      expect(run.outputs.status).toBe('SUCCEEDED');
      expect(run.code).toBe(0);
      const checks = run.stdout.split('\n').filter((line) => / — PASS$/.test(line));
      expect(checks.length).toBeGreaterThan(0);
      for (const line of checks) expect(line).toMatch(/canary p99 11\d ms/);
      expect(checks[0]).toMatch(/vs stable 11\d ms \([+-]\d%\)/);
      expect(stableOnly()).toBe(true);
    },
    timeout,
  );

  it(
    'is INCONCLUSIVE, never PASS, with too few requests for the p99, until inconclusive-limit rolls it back',
    async () => {
      const run = await deploy('2.2.1-same-mean', thin, { 'inconclusive-limit': '2', 'min-requests': '10' });
      await stack.settled();

      const judged = run.stdout.split('\n').filter((line) => /^check \d+ at \d+%: canary/.test(line));
      // Each judged check is INCONCLUSIVE; the one that reaches inconclusive-limit 2 is acted on as a FAIL.
      expect(judged).toHaveLength(2);
      expect(judged[0]).toMatch(/ — INCONCLUSIVE$/);
      expect(judged[1]).toMatch(/ — FAIL$/);
      expect(run.outputs.status).toBe('FAILED');
      expect(run.stdout).toMatch(
        /— INCONCLUSIVE: canary p99 rests on \d+ (req|traces), fewer than 1000 \(10 beyond the p99\).*; 2 inconclusive checks since the last pass reached inconclusive-limit 2/,
      );
      expect(stableOnly()).toBe(true);
    },
    timeout,
  );
});

itDrawsEveryJobSummary('latency.test.ts');
