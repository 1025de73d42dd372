import { AppMeshClient } from '@aws-sdk/client-app-mesh';
import { ECSClient } from '@aws-sdk/client-ecs';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { SFNClient } from '@aws-sdk/client-sfn';
import { VPCLatticeClient } from '@aws-sdk/client-vpc-lattice';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { Ecs } from '../../src/ecs/index.js';
import type { HealthReaders } from '../../src/health/index.js';
import type { StepDeps } from '../../src/orchestrator/deps.js';
import { toStepError } from '../../src/orchestrator/errors.js';
import type { Progress } from '../../src/orchestrator/progress.js';
import { deploymentTagKey } from '../../src/orchestrator/services.js';
import { Executions } from '../../src/orchestrator/sfn.js';
import { check } from '../../src/orchestrator/steps/check.js';
import { finish } from '../../src/orchestrator/steps/finish.js';
import { promote } from '../../src/orchestrator/steps/promote.js';
import { rollback } from '../../src/orchestrator/steps/rollback.js';
import { shift } from '../../src/orchestrator/steps/shift.js';
import { shiftRouteSpec } from '../../src/routing/app-mesh/index.js';
import { RecordingPublisher } from '../support/recording-publisher.js';
import { canaryNew, seedDocument, stablePrevious, taskDefinitionArn } from './fixtures.js';
import { createWorld, mutatingCalls, routeSpec, setRoute, type World } from './world.js';

/**
 * The services are held to the routes' invariants: every check and the promotion confirm the canary runs the
 * revision this deployment registered; a rollback reverts or scales only what this deployment set.
 */
