import '../orchestrator/lambda-env.js';
import { AppMeshClient, UpdateRouteCommand } from '@aws-sdk/client-app-mesh';
import { ECSClient, RegisterTaskDefinitionCommand, UpdateServiceCommand } from '@aws-sdk/client-ecs';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import {
  GetExecutionHistoryCommand,
  SFNClient,
  StartExecutionCommand,
  StopExecutionCommand,
} from '@aws-sdk/client-sfn';
import { VPCLatticeClient } from '@aws-sdk/client-vpc-lattice';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { readerOf } from '../../src/config/inputs.js';
import { Ecs } from '../../src/ecs/index.js';
import { InputError } from '../../src/errors.js';
import { awsHealthReaders, healthClients } from '../../src/health/index.js';
import type { ModeDeps } from '../../src/modes/deps.js';
import { runMode } from '../../src/modes/outcome.js';
import { parseExecutionDocument } from '../../src/orchestrator/document.js';
import { deploymentTagKey } from '../../src/orchestrator/services.js';
import { Executions } from '../../src/orchestrator/sfn.js';
import { shiftRouteSpec } from '../../src/routing/app-mesh/index.js';
import { createWorld, mocks, mutatingCalls, routeSpec, setRoute, type World } from '../orchestrator/world.js';
import {
  canaryPrevious,
  executionArnOf,
  region,
  seedDocument,
  stableMachine,
  stablePrevious,
  taskDefinitionArn,
} from './fixtures.js';
import { HistoryBuilder } from './history.js';

const inputs = {
  'task-definition': '__tests__/support/fixtures/taskB-fargate-app-only.json',
  image: '123456789012.dkr.ecr.us-west-2.amazonaws.com/serviceb:v3',
  cluster: 'apps',
  service: 'serviceBv2',
  'stable-service': 'serviceB',
  mesh: 'apps',
  'virtual-router': 'serviceB',
  'stable-node': 'serviceB',
  'canary-node': 'serviceBv2',
  'alarm-names': 'serviceBv2-5xx',
  'state-machine-arn': stableMachine,
};

let world: World;
let lines: string[];

function deps(): ModeDeps {
  lines = [];
  return {
    region,
    appMesh: new AppMeshClient({ region }),
    vpcLattice: new VPCLatticeClient({ region }),
    elbv2: new ElasticLoadBalancingV2Client({ region }),
    ecs: new Ecs(new ECSClient({ region })),
    health: awsHealthReaders(healthClients({ region })),
    executions: new Executions(new SFNClient({ region })),
    now: () => new Date('2026-11-22T05:00:00Z'),
    sleep: async () => {},
    log: { info: (line: string) => lines.push(line), warn: (line: string) => lines.push(`warning: ${line}`) },
  };
}

const run = (mode: 'deploy' | 'rollback' | 'status', overrides: Record<string, string> = {}) =>
  runMode(mode, readerOf({ ...inputs, ...overrides }), deps(), {
    source: { repository: 'octo/serviceb', sha: '9f8e7d6c5b', actor: 'octocat' },
    tempDir: process.env.TMPDIR ?? '/tmp',
  });

beforeEach(() => {
  world = createWorld(seedDocument());
  world.ecs.addService('apps', 'serviceBv2', canaryPrevious, 0);
  world.ecs.nextRollout = ['COMPLETED'];
});

