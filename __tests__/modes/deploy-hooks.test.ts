import '../orchestrator/lambda-env.js';
import { readFileSync } from 'node:fs';
import { AppMeshClient } from '@aws-sdk/client-app-mesh';
import { ECSClient } from '@aws-sdk/client-ecs';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { DescribeStateMachineCommand, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { VPCLatticeClient } from '@aws-sdk/client-vpc-lattice';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { readerOf } from '../../src/config/inputs.js';
import { Ecs } from '../../src/ecs/index.js';
import { InputError } from '../../src/errors.js';
import { awsHealthReaders, healthClients } from '../../src/health/index.js';
import type { ModeDeps } from '../../src/modes/deps.js';
import { runMode } from '../../src/modes/outcome.js';
import { allowlistSubstitutionValue, type HookAllowlist } from '../../src/orchestrator/hooks/allowlist.js';
import { Executions } from '../../src/orchestrator/sfn.js';
import { createWorld, mocks, mutatingCalls, type World } from '../orchestrator/world.js';
import { canaryPrevious, region, seedDocument, stableMachine } from './fixtures.js';

/** The deploy's pre-flight refuses a hook the orchestrator stack may not call, before any write. */
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
  'wait-for-completion': 'false',
};

const smoke = `arn:aws:lambda:${region}:123456789012:function:smoke`;
const smokeTask = `arn:aws:ecs:${region}:123456789012:task-definition/smoke`;
const smokeRole = 'arn:aws:iam::123456789012:role/smoke-task';
const connection = `arn:aws:events:${region}:123456789012:connection/hooks/4f5e6d7c`;

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

/** The stack's state machine as DescribeStateMachine returns it: deployed with this allowlist, or from before hooks. */
function deployedWith(allowlist: HookAllowlist | 'before-hooks') {
  const text = readFileSync('statemachine/canary.asl.json', 'utf8');
  const definition =
    allowlist === 'before-hooks'
      ? JSON.stringify({ StartAt: 'Init', States: { Init: { Type: 'Succeed' } } })
      : text.replace(['$', '{HookAllowlist}'].join(''), allowlistSubstitutionValue(allowlist));
  mocks.sfn.on(DescribeStateMachineCommand).resolves({ stateMachineArn: stableMachine, definition });
}

const allowing = (changes: Partial<HookAllowlist> = {}): HookAllowlist => ({
  functions: [smoke],
  taskDefinitions: [smokeTask],
  passRoles: [smokeRole],
  connections: [{ connectionArn: connection, endpoints: ['https://hooks.example.com/canary/'] }],
  ...changes,
});

const deploy = (overrides: Record<string, string> = {}) =>
  runMode('deploy', readerOf({ ...inputs, ...overrides }), deps(), {
    source: { repository: 'octo/serviceb', sha: '9f8e7d6c5b', actor: 'octocat' },
    tempDir: process.env.TMPDIR ?? '/tmp',
  });

function expectNothingChanged() {
  expect(mutatingCalls()).toEqual([]);
  expect(mocks.sfn.commandCalls(StartExecutionCommand)).toHaveLength(0);
}

async function refusal(overrides: Record<string, string>): Promise<InputError> {
  const failure = await deploy(overrides).catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(InputError);
  return failure as InputError;
}

beforeEach(() => {
  world = createWorld(seedDocument());
  world.ecs.addService('apps', 'serviceBv2', canaryPrevious, 0);
  world.ecs.nextRollout = ['COMPLETED'];
  world.ecs.addTaskDefinition({
    taskDefinitionArn: `${smokeTask}:3`,
    family: 'smoke',
    revision: 3,
    taskRoleArn: smokeRole,
    containerDefinitions: [
      { name: 'smoke', image: 'smoke:1', essential: true },
      { name: 'log-router', image: 'fluent-bit:1', essential: false },
    ],
  });
});