let healthReads = 0;
const readers: HealthReaders = {
  alarms: async (names) => {
    healthReads += 1;
    return { alarms: names.map((name) => ({ name, state: 'OK' as const })), missing: [] };
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
  now: () => new Date('2026-11-01T10:30:00Z'),
  log: { info: () => {}, warn: () => {} },
};

const document = seedDocument();
const snapshotSpec = document.snapshot.routes[0]!.spec;
const handDeployed = taskDefinitionArn('taskBv2', 9);
const hotfix = taskDefinitionArn('taskB', 9);

function progressAt(stepIndex: number, weight = document.steps[stepIndex]!.weight): Progress {
  const spec = shiftRouteSpec(snapshotSpec, document.snapshot, weight, 'serviceB');
  return {
    stepIndex,
    traffic: { ...document.snapshot, routes: [{ routeName: 'serviceB', version: 2, spec }] },
    bake: { checks: 0, elapsedSeconds: 0, passes: 0 },
    counters: { failuresSinceLastPass: 0, inconclusiveSinceLastPass: 0 },
    decision: 'bake',
    reason: '',
  };
}

/** The route at a step of the canary, as this deployment wrote it. */
function routeAt(world: World, weight: number) {
  setRoute(world, 'serviceB', shiftRouteSpec(snapshotSpec, document.snapshot, weight, 'serviceB'), 2);
}

/** A revision someone registered and rolled out by hand (no deployment tag). */
function deployByHand(world: World, service: 'serviceB' | 'serviceBv2', arn: string) {
  world.ecs.addTaskDefinition({
    taskDefinitionArn: arn,
    family: arn.split('/')[1]!.split(':')[0]!,
    revision: 9,
  });
  world.ecs.service('apps', service).taskDefinition = arn;
}

let world: World;
beforeEach(() => {
  world = createWorld(document);
  healthReads = 0;
});

describe('every check confirms the canary runs the revision this deployment registered', () => {
  it('a canary service switched by hand mid-bake is drift: no verdict is given for its traffic', async () => {
    routeAt(world, 25);
    deployByHand(world, 'serviceBv2', handDeployed);

    const failure = check(document, progressAt(0), deps);

    await expect(failure).rejects.toThrow(`canary service serviceBv2 runs ${handDeployed}, not ${canaryNew}`);
    const named = toStepError(await failure.catch((error) => error));
    expect(named.name).toBe('DriftDetected');
    expect(healthReads).toBe(0);
  });

  it('a canary service rolling out again (a new deployment started during the canary) is drift', async () => {
    world.ecs.service('apps', 'serviceBv2').rollout = 'IN_PROGRESS';
    await expect(check(document, progressAt(0), deps)).rejects.toThrow('is rolling out again');
  });

  it('a canary service with no running task fails the canary (CanaryNotServing)', async () => {
    world.ecs.service('apps', 'serviceBv2').desiredCount = 0;
    await expect(check(document, progressAt(0), deps)).rejects.toMatchObject({ name: 'CanaryNotServing' });
  });

  it('a shift sends no weight to a canary service that does not run this deployment', async () => {
    deployByHand(world, 'serviceBv2', handDeployed);
    await expect(shift(document, progressAt(0, 0), deps)).rejects.toThrow(`not ${canaryNew}`);
    expect(mutatingCalls()).toEqual([]);
  });
});

describe('promotion copies exactly the checked revision, and never over a hand change', () => {
  it('copies the canary revision the checks judged, tagged with this deployment', async () => {
    routeAt(world, 100);
    await promote(document, progressAt(2), deps);
    const [registered] = world.ecs.registered;
    expect(registered?.containerDefinitions?.find((container) => container.name === 'appName')?.image).toBe(
      '123456789012.dkr.ecr.us-west-2.amazonaws.com/serviceb:v2',
    );
    expect(registered?.tags).toEqual([{ key: deploymentTagKey, value: document.deploymentId }]);
  });

  it('refuses when the canary service no longer runs the checked revision: nothing registered', async () => {
    deployByHand(world, 'serviceBv2', handDeployed);
    await expect(promote(document, progressAt(2), deps)).rejects.toThrow(`runs ${handDeployed}`);
    expect(mutatingCalls()).toEqual([]);
  });

  it('refuses when the stable service got a hotfix during the canary: the hotfix stays', async () => {
    deployByHand(world, 'serviceB', hotfix);
    await expect(promote(document, progressAt(2), deps)).rejects.toThrow(
      `stable service serviceB runs ${hotfix}, not ${stablePrevious}`,
    );
    expect(mutatingCalls()).toEqual([]);
    expect(world.ecs.service('apps', 'serviceB').taskDefinition).toBe(hotfix);
  });
});

describe('a rollback reverts and scales only what this deployment set', () => {
  it('keeps a hotfix deployed by hand to the stable service, and says so', async () => {
    routeAt(world, 25);
    deployByHand(world, 'serviceB', hotfix);

    const report = await rollback(document, deps);

    expect(world.ecs.service('apps', 'serviceB').taskDefinition).toBe(hotfix);
    expect(report.stable).toBe('kept');
    expect(report.services).toContain(
      `stable service serviceB: runs ${hotfix}, which this deployment did not deploy: kept as it is`,
    );
    expect(routeSpec(world)).toEqual(snapshotSpec);
    expect(report.complete).toBe(true);
  });

  it('reverts the stable service when it runs the revision this deployment promoted', async () => {
    const promoted = taskDefinitionArn('taskB', 8);
    world.ecs.addTaskDefinition({
      taskDefinitionArn: promoted,
      family: 'taskB',
      revision: 8,
      tags: [{ key: deploymentTagKey, value: document.deploymentId }],
    });
    world.ecs.service('apps', 'serviceB').taskDefinition = promoted;

    const report = await rollback(document, deps);

    expect(report.stable).toBe('reverted');
    expect(world.ecs.service('apps', 'serviceB').taskDefinition).toBe(stablePrevious);
  });

  it('keeps a stable revision another deployment promoted (a late rollback of an older canary)', async () => {
    const newer = taskDefinitionArn('taskB', 10);
    world.ecs.addTaskDefinition({
      taskDefinitionArn: newer,
      family: 'taskB',
      revision: 10,
      tags: [{ key: deploymentTagKey, value: 'gh-1300-1' }],
    });
    world.ecs.service('apps', 'serviceB').taskDefinition = newer;
    // That deployment's canary revision is on the canary service (at 0 once it promoted).
    deployByHand(world, 'serviceBv2', handDeployed);
    world.ecs.service('apps', 'serviceBv2').desiredCount = 0;

    const report = await rollback(document, deps);

    expect(report.stable).toBe('kept');
    expect(world.ecs.service('apps', 'serviceB').taskDefinition).toBe(newer);
    expect(mutatingCalls()).toEqual([]);
  });

  it('does not scale a canary service that runs someone else’s revision', async () => {
    deployByHand(world, 'serviceBv2', handDeployed);

    const report = await rollback(document, deps);

    expect(report.canary).toBe('kept');
    expect(world.ecs.service('apps', 'serviceBv2').desiredCount).toBe(2);
    expect(mutatingCalls()).toEqual([]);
  });

  it('sends no route back to a stable service with no task: the route and the canary stay, not complete', async () => {
    routeAt(world, 100);
    world.ecs.service('apps', 'serviceB').desiredCount = 0;

    const report = await rollback(document, deps);

    expect(report).toMatchObject({ complete: false, canaryStillRouted: ['serviceB'], canary: 'kept' });
    expect(report.notRestored[0]?.reason).toContain('stable service serviceB has 0 desired tasks');
    expect(mutatingCalls()).toEqual([]);
  });

  it('is idempotent: a second run sends no write', async () => {
    routeAt(world, 50);
    await rollback(document, deps);
    const before = mutatingCalls();

    const again = await rollback(document, deps);

    expect(mutatingCalls()).toEqual(before);
    expect(again).toMatchObject({ unchangedRoutes: ['serviceB'], canary: 'already-at-zero', complete: true });
  });
});

describe('promotion finishes around a non-weight edit', () => {
  it('returns the weights to the stable node, keeps the edit, and retires the canary', async () => {
    const edited = shiftRouteSpec(snapshotSpec, document.snapshot, 100, 'serviceB');
    edited.httpRoute!.timeout = { perRequest: { unit: 's', value: 15 } };
    setRoute(world, 'serviceB', edited, 5);

    const result = await finish(document, progressAt(2), deps);

    const expected = structuredClone(snapshotSpec);
    expected.httpRoute!.timeout = { perRequest: { unit: 's', value: 15 } };
    expect(routeSpec(world)).toEqual(expected);
    expect(result.reason).toContain('keeps an edit made outside this deployment');
    expect(world.ecs.service('apps', 'serviceBv2').desiredCount).toBe(0);
  });
});
