import { AppMeshClient } from '@aws-sdk/client-app-mesh';
import { ECSClient } from '@aws-sdk/client-ecs';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { SFNClient } from '@aws-sdk/client-sfn';
import { VPCLatticeClient } from '@aws-sdk/client-vpc-lattice';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { Ecs } from '../../src/ecs/index.js';
import type { CheckWindow, HealthReaders, MetricSeries } from '../../src/health/index.js';
import type { StepDeps } from '../../src/orchestrator/deps.js';
import type { ExecutionDocument } from '../../src/orchestrator/document.js';
import type { Progress } from '../../src/orchestrator/progress.js';
import { Executions } from '../../src/orchestrator/sfn.js';
import { check } from '../../src/orchestrator/steps/check.js';
import { RecordingPublisher } from '../support/recording-publisher.js';
import { seedDocument } from './fixtures.js';
import { createWorld } from './world.js';

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