describe('mode deploy', () => {
  it('starts the execution with the schema-checked document, follows it once in order, and fails on a rollback', async () => {
    const snapshotSpec = routeSpec(world);
    mocks.sfn.on(StartExecutionCommand).callsFake(({ name }) => ({
      executionArn: executionArnOf(name),
      startDate: new Date(),
    }));
    // The history grows between polls: the follower must print each event once, in order.
    let history: HistoryBuilder | undefined;
    let polls = 0;
    mocks.sfn.on(GetExecutionHistoryCommand).callsFake(() => {
      polls += 1;
      const events = history?.events ?? [];
      return { events: polls === 1 ? events.slice(0, 5) : events };
    });
    mocks.sfn.on(StartExecutionCommand).callsFake(({ name, input }) => {
      history = new HistoryBuilder(JSON.parse(input).document)
        .shift(0)
        .check(0, 'PASS', { pct: 0.2, requests: 1204 }, 0.1)
        .shift(1)
        .check(1, 'FAIL', { pct: 4.8, requests: 2013 }, 0.2)
        .rollback()
        .failed('HealthCheckFailed', 'FAIL at 50% (step 2 of 3): alarm serviceBv2-5xx is in ALARM');
      return { executionArn: executionArnOf(name), startDate: new Date() };
    });

    const outcome = await run('deploy');

    const start = mocks.sfn.commandCalls(StartExecutionCommand);
    expect(start).toHaveLength(1);
    const { stateMachineArn, name, input } = start[0]!.args[0].input;
    const sent = JSON.parse(input!);
    expect(sent).toEqual({ document: parseExecutionDocument(sent.document) });
    const registered = world.ecs.registered[0]!.taskDefinitionArn;
    expect(stateMachineArn).toBe(stableMachine);
    expect(name).toBe('serviceB-9f8e7d6-20261122T050000Z');
    expect(sent.document).toMatchObject({
      deploymentId: name,
      source: { repository: 'octo/serviceb', sha: '9f8e7d6c5b', actor: 'octocat' },
      snapshot: {
        mesh: 'apps',
        virtualRouter: 'serviceB',
        routes: [{ routeName: 'serviceB', spec: snapshotSpec }],
      },
      stableService: { cluster: 'apps', service: 'serviceB', previousTaskDefinitionArn: stablePrevious },
      // The canary was left at 0 by the last canary: it gets the stable service's count.
      canaryService: {
        previousTaskDefinitionArn: canaryPrevious,
        newTaskDefinitionArn: registered,
        desiredCount: 3,
      },
      steps: [
        { weight: 25, bakeSeconds: 300 },
        { weight: 50, bakeSeconds: 300 },
        { weight: 100, bakeSeconds: 300 },
      ],
      checkIntervalSeconds: 60,
      health: { windowSeconds: 60, alarmNames: ['serviceBv2-5xx'] },
    });

    const timeline = lines.filter((line) => /^(step|check|rolling|canary) /.test(line));
    expect(timeline).toEqual([
      'step 1: 25% → canary',
      'check 1 at 25%: canary 0.2% 5xx (1,204 req) vs stable 0.1% — PASS',
      'step 2: 50% → canary',
      'check 2 at 50%: canary 4.8% 5xx (2,013 req) vs stable 0.2% — FAIL',
      'rolling back: restored route serviceB; canary service serviceBv2: scaled to 0',
      'canary FAILED: HealthCheckFailed: FAIL at 50% (step 2 of 3): alarm serviceBv2-5xx is in ALARM',
    ]);
    expect(outcome.failure).toBe(
      'canary rolled back (FAILED): HealthCheckFailed: FAIL at 50% (step 2 of 3): alarm serviceBv2-5xx is in ALARM',
    );
    expect(outcome.outputs).toMatchObject({ status: 'FAILED', 'task-definition-arn': registered });
    expect(JSON.parse(outcome.outputs['final-weights']!)[0].targets).toEqual([
      { target: 'serviceB', weight: 100 },
    ]);
    expect(outcome.summary).toContain('| 2 | 50% |');
  });

  const bad: [string, Record<string, string>, string][] = [
    ['steps not ascending', { steps: '50,25,100' }, 'steps'],
    ['steps without 100', { steps: '25,50' }, 'steps'],
    ['a bake time of 5x', { 'bake-time': '5x' }, 'bake-time'],
    ['no state machine', { 'state-machine-arn': '' }, 'state-machine-arn'],
    ['no stable service', { 'stable-service': '' }, 'stable-service'],
    ['same node twice', { 'canary-node': 'serviceB' }, 'canary-node'],
    ['no health source', { 'alarm-names': '' }, 'alarm-names'],
    [
      'not waiting for the canary service',
      { 'wait-for-service-stability': 'false' },
      'wait-for-service-stability',
    ],
    ['an unknown mode', { mode: 'approve' }, 'mode'],
    ['the stable service as the canary service', { service: 'serviceB' }, 'service'],
    ['desired-count 0', { 'desired-count': '0' }, 'desired-count'],
    [
      'a state machine in another region',
      { 'state-machine-arn': 'arn:aws:states:eu-west-1:123456789012:stateMachine:appmesh-canary' },
      'state-machine-arn',
    ],
  ];
  it.each(bad)(
    '%s: refused with the input named, nothing sent that changes anything',
    async (_title, overrides, input) => {
      const error = await (overrides.mode ? runModeOf(overrides) : run('deploy', overrides)).catch(
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).input).toBe(input);
      expect(mutatingCalls()).toEqual([]);
      expect(mocks.sfn.commandCalls(StartExecutionCommand)).toHaveLength(0);
    },
  );

  it('refuses when the canary already holds weight (a canary running or left behind), before any change', async () => {
    setRoute(
      world,
      'serviceB',
      shiftRouteSpec(routeSpec(world), { stableNode: 'serviceB', canaryNode: 'serviceBv2' }, 25, 'serviceB'),
    );
    await expect(run('deploy')).rejects.toThrow(/serviceBv2/);
    expect(mutatingCalls()).toEqual([]);
  });
});

