import '../orchestrator/lambda-env.js';
import { AppMeshClient } from '@aws-sdk/client-app-mesh';
import { ECSClient } from '@aws-sdk/client-ecs';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import {
  DescribeStateMachineCommand,
  ListExecutionsCommand,
  SFNClient,
  StartExecutionCommand,
  StateMachineDoesNotExist,
} from '@aws-sdk/client-sfn';
import { VPCLatticeClient } from '@aws-sdk/client-vpc-lattice';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { readerOf } from '../../src/config/inputs.js';
import { Ecs } from '../../src/ecs/index.js';
import { InputError } from '../../src/errors.js';
import { awsHealthReaders, healthClients } from '../../src/health/index.js';
import type { ModeDeps } from '../../src/modes/deps.js';
import { runMode } from '../../src/modes/outcome.js';
import { Executions } from '../../src/orchestrator/sfn.js';
import { renderTaskDefinition } from '../../src/taskdef/index.js';
import { appOnlyTaskDefinition } from '../orchestrator/fixtures.js';
import { createWorld, mocks, mutatingCalls, type World } from '../orchestrator/world.js';
import {
  canaryPrevious,
  executionArnOf,
  region,
  seedDocument,
  stableMachine,
  taskDefinitionArn,
} from './fixtures.js';

/**
 * The deploy's pre-flight holds every refusal: the lock (any phase of a running canary), the state machine,
 * the roles of the two services. Each is found before the first write.
 */
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

function deps(): ModeDeps {
  return {
    region,
    appMesh: new AppMeshClient({ region }),
    vpcLattice: new VPCLatticeClient({ region }),
    elbv2: new ElasticLoadBalancingV2Client({ region }),
    ecs: new Ecs(new ECSClient({ region })),
    health: awsHealthReaders(healthClients({ region })),
    executions: new Executions(new SFNClient({ region }), { baseDelayMs: 1, maxDelayMs: 2 }),
    now: () => new Date('2026-11-22T05:00:00Z'),
    sleep: async () => {},
    log: { info: () => {}, warn: () => {} },
  };
}

const deploy = (overrides: Record<string, string> = {}) =>
  runMode('deploy', readerOf({ ...inputs, ...overrides }), deps(), {
    source: { repository: 'octo/serviceb', sha: '9f8e7d6c5b', actor: 'octocat' },
    tempDir: process.env.TMPDIR ?? '/tmp',
  });

function expectNothingChanged() {
  expect(mutatingCalls()).toEqual([]);
  expect(mocks.sfn.commandCalls(StartExecutionCommand)).toHaveLength(0);
}

beforeEach(() => {
  world = createWorld(seedDocument());
  world.ecs.addService('apps', 'serviceBv2', canaryPrevious, 0);
  world.ecs.nextRollout = ['COMPLETED'];
});

describe('the lock comes before any write', () => {
  it('refuses while another canary runs on the route before its first shift (canary still at 0)', async () => {
    const running = executionArnOf('serviceB-1a2b3c4-20261122T045900Z');
    world.running.push({
      executionArn: running,
      startDate: new Date('2026-11-22T04:59:00Z'),
      input: JSON.stringify({
        document: seedDocument({ deploymentId: 'serviceB-1a2b3c4-20261122T045900Z' }),
      }),
    });

    const failure = await deploy().catch((error: unknown) => error);

    expect(failure).toMatchObject({ name: 'CanaryAlreadyRunning' });
    expect(String(failure)).toContain(`execution ${running} (deployment serviceB-1a2b3c4-20261122T045900Z`);
    expect(String(failure)).toContain('This deploy changed nothing');
    expectNothingChanged();
  });

  it('retries a throttled ListExecutions instead of reading it as "none running"', async () => {
    const running = executionArnOf('serviceB-1a2b3c4-20261122T045900Z');
    world.running.push({
      executionArn: running,
      startDate: new Date('2026-11-22T04:59:00Z'),
      input: JSON.stringify({ document: seedDocument() }),
    });
    const throttled = Object.assign(new Error('Rate exceeded'), {
      name: 'ThrottlingException',
      $metadata: { httpStatusCode: 400 },
    });
    const listed = mocks.sfn.commandCalls(ListExecutionsCommand).length;
    // Two throttles, then the world's answer.
    const fake = mocks.sfn.on(ListExecutionsCommand).rejectsOnce(throttled).rejectsOnce(throttled);
    fake.callsFake(({ statusFilter }) => ({
      executions:
        statusFilter === 'RUNNING'
          ? [
              {
                executionArn: running,
                stateMachineArn: stableMachine,
                status: 'RUNNING',
                startDate: new Date(),
              },
            ]
          : [],
    }));

    await expect(deploy()).rejects.toMatchObject({ name: 'CanaryAlreadyRunning' });
    expect(mocks.sfn.commandCalls(ListExecutionsCommand).length - listed).toBe(3);
    expectNothingChanged();
  });
});

describe('the state machine is checked before any write', () => {
  it('refuses one that does not exist in this account and region', async () => {
    mocks.sfn
      .on(DescribeStateMachineCommand)
      .rejects(new StateMachineDoesNotExist({ message: 'State Machine Does Not Exist', $metadata: {} }));

    const failure = await deploy().catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(InputError);
    expect((failure as InputError).input).toBe('state-machine-arn');
    expect(mocks.ecs.calls()).toHaveLength(0);
    expectNothingChanged();
  });
});

describe('the canary and the stable service are told apart', () => {
  /** A revision of the canary service's family that runs the Envoy of `node`. */
  function canaryServiceServes(node: string) {
    const rendered = renderTaskDefinition(
      { ...appOnlyTaskDefinition(), family: 'taskBv2' },
      { region, account: '123456789012', mesh: 'apps', virtualNode: node },
    );
    const arn = taskDefinitionArn('taskBv2', 6);
    world.ecs.addTaskDefinition({ ...rendered, taskDefinitionArn: arn, revision: 6 });
    world.ecs.addService('apps', 'serviceBv2', arn, 3);
  }

  it('refuses a canary service that runs the stable node (service and stable-service swapped)', async () => {
    canaryServiceServes('serviceB');

    const failure = await deploy().catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(InputError);
    expect((failure as InputError).input).toBe('service');
    expect(String(failure)).toContain('runs the Envoy of the stable virtual node serviceB');
    expectNothingChanged();
  });

  it('accepts a canary service that runs the canary node', async () => {
    canaryServiceServes('serviceBv2');
    await expect(deploy({ 'dry-run': 'true' })).resolves.toMatchObject({ outputs: expect.any(Object) });
    expectNothingChanged();
  });

  it('refuses while the stable service has no task: a rollback could not return traffic to it', async () => {
    world.ecs.service('apps', 'serviceB').desiredCount = 0;
    await expect(deploy()).rejects.toThrow('stable service serviceB has 0 running of 0 desired tasks');
    expectNothingChanged();
  });
});