describe('hooks in the deploy pre-flight', () => {
  it('puts each allowed hook in the document, with what its state needs, and starts the canary', async () => {
    deployedWith(allowing());
    mocks.sfn.on(StartExecutionCommand).resolves({
      executionArn: `${stableMachine.replace(':stateMachine:', ':execution:')}:started`,
      startDate: new Date('2026-11-22T05:00:00Z'),
    });

    await deploy({
      hooks: [
        `after-canary-stable: ${smokeTask}:3`,
        `after-shift: ${smoke}`,
        'before-promotion: https://hooks.example.com/canary/verify',
      ].join('\n'),
      'hook-interval': '20s',
      'hook-timeout': '5m',
    });

    const started = mocks.sfn.commandCalls(StartExecutionCommand);
    expect(started).toHaveLength(1);
    const { document } = JSON.parse(started[0]!.args[0].input.input!);
    expect(document.hooks).toEqual({
      intervalSeconds: 20,
      timeoutSeconds: 300,
      afterCanaryStable: [
        {
          kind: 'ecs-task',
          target: `${smokeTask}:3`,
          cluster: 'apps',
          awsvpcConfiguration: {
            subnets: ['subnet-0a1b'],
            securityGroups: ['sg-0c2d'],
            assignPublicIp: 'DISABLED',
          },
          placement: { launchType: 'FARGATE' },
          containers: ['smoke', 'log-router'],
          essential: ['smoke'],
        },
      ],
      afterShift: [{ kind: 'lambda', target: smoke }],
      beforePromotion: [
        { kind: 'https', target: 'https://hooks.example.com/canary/verify', connectionArn: connection },
      ],
    });
  });

  it('refuses a Lambda the stack may not call, naming the context key to add, before any write', async () => {
    deployedWith(allowing({ functions: [] }));
    const error = await refusal({ hooks: `test-traffic: ${smoke}`, 'test-traffic-header': 'x-canary: true' });
    expect(error.input).toBe('hooks');
    expect(error.message).toContain(
      `test-traffic hook ${smoke} is not a target the orchestrator stack may call`,
    );
    expect(error.message).toContain(`-c hookFunctions=${smoke}`);
    expectNothingChanged();
  });

  it('refuses every hook on a stack from before hooks: redeploy the orchestrator', async () => {
    deployedWith('before-hooks');
    const error = await refusal({ hooks: `after-shift: ${smoke}` });
    expect(error.message).toMatch(/carries no hook allowlist: .*Redeploy the orchestrator/);
    expectNothingChanged();
  });

  it('refuses an https hook no connection covers, and a task whose role the stack may not pass', async () => {
    deployedWith(allowing());
    const https = await refusal({ hooks: 'after-shift: https://other.example.com/verify' });
    expect(https.message).toContain('-c hookConnections=');
    expect(https.message).toContain('"endpoints": ["https://other.example.com/"]');
    deployedWith(allowing({ passRoles: [] }));
    const task = await refusal({ hooks: `after-shift: ${smokeTask}:3` });
    expect(task.message).toContain(`-c hookPassRoles=${smokeRole}`);
    expectNothingChanged();
  });

  it('refuses bad hook input before any AWS call', async () => {
    deployedWith(allowing());
    const error = await refusal({ hooks: 'after-shift: http://hooks.example.com/' });
    expect(error.input).toBe('hooks');
    expect(mocks.sfn.calls()).toHaveLength(0);
    expect(mocks.ecs.calls()).toHaveLength(0);
    expect(mocks.appMesh.calls()).toHaveLength(0);
  });
});

describe('hooks and the execution timeout', () => {
  it('refuses hooks whose timeouts could outlast the execution, naming hook-timeout', async () => {
    const text = readFileSync('statemachine/canary.asl.json', 'utf8');
    const definition = JSON.parse(
      text.replace(['$', '{HookAllowlist}'].join(''), allowlistSubstitutionValue(allowing())),
    );
    mocks.sfn.on(DescribeStateMachineCommand).resolves({
      stateMachineArn: stableMachine,
      definition: JSON.stringify({ ...definition, TimeoutSeconds: 7200 }),
    });
    // Three steps of 5 minutes fit in 2 hours; an after-shift hook of up to 1 hour per step does not.
    const error = await refusal({ hooks: `after-shift: ${smoke}`, 'hook-timeout': '1h' });
    expect(error.input).toBe('hook-timeout');
    expect(error.message).toContain('hooks to their timeout');
    expectNothingChanged();
  });
});