async function runModeOf(overrides: Record<string, string>) {
  const { modeOf } = await import('../../src/modes/outcome.js');
  return modeOf(readerOf({ ...inputs, ...overrides }));
}

describe('mode rollback', () => {
  const runningArn = executionArnOf('serviceB-1a2b3c4-20261122T043000Z');

  function canaryRunningAt(weight: number, onStop: () => void) {
    const document = seedDocument();
    setRoute(world, 'serviceB', shiftRouteSpec(routeSpec(world), document.snapshot, weight, 'serviceB'));
    world.running.push({
      executionArn: runningArn,
      startDate: new Date(),
      input: JSON.stringify({ document }),
    });
    mocks.sfn.on(StopExecutionCommand).callsFake(() => {
      world.running = [];
      onStop();
      return { stopDate: new Date() };
    });
    return document;
  }

  it('stops a running canary and reports the routes the guard restored', async () => {
    const document = canaryRunningAt(50, () =>
      setRoute(world, 'serviceB', document.snapshot.routes[0]!.spec),
    );

    const outcome = await run('rollback');

    expect(mocks.sfn).toHaveReceivedCommandWith(StopExecutionCommand, {
      executionArn: runningArn,
      error: 'ManualRollback',
      cause: 'rolled back by hand by octocat',
    });
    expect(outcome.outputs).toEqual({ status: 'stopped-running-canary', 'execution-arn': runningArn });
    expect(outcome.summary).toContain('restored by the guard');
    expect(routeSpec(world)).toEqual(document.snapshot.routes[0]!.spec);
  });

  it('restores the routes itself when the guard does not within rollback-wait-seconds', async () => {
    const document = canaryRunningAt(25, () => {});

    const outcome = await run('rollback', { 'rollback-wait-seconds': '0' });

    expect(outcome.summary).toContain('restored by the Action');
    expect(routeSpec(world)).toEqual(document.snapshot.routes[0]!.spec);
    expect(mocks.appMesh.commandCalls(UpdateRouteCommand)).toHaveLength(1);
    expect(world.ecs.service('apps', 'serviceBv2').desiredCount).toBe(0);
  });

  const lastArn = executionArnOf('serviceB-0a1b2c3-20261121T090000Z');
  const promoted = taskDefinitionArn('taskB', 8);

  /** The last canary on the route ended with this status; promotion (when copy) set `promoted` on the stable. */
  function lastCanary(status: 'SUCCEEDED' | 'FAILED', changes = {}, error?: string) {
    const document = seedDocument(changes);
    world.ended.push({
      executionArn: lastArn,
      startDate: new Date('2026-11-21T09:00:00Z'),
      status,
      input: JSON.stringify({ document }),
      ...(error ? { error } : {}),
    });
    world.ecs.addTaskDefinition({
      taskDefinitionArn: promoted,
      family: 'taskB',
      revision: 8,
      tags: [{ key: deploymentTagKey, value: document.deploymentId }],
    });
    return document;
  }

  it('returns the stable service of the last promoted canary to its previous task definition', async () => {
    lastCanary('SUCCEEDED');
    world.ecs.addService('apps', 'serviceB', promoted, 3);

    const outcome = await run('rollback');

    expect(outcome.outputs).toEqual({ status: 'reverted-promotion', 'execution-arn': lastArn });
    expect(outcome.failure).toBeUndefined();
    expect(mocks.ecs).toHaveReceivedCommandWith(UpdateServiceCommand, {
      cluster: 'apps',
      service: 'serviceB',
      taskDefinition: stablePrevious,
    });
    expect(world.ecs.service('apps', 'serviceB').taskDefinition).toBe(stablePrevious);
    expect(mocks.appMesh.commandCalls(UpdateRouteCommand)).toHaveLength(0);
  });

  it('refuses to revert a stable service someone deployed after the promotion, and changes nothing', async () => {
    lastCanary('SUCCEEDED');
    const handDeployed = taskDefinitionArn('taskB', 9);
    world.ecs.addTaskDefinition({ taskDefinitionArn: handDeployed, family: 'taskB', revision: 9 });
    world.ecs.addService('apps', 'serviceB', handDeployed, 3);

    const outcome = await run('rollback');

    expect(outcome.outputs.status).toBe('refused');
    expect(outcome.failure).toContain(`stable service serviceB: runs ${handDeployed}`);
    expect(outcome.failure).toContain("would undo someone else's deploy");
    expect(mutatingCalls()).toEqual([]);
    expect(world.ecs.service('apps', 'serviceB').taskDefinition).toBe(handDeployed);
  });

  it('restores a route the last canary left split when its own rollback failed (RollbackFailed)', async () => {
    const document = lastCanary('FAILED', {}, 'RollbackFailed');
    setRoute(world, 'serviceB', shiftRouteSpec(routeSpec(world), document.snapshot, 25, 'serviceB'));
    world.ecs.addService('apps', 'serviceBv2', document.canaryService.newTaskDefinitionArn, 2);

    const outcome = await run('rollback');

    expect(outcome.outputs).toEqual({ status: 'restored-last-canary', 'execution-arn': lastArn });
    expect(routeSpec(world)).toEqual(document.snapshot.routes[0]!.spec);
    expect(world.ecs.service('apps', 'serviceBv2').desiredCount).toBe(0);
  });

  it('sends the routes back to the stable node after promotion none', async () => {
    const document = lastCanary('SUCCEEDED', { promotion: 'none' });
    setRoute(world, 'serviceB', shiftRouteSpec(routeSpec(world), document.snapshot, 100, 'serviceB'));
    world.ecs.addService('apps', 'serviceBv2', document.canaryService.newTaskDefinitionArn, 2);

    const outcome = await run('rollback');

    expect(outcome.outputs.status).toBe('restored-last-canary');
    expect(routeSpec(world)).toEqual(document.snapshot.routes[0]!.spec);
    expect(world.ecs.service('apps', 'serviceB').taskDefinition).toBe(stablePrevious);
    expect(world.ecs.service('apps', 'serviceBv2').desiredCount).toBe(0);
  });

  it('says so and changes nothing when there is nothing to roll back', async () => {
    const outcome = await run('rollback');

    expect(outcome.outputs).toEqual({ status: 'nothing-to-roll-back' });
    expect(mutatingCalls()).toEqual([]);
    expect(mocks.sfn.commandCalls(StopExecutionCommand)).toHaveLength(0);
    expect(mocks.ecs.commandCalls(RegisterTaskDefinitionCommand)).toHaveLength(0);
  });
});

