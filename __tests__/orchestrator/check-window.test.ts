import { AppMeshClient } from '@aws-sdk/client-app-mesh';
import { ECSClient } from '@aws-sdk/client-ecs';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { SendTaskSuccessCommand, SFNClient } from '@aws-sdk/client-sfn';
import { VPCLatticeClient } from '@aws-sdk/client-vpc-lattice';
import { beforeEach, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { Ecs } from '../../src/ecs/index.js';
import type { CheckWindow, HealthReaders, MetricSeries } from '../../src/health/index.js';
import { freshBake } from '../../src/orchestrator/decide.js';
import type { StepDeps } from '../../src/orchestrator/deps.js';
import type { ExecutionDocument } from '../../src/orchestrator/document.js';
import { type Progress, parseProgress } from '../../src/orchestrator/progress.js';
import { Executions } from '../../src/orchestrator/sfn.js';
import { check } from '../../src/orchestrator/steps/check.js';
import { hold } from '../../src/orchestrator/steps/hold.js';
import { RecordingPublisher } from '../support/recording-publisher.js';
import { seedDocument } from './fixtures.js';
import { createWorld, mocks } from './world.js';

/**
 * A check judges only its step's own traffic: the window starts at the first period boundary after the
 * shift and ends at the last period published in full; before that the check waits.
 */
const shiftAt = new Date('2026-11-01T10:00:20Z');
let now = shiftAt;
let windows: CheckWindow[] = [];
let counts = { canary: [1000, 2] as [number, number], stable: [3000, 6] as [number, number] | undefined };

const readers: HealthReaders = {
  alarms: async () => ({ alarms: [], missing: [] }),
  metrics: async (_queries, window) => {
    windows.push(window);
    const series = (id: string, sum: number): MetricSeries => ({
      id,
      sum,
      datapoints: 1,
      status: 'Complete',
      messages: [],
    });
    return [
      ...(counts.canary[0] > 0
        ? [series('canary_requests', counts.canary[0]), series('canary_errors', counts.canary[1])]
        : []),
      ...(counts.stable
        ? [series('stable_requests', counts.stable[0]), series('stable_errors', counts.stable[1])]
        : []),
    ];
  },
  xray: async () => undefined,
};

const events = new RecordingPublisher();
const deps: StepDeps = {
  appMesh: new AppMeshClient({ region: 'us-west-2' }),
  vpcLattice: new VPCLatticeClient({ region: 'us-west-2' }),
  elbv2: new ElasticLoadBalancingV2Client({ region: 'us-west-2' }),
  ecs: new Ecs(new ECSClient({ region: 'us-west-2' })),
  health: readers,
  executions: new Executions(new SFNClient({ region: 'us-west-2' })),
  events,
  now: () => now,
  log: { info: () => {}, warn: () => {} },
};

function metricsDocument(policy: Partial<ExecutionDocument['health']['policy']> = {}): ExecutionDocument {
  const document = seedDocument();
  return {
    ...document,
    steps: [
      { weight: 25, bakeSeconds: 120 },
      { weight: 100, bakeSeconds: 120 },
    ],
    health: {
      ...document.health,
      alarmNames: [],
      windowSeconds: 120,
      publishDelaySeconds: 30,
      metrics: {
        preset: 'envoy-container-insights',
        canary: { cluster: 'apps', taskDefinitionFamily: 'taskBv2' },
        stable: { cluster: 'apps', taskDefinitionFamily: 'taskB' },
      },
      policy: { ...document.health.policy, ...policy },
    },
  };
}

function justShifted(document: ExecutionDocument): Progress {
  return {
    stepIndex: 0,
    traffic: document.snapshot,
    bake: { checks: 0, elapsedSeconds: 0, passes: 0 },
    stepStartedAt: shiftAt.toISOString(),
    counters: { failuresSinceLastPass: 0, inconclusiveSinceLastPass: 0 },
    decision: 'bake',
    reason: '',
  };
}

const at = (iso: string) => new Date(iso);

beforeEach(() => {
  createWorld(seedDocument());
  windows = [];
  counts = { canary: [1000, 2], stable: [3000, 6] };
});

describe('a check during a step', () => {
  it('waits until the first whole period after the shift is published, reading nothing before it', async () => {
    const document = metricsDocument();
    // 10:00:20 shift; the period 10:01–10:02 is the first of the step, readable at 10:02:30.
    now = at('2026-11-01T10:02:20Z');

    const progress = await check(document, justShifted(document), deps);

    expect(windows).toEqual([]);
    expect(progress).toMatchObject({
      decision: 'bake',
      counters: { failuresSinceLastPass: 0, inconclusiveSinceLastPass: 0 },
      lastCheck: { verdict: 'WAIT' },
    });
    expect(progress.reason).toContain('the first is readable at 2026-11-01T10:02:30.000Z');
  });

  it('then judges exactly the step’s own published periods, and says which', async () => {
    const document = metricsDocument();
    now = at('2026-11-01T10:03:40Z');

    const progress = await check(document, justShifted(document), deps);

    expect(windows).toEqual([{ start: at('2026-11-01T10:01:00Z'), end: at('2026-11-01T10:03:00Z') }]);
    expect(progress.lastCheck).toMatchObject({
      verdict: 'PASS',
      window: { start: '2026-11-01T10:01:00.000Z', end: '2026-11-01T10:03:00.000Z' },
    });
    expect(progress.bake.passes).toBe(1);
  });

  it('extends a bake that ended without a passing check, and fails at the inconclusive limit', async () => {
    const document = metricsDocument({ inconclusiveLimit: 2 });
    counts = { canary: [10, 0], stable: [30, 0] };
    now = at('2026-11-01T10:03:40Z');
    let progress = { ...justShifted(document), bake: { checks: 2, elapsedSeconds: 120, passes: 0 } };

    progress = await check(document, progress, deps);
    expect(progress.decision).toBe('bake');
    expect(progress.reason).toContain('bake extended: no check has passed this step yet');

    // The next check, an interval later, judges the next period (no period is judged twice).
    now = at('2026-11-01T10:04:40Z');
    progress = await check(document, progress, deps);
    expect(progress.decision).toBe('rollback');
    expect(progress.reason).toContain('reached inconclusive-limit 2');
  });

  it('fails a canary that answers none of the traffic routed to it while the stable serves plenty', async () => {
    const document = metricsDocument();
    counts = { canary: [0, 0], stable: [3000, 6] };
    now = at('2026-11-01T10:03:40Z');

    const progress = await check(document, justShifted(document), deps);

    expect(progress.decision).toBe('rollback');
    expect(progress.reason).toContain('canary answered no req at 25% while stable answered 3,000');
  });
});

/** What the state machine passes from one Check to the next: the progress as JSON, parsed by the handler. */
const throughStateMachine = (progress: Progress): Progress =>
  parseProgress(JSON.parse(JSON.stringify(progress)));

interface Step {
  periodSeconds: number;
  intervalSeconds: number;
  publishDelaySeconds: number;
  shiftAt: Date;
  /** Each check's own run time and jitter, added to the interval the Bake state waits. */
  delaysMs: number[];
}

/** A document judging metrics only, whose first step bakes through every check of `step`. */
function stepDocument(step: Step): ExecutionDocument {
  const document = metricsDocument();
  return {
    ...document,
    checkIntervalSeconds: step.intervalSeconds,
    steps: [
      { weight: 25, bakeSeconds: 1_000_000_000 },
      { weight: 100, bakeSeconds: 120 },
    ],
    // The window the Action derives from the check interval (health-window unset).
    health: {
      ...document.health,
      periodSeconds: step.periodSeconds,
      publishDelaySeconds: step.publishDelaySeconds,
      windowSeconds: Math.ceil(step.intervalSeconds / step.periodSeconds) * step.periodSeconds,
    },
  };
}

/** Runs every check of one step as the state machine would; returns the windows read and the last check time. */
async function bake(step: Step): Promise<{ windows: CheckWindow[]; endedAt: number }> {
  const document = stepDocument(step);
  let progress: Progress = { ...justShifted(document), stepStartedAt: step.shiftAt.toISOString() };
  let at = step.shiftAt.getTime();
  windows = [];
  for (const delayMs of step.delaysMs) {
    at += step.intervalSeconds * 1000 + delayMs;
    now = new Date(at);
    progress = throughStateMachine(await check(document, progress, deps));
    expect(progress.decision).toBe('bake');
  }
  return { windows, endedAt: at };
}

/** The periods judged nowhere and those judged more than once, from the step's first period to `until`. */
function coverage(windows: CheckWindow[], from: number, until: number) {
  const gaps: string[] = [];
  const overlaps: string[] = [];
  const span = (start: number, end: number) =>
    `${new Date(start).toISOString()}..${new Date(end).toISOString()}`;
  let cursor = from;
  for (const window of windows) {
    const [start, end] = [window.start.getTime(), window.end.getTime()];
    if (start > cursor) gaps.push(span(cursor, start));
    if (start < cursor) overlaps.push(span(start, Math.min(cursor, end)));
    cursor = Math.max(cursor, end);
  }
  if (cursor < until) gaps.push(span(cursor, until));
  return { gaps, overlaps, judgedUntil: cursor };
}

function expectEveryPeriodJudgedOnce(step: Step, result: { windows: CheckWindow[]; endedAt: number }): void {
  const periodMs = step.periodSeconds * 1000;
  const firstOwn = Math.ceil(step.shiftAt.getTime() / periodMs) * periodMs;
  const lastPublished = Math.floor((result.endedAt - step.publishDelaySeconds * 1000) / periodMs) * periodMs;
  for (const window of result.windows) {
    expect(window.start.getTime() % periodMs).toBe(0);
    expect(window.end.getTime() % periodMs).toBe(0);
    expect(window.start.getTime()).toBeLessThan(window.end.getTime());
  }
  const { gaps, overlaps, judgedUntil } = coverage(result.windows, firstOwn, lastPublished);
  expect({ gaps, overlaps }).toEqual({ gaps: [], overlaps: [] });
  expect(judgedUntil).toBe(Math.max(firstOwn, lastPublished));
}

describe('the windows of one step chain', () => {
  it('judges every period once when checks drift past the interval (period 10 s, every 10 s, 11.3 s apart)', async () => {
    const step: Step = {
      periodSeconds: 10,
      intervalSeconds: 10,
      publishDelaySeconds: 10,
      shiftAt: at('2026-11-01T02:55:03.400Z'),
      delaysMs: Array.from({ length: 27 }, () => 1300),
    };

    const result = await bake(step);

    expect(result.windows.length).toBeGreaterThan(20);
    expectEveryPeriodJudgedOnce(step, result);
  });

  it('over a whole step, every complete period after the shift is judged once: no gap, no overlap', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          // Every period 1–60 s the document accepts, and two longer ones.
          periodSeconds: fc.constantFrom(1, 5, 10, 30, 60, 120, 300),
          intervalSeconds: fc.integer({ min: 10, max: 3600 }),
          publishDelaySeconds: fc.integer({ min: 0, max: 120 }),
          shiftAt: fc.integer({ min: 0, max: 86_400_000 }).map((ms) => new Date(Date.UTC(2026, 10, 1) + ms)),
          delaysMs: fc.array(fc.integer({ min: 0, max: 60_000 }), { minLength: 1, maxLength: 40 }),
        }),
        async (step) => expectEveryPeriodJudgedOnce(step, await bake(step)),
      ),
      { numRuns: 150 },
    );
  });

  it('carries the end in the progress, and starts afresh at the next step', async () => {
    const document = metricsDocument();
    now = at('2026-11-01T10:03:40Z');
    const first = await check(document, justShifted(document), deps);
    expect(first.bake.judgedUntil).toBe('2026-11-01T10:03:00.000Z');

    now = at('2026-11-01T10:05:50Z');
    const second = await check(document, { ...first, bake: { ...first.bake, elapsedSeconds: 120 } }, deps);
    expect(windows.at(-1)).toEqual({ start: at('2026-11-01T10:03:00Z'), end: at('2026-11-01T10:05:00Z') });
    expect(second).toMatchObject({ decision: 'next-step', stepIndex: 1, bake: freshBake });
  });

  it('waits while no period after the last window is published, and says when the next is', async () => {
    const document = { ...metricsDocument(), steps: [{ weight: 25, bakeSeconds: 600 }] };
    now = at('2026-11-01T10:03:40Z');
    const first = await check(document, justShifted(document), deps);

    now = at('2026-11-01T10:03:50Z');
    const second = await check(document, first, deps);

    expect(windows).toHaveLength(1);
    expect(second.lastCheck?.verdict).toBe('WAIT');
    expect(second.bake.judgedUntil).toBe('2026-11-01T10:03:00.000Z');
    expect(second.reason).toContain('the next is readable at 2026-11-01T10:04:30.000Z');
  });

  it('reads on from the last check’s window in progress written before the end was carried', async () => {
    const document = metricsDocument();
    const progress: Progress = {
      ...justShifted(document),
      bake: { checks: 1, elapsedSeconds: 60, passes: 1 },
      lastCheck: {
        at: '2026-11-01T10:03:40.000Z',
        weight: 25,
        verdict: 'PASS',
        reason: 'PASS',
        window: { start: '2026-11-01T10:01:00.000Z', end: '2026-11-01T10:03:00.000Z' },
      },
    };
    now = at('2026-11-01T10:05:40Z');

    await check(document, parseProgress(progress), deps);

    expect(windows).toEqual([{ start: at('2026-11-01T10:03:00Z'), end: at('2026-11-01T10:05:00Z') }]);
  });

  it('during a pause, judges the last window and answers nothing while the verdict holds', async () => {
    // A Hold that recorded every window end would write about twice the history its budget allows.
    mocks.sfn.on(SendTaskSuccessCommand).resolves({});
    const document = { ...metricsDocument(), checkIntervalSeconds: 60 };
    now = at('2026-11-01T10:03:40Z');
    const paused: Progress = {
      ...(await check(document, justShifted(document), deps)),
      decision: 'pause',
      pause: { since: '2026-11-01T10:03:40.000Z', deadline: '2026-11-02T10:03:40.000Z' },
    };

    now = at('2026-11-01T10:05:50Z');
    expect((await hold(document, paused, 'token', deps)).action).toBe('held');

    expect(windows.at(-1)).toEqual({ start: at('2026-11-01T10:03:00Z'), end: at('2026-11-01T10:05:00Z') });
    expect(mocks.sfn.commandCalls(SendTaskSuccessCommand)).toEqual([]);
  });
});
