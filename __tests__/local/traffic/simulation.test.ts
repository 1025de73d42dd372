import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parseSearchExpression } from '../../../local/aws/cloudwatch/metric-search.js';
import { createClock, installSimulatedDate } from '../../../local/clock.js';
import { type LocalStack, startLocalStack } from '../../../local/index.js';
import { rollOutCanary, until } from '../support.js';

describe('the simulated clock', () => {
  it('runs faster than real time by its factor, and restores the real Date', async () => {
    const RealDate = Date;
    const clock = createClock({ msPerSimMinute: 60 });
    const restore = installSimulatedDate(clock);
    try {
      const before = Date.now();
      await new Promise((resolve) => setTimeout(resolve, 30));
      // 30 ms real at 1 simulated minute per 60 ms: about 30 simulated seconds.
      expect(Date.now() - before).toBeGreaterThanOrEqual(29_000);
      expect(new Date()).toBeInstanceOf(RealDate);
      expect(new Date(0).toISOString()).toBe('1970-01-01T00:00:00.000Z');
      expect(Date.parse('2026-01-01T00:00:00Z')).toBe(RealDate.parse('2026-01-01T00:00:00Z'));
      expect(() => installSimulatedDate(clock)).toThrow('already installed');
    } finally {
      restore();
    }
    expect(Date).toBe(RealDate);
    expect(Math.abs(Date.now() - performance.timeOrigin - performance.now())).toBeLessThan(1000);
  });

  it('converts simulated durations to real ones', () => {
    const clock = createClock({ msPerSimMinute: 50 });
    expect(clock.realMs(60)).toBe(50);
    expect(clock.speedup).toBe(1200);
  });
});

describe('SEARCH expressions', () => {
  it('reads the schema, the terms, the stat and the period, inside SUM, MAX or neither', () => {
    expect(
      parseSearchExpression(
        `SUM(SEARCH('{"AppMesh",Mesh,TargetVirtualNode,VirtualNode} MetricName="x_5XX" Mesh="apps"', 'Sum', 60))`,
      ),
    ).toEqual({
      aggregate: 'SUM',
      namespace: 'AppMesh',
      dimensionNames: ['Mesh', 'TargetVirtualNode', 'VirtualNode'],
      terms: { MetricName: 'x_5XX', Mesh: 'apps' },
      stat: 'Sum',
      period: 60,
    });
    expect(
      parseSearchExpression(`SEARCH('{AppMesh,Mesh} MetricName="a"', 'Average', 300)`)?.aggregate,
    ).toBeUndefined();
    expect(parseSearchExpression(`MAX(SEARCH('{AppMesh,Mesh} MetricName="a"', 'p99.9', 60))`)).toMatchObject({
      aggregate: 'MAX',
      stat: 'p99.9',
    });
  });

  it('does not guess at anything else', () => {
    expect(parseSearchExpression('m1 / m2')).toBeUndefined();
    expect(parseSearchExpression(`SEARCH('{AppMesh} MetricName="a" OR x', 'Sum', 60)`)).toBeUndefined();
  });
});

describe('the traffic simulator', () => {
  let stack: LocalStack;
  const minute = 60_000;

  beforeAll(async () => {
    stack = await startLocalStack({
      scenario: {
        requestsPerSecond: 10,
        versions: [
          {
            image: 'serviceb:3.0.0',
            errorRatePct: 0,
            degraded: { atSharePct: 50, errorRatePct: 10 },
          },
          {
            image: 'serviceb:3.1.0',
            errorRatePct: 0,
            degraded: { afterTrafficSeconds: 120, errorRatePct: 20 },
          },
        ],
      },
    });
  });

  afterAll(async () => {
    await stack.stop();
  });

  function route(canary: number) {
    stack.appMesh.updateRoute('apps', 'serviceB', 'serviceB', new URLSearchParams(), {
      spec: {
        http2Route: {
          action: {
            weightedTargets: [
              { virtualNode: 'serviceB', weight: 100 - canary },
              { virtualNode: 'serviceBv2', weight: canary },
            ],
          },
          match: { prefix: '/' },
        },
      },
    });
    // The simulated time the write took effect.
    return stack.appMesh.routeWrites.at(-1)!.at;
  }

  async function settle() {
    await until(() => stack.service('serviceBv2').deployments.length === 1, 10_000, 'the canary rollout');
  }

  it('splits the requests by the weights in force over the window, changes included', async () => {
    rollOutCanary(stack, '3.0.0');
    await settle();
    const changed = route(25);
    const at = changed + 2 * minute;
    await until(() => stack.clock.nowMs() > at, 5_000, 'two simulated minutes');
    const before = stack.traffic.nodeTotals('serviceBv2', changed - minute, changed);
    const after = stack.traffic.nodeTotals('serviceBv2', changed, changed + minute);
    const across = stack.traffic.nodeTotals('serviceBv2', changed - minute / 2, changed + minute / 2);
    expect(before.requests).toBe(0);
    expect(after.requests).toBeCloseTo(150, 6);
    expect(across.requests).toBeCloseTo(75, 6);
  });

  it('fails a version under load only while its node takes at least the given share', async () => {
    const quarter = stack.clock.nowMs();
    const atQuarter = stack.traffic.nodeTotals('serviceBv2', quarter - minute, quarter);
    expect(atQuarter.faults).toBe(0);
    const changed = route(50);
    await until(() => stack.clock.nowMs() > changed + minute, 5_000, 'a simulated minute');
    const atHalf = stack.traffic.nodeTotals('serviceBv2', changed, changed + minute);
    expect(atHalf.faults / atHalf.requests).toBeCloseTo(0.1, 6);
  });

  it('degrades a version a given time after it first served traffic', async () => {
    route(0);
    rollOutCanary(stack, '3.1.0');
    await settle();
    const first = route(25);
    await until(() => stack.clock.nowMs() > first + 4 * minute, 5_000, 'four simulated minutes');
    const early = stack.traffic.nodeTotals('serviceBv2', first, first + minute);
    const late = stack.traffic.nodeTotals('serviceBv2', first + 3 * minute, first + 4 * minute);
    expect(early.faults).toBe(0);
    expect(late.faults / late.requests).toBeCloseTo(0.2, 6);
  });

  it('answers 503 for a node whose service runs no task', async () => {
    stack.ecs.updateService({ cluster: 'apps', service: 'serviceBv2', desiredCount: 0 });
    await until(() => stack.service('serviceBv2').runningCount === 0, 10_000, 'the tasks to stop');
    const stopped = stack.clock.nowMs();
    await until(() => stack.clock.nowMs() > stopped + minute, 5_000, 'a simulated minute');
    const totals = stack.traffic.nodeTotals('serviceBv2', stopped, stopped + minute);
    expect(totals.requests).toBeGreaterThan(0);
    expect(totals.faults).toBeCloseTo(totals.requests, 6);
  });
});
