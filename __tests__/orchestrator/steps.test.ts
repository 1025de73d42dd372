import { AppMeshClient, ForbiddenException, TooManyRequestsException } from '@aws-sdk/client-app-mesh';
import { ECSClient } from '@aws-sdk/client-ecs';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { SFNClient } from '@aws-sdk/client-sfn';
import { VPCLatticeClient } from '@aws-sdk/client-vpc-lattice';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { Ecs } from '../../src/ecs/index.js';
import { AwsCallError } from '../../src/errors.js';
import type { AlarmStateValue, HealthReaders } from '../../src/health/index.js';
import { decideAfterCheck } from '../../src/orchestrator/decide.js';
import type { StepDeps } from '../../src/orchestrator/deps.js';
import { isTransient, toStepError } from '../../src/orchestrator/errors.js';
import type { Progress } from '../../src/orchestrator/progress.js';
import { Executions } from '../../src/orchestrator/sfn.js';
import { check } from '../../src/orchestrator/steps/check.js';
import { promotionCheck } from '../../src/orchestrator/steps/promotion-check.js';
import { RollbackIncompleteError, rollback } from '../../src/orchestrator/steps/rollback.js';
import { shift } from '../../src/orchestrator/steps/shift.js';
import { DriftError, ShiftIncompleteError, shiftRouteSpec } from '../../src/routing/app-mesh/index.js';
import { RecordingPublisher } from '../support/recording-publisher.js';
import { executionArnOf, seedDocument, stablePrevious, taskDefinitionArn } from './fixtures.js';
import { createWorld, mocks, mutatingCalls, routeSpec, setRoute, type World } from './world.js';

const now = new Date('2026-11-01T10:30:00Z');
let alarm: AlarmStateValue | Error = 'OK';

const readers: HealthReaders = {
  alarms: async (names) => {
    if (alarm instanceof Error) throw alarm;
    return { alarms: names.map((name) => ({ name, state: alarm as AlarmStateValue })), missing: [] };
  },
  metrics: async () => [],
  xray: async () => undefined,
};

const events = new RecordingPublisher();
const deps: StepDeps = {
  appMesh: new AppMeshClient({ region: 'us-west-2' }),
  vpcLattice: new VPCLatticeClient({ region: 'us-west-2' }),
  elbv2: new ElasticLoadBalancingV2Client({ region: 'us-west-2' }),
  routingRetry: { maxAttempts: 1 },
  ecs: new Ecs(new ECSClient({ region: 'us-west-2' })),
  health: readers,
  executions: new Executions(new SFNClient({ region: 'us-west-2' })),
  events,
  now: () => now,
  log: { info: () => {}, warn: () => {} },
};

const document = seedDocument();
const snapshotRoute = document.snapshot.routes[0]!;

function progressAt(stepIndex: number, changes: Partial<Progress> = {}): Progress {
  return {
    stepIndex,
    traffic: document.snapshot,
    bake: { checks: 0, elapsedSeconds: 0, passes: 0 },
    counters: { failuresSinceLastPass: 0, inconclusiveSinceLastPass: 0 },
    decision: 'bake',
    reason: '',
    ...changes,
  };
}

let world: World;
beforeEach(() => {
  world = createWorld(document);
  alarm = 'OK';
});

describe('decideAfterCheck', () => {
  it('checks once even when a step has no bake time', () => {
    const steps = [
      { weight: 50, bakeSeconds: 0 },
      { weight: 100, bakeSeconds: 0 },
    ];
    const first = decideAfterCheck({ steps, checkIntervalSeconds: 60 }, progressAt(0), 'PASS');
    expect(first).toEqual({
      decision: 'next-step',
      stepIndex: 1,
      bake: { checks: 0, elapsedSeconds: 0, passes: 0 },
    });
    expect(decideAfterCheck({ steps, checkIntervalSeconds: 60 }, progressAt(1), 'PASS').decision).toBe(
      'promote',
    );
  });

  it('never leaves a step without a check that passed it: the bake extends', () => {
    const steps = [{ weight: 100, bakeSeconds: 60 }];
    const spent = progressAt(0, { bake: { checks: 3, elapsedSeconds: 180, passes: 0 } });
    for (const verdict of ['INCONCLUSIVE', 'WAIT'] as const) {
      expect(decideAfterCheck({ steps, checkIntervalSeconds: 60 }, spent, verdict).decision).toBe('bake');
    }
    expect(decideAfterCheck({ steps, checkIntervalSeconds: 60 }, spent, 'PASS').decision).toBe('promote');
  });
});