describe('mode status', () => {
  it('prints the weights of each route and where the running canary stands', async () => {
    const document = seedDocument();
    const arn = executionArnOf('serviceB-1a2b3c4-20261122T043000Z');
    setRoute(world, 'serviceB', shiftRouteSpec(routeSpec(world), document.snapshot, 50, 'serviceB'));
    world.running.push({ executionArn: arn, startDate: new Date(), input: JSON.stringify({ document }) });
    const history = new HistoryBuilder(document)
      .shift(0)
      .check(0, 'PASS', { pct: 0.1, requests: 800 }, 0.1)
      .shift(1)
      .check(1, 'INCONCLUSIVE', { pct: 0, requests: 12 }, 0.1);
    mocks.sfn.on(GetExecutionHistoryCommand).resolves({ events: history.events });

    const outcome = await run('status');

    expect(lines).toEqual([
      'route serviceB (httpRoute, version 9): serviceB 50, serviceBv2 50',
      `running: ${document.deploymentId} at 50%; check 2 at 50%: canary 0.0% 5xx (12 req) vs stable 0.1% — INCONCLUSIVE`,
    ]);
    expect(outcome.outputs).toMatchObject({ status: 'RUNNING', 'execution-arn': arn });
    expect(mutatingCalls()).toEqual([]);
  });
});