describe('check', () => {
  it('bakes on after a failed check under the failure limit, and a pass clears the count', async () => {
    const lenient = {
      ...document,
      health: { ...document.health, policy: { ...document.health.policy, failureLimit: 2 } },
    };
    alarm = 'ALARM';
    const failed = await check(lenient, progressAt(0), deps);
    expect(failed).toMatchObject({ decision: 'bake', counters: { failuresSinceLastPass: 1 } });
    expect(failed.reason).toContain('failed check 1 of failure-limit 2: not rolling back yet');
    expect(failed.lastCheck).toMatchObject({ verdict: 'INCONCLUSIVE', weight: 25, at: now.toISOString() });

    alarm = 'OK';
    const passed = await check(lenient, failed, deps);
    expect(passed).toMatchObject({
      decision: 'bake',
      counters: { failuresSinceLastPass: 0 },
      bake: { checks: 2 },
    });
  });

  it('announces a failed check under the failure limit as within the limit, and a pass not at all', async () => {
    const lenient = {
      ...document,
      health: { ...document.health, policy: { ...document.health.policy, failureLimit: 2 } },
    };
    events.clear();
    alarm = 'ALARM';
    const failed = await check(lenient, progressAt(0), deps, executionArnOf('deploy-1'));
    alarm = 'OK';
    await check(lenient, failed, deps, executionArnOf('deploy-1'));

    expect(events.transitions()).toEqual(['CHECK_FAILED']);
    expect(events.events[0]!.detail).toMatchObject({
      verdict: 'FAIL',
      step: { number: 1, of: 3, weight: 25 },
      weights: { canary: 25, stable: 75 },
    });
    expect(events.events[0]!.detail.reason).toMatch(
      /^alarms: 1 alarm serviceBv2-5xx in ALARM — FAIL; within the limit: the canary goes on \(failed check 1 of failure-limit 2: not rolling back yet\)$/,
    );
  });

  it('decides the same whether its event is published or not', async () => {
    alarm = 'ALARM';
    events.clear();
    const published = await check(document, progressAt(0), deps, executionArnOf('deploy-1'));
    events.failure = Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
    const unpublished = await check(document, progressAt(0), deps, executionArnOf('deploy-1'));
    events.clear();

    expect(unpublished).toEqual(published);
    expect(published.decision).toBe('rollback');
  });

  it('moves to the next step once the bake time is spent', async () => {
    const result = await check(
      document,
      progressAt(0, { bake: { checks: 4, elapsedSeconds: 240, passes: 4 } }),
      deps,
    );
    expect(result).toMatchObject({
      decision: 'next-step',
      stepIndex: 1,
      bake: { checks: 0, elapsedSeconds: 0, passes: 0 },
    });
  });

  it('never reads a health source it cannot reach as healthy', async () => {
    alarm = new Error('AccessDenied: cloudwatch:DescribeAlarms');
    const result = await check(document, progressAt(0), deps);
    expect(result.decision).toBe('rollback');
    expect(result.reason).toContain('AccessDenied');
  });
});

describe('shift', () => {
  it('writes nothing when the route already has the weight (a retried Shift)', async () => {
    const first = await shift(document, progressAt(0), deps);
    mocks.appMesh.resetHistory();

    const again = await shift(document, { ...first, stepIndex: 0 }, deps);

    expect(mutatingCalls()).toEqual([]);
    expect(again.reason).toContain('already there');
  });

  it('refuses to write over a route someone edited', async () => {
    setRoute(world, 'serviceB', shiftRouteSpec(snapshotRoute.spec, document.snapshot, 40, 'serviceB'));
    await expect(shift(document, progressAt(0), deps)).rejects.toBeInstanceOf(DriftError);
    expect(mutatingCalls()).toEqual([]);
  });
});

describe('promotionCheck', () => {
  const promoted = taskDefinitionArn('taskB', 8);
  const promoting = (deadline: string) =>
    progressAt(2, { decision: 'wait', promotion: { taskDefinitionArn: promoted, deadline } });

  beforeEach(() => {
    world.ecs.nextRollout = ['IN_PROGRESS', 'IN_PROGRESS', 'IN_PROGRESS'];
    world.ecs.service('apps', 'serviceB').taskDefinition = promoted;
    world.ecs.service('apps', 'serviceB').pending = ['IN_PROGRESS'];
  });

  it('waits while the rollout runs before the deadline', async () => {
    const result = await promotionCheck(document, promoting('2026-11-01T10:45:00Z'), deps);
    expect(result.decision).toBe('wait');
    expect(result.reason).toContain('rollout IN_PROGRESS');
  });

  it('rolls back once the deadline has passed', async () => {
    const result = await promotionCheck(document, promoting('2026-11-01T10:29:59Z'), deps);
    expect(result.decision).toBe('rollback');
    expect(result.reason).toContain(`did not become stable on ${promoted} within 1800 s`);
  });

  it('rolls back when the deployment circuit breaker put the old version back', async () => {
    world.ecs.service('apps', 'serviceB').taskDefinition = stablePrevious;
    const result = await promotionCheck(document, promoting('2026-11-01T10:45:00Z'), deps);
    expect(result.decision).toBe('rollback');
    expect(result.reason).toContain('was rolled back');
  });

  it('finishes when the stable service is stable on the promoted version', async () => {
    world.ecs.service('apps', 'serviceB').pending = ['COMPLETED'];
    const result = await promotionCheck(document, promoting('2026-11-01T10:45:00Z'), deps);
    expect(result.decision).toBe('finish');
  });
});

describe('rollback', () => {
  it('keeps a route it cannot read back safely, and keeps the canary running for it', async () => {
    setRoute(world, 'serviceB', {
      httpRoute: {
        action: { weightedTargets: [{ virtualNode: 'serviceBv2', weight: 100 }] },
        match: { prefix: '/' },
        $unknown: ['newField', {}],
      },
    } as never);

    const report = await rollback(document, deps);

    expect(report.keptEditedRoutes.map((route) => route.routeName)).toEqual(['serviceB']);
    expect(report.services).toEqual([
      'canary service serviceBv2: kept running, route serviceB may still send it traffic',
    ]);
    expect(report).toMatchObject({ complete: false, canaryStillRouted: ['serviceB'], canary: 'kept' });
    expect(mutatingCalls()).toEqual([]);
  });

  it('does every part it can, reports what failed, and keeps the canary serving a route it could not restore', async () => {
    setRoute(world, 'serviceB', shiftRouteSpec(snapshotRoute.spec, document.snapshot, 50, 'serviceB'));
    world.mesh.failAlways(
      'UpdateRoute',
      new ForbiddenException({ message: 'not authorized', $metadata: {} }),
    );

    const failure = rollback(document, deps);

    await expect(failure).rejects.toBeInstanceOf(RollbackIncompleteError);
    await expect(failure).rejects.toThrow(/route serviceB: updating route serviceB .*ForbiddenException/);
    await expect(failure).rejects.toThrow(
      'Done: canary service serviceBv2: kept running, route serviceB may still send it traffic',
    );
    // The route still sends the canary 50%: its tasks stay.
    expect(world.ecs.service('apps', 'serviceBv2').desiredCount).toBe(2);
    expect(routeSpec(world)).not.toEqual(snapshotRoute.spec);
  });
});

describe('toStepError', () => {
  const throttle = new TooManyRequestsException({ message: 'Rate exceeded', $metadata: {} });

  it('names drift DriftDetected and keeps its message', () => {
    const drift = new DriftError([{ routeName: 'serviceB', differences: ['serviceB 60 (expected 75)'] }]);
    expect(toStepError(drift)).toMatchObject({ name: 'DriftDetected', message: drift.message });
  });

  it('names throttling and server errors TransientError, also inside a partial shift', () => {
    expect(
      toStepError(
        new AwsCallError('updating route serviceB', 'TooManyRequestsException', { cause: throttle }),
      ).name,
    ).toBe('TransientError');
    const partial = new ShiftIncompleteError(50, ['serviceB'], 'serviceB-grpc', [], { cause: throttle });
    expect(isTransient(partial)).toBe(true);
    expect(isTransient({ name: 'SomethingNew', $fault: 'server' })).toBe(true);
  });

  it('leaves every other error as it is', () => {
    const denied = new AwsCallError('updating route serviceB', 'ForbiddenException', {
      cause: new ForbiddenException({ message: 'no', $metadata: {} }),
    });
    expect(toStepError(denied)).toBe(denied);
  });
});
