import { mkdtempSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { settingsFromContext } from '../../infra/context.js';
import { routersOf } from '../../infra/props.js';
import type { LocalStack } from '../../local/index.js';
import { seedNames } from '../../local/seed/seed.js';
import { action, imageOf, until } from './harness.js';
import { initWritesSince, itFinishesStoppedRuns } from './init-stopped-runs.js';
import { canaryStepOf, cdkContextOf, inputsOf, stepsOf } from './init-workflows.js';
import {
  type AlbInitWorld,
  albInitWorld,
  canaryGroup,
  canaryService,
  initStack,
  stableRegistration,
} from './init-world.js';
import { mutatingCallsSince } from './router-world.js';

/**
 * `appmesh-canary init --router alb` with the real CLI bundle against a local stack that has only the stable
 * side: serviceB, its target group and the rule forwarding to it. Every test leaves the stack as it found it.
 */
let stack: LocalStack;
let world: AlbInitWorld;
/** The stable side before any init: what --remove must leave byte for byte. */
let before: unknown;

beforeAll(async () => {
  stack = await initStack('alb');
  world = albInitWorld(stack);
  before = await world.stableSide();
});

afterAll(async () => {
  await stack?.settled();
  world?.close();
  await stack?.stop();
});

/** The writes the CLI made since call number `mark`, in order (a refused call is not one). */
const writesSince = (mark: number) => initWritesSince(stack, mark, /^(Create|Modify|Delete|Update)/);

const creation = [
  'elbv2:CreateTargetGroup',
  'elbv2:ModifyTargetGroupAttributes',
  'elbv2:ModifyRule',
  'ecs:CreateService',
];
const removal = ['ecs:DeleteService', 'elbv2:ModifyRule', 'elbv2:DeleteTargetGroup'];

describe('init --router alb plans, creates once, and removes what it created', () => {
  it('plans every write without making one', async () => {
    const mark = stack.calls.calls.length;
    const run = await world.init([]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Canary side of serviceB (cluster apps, router alb):');
    expect(run.stdout).toMatch(
      /\n {2}create {2}target group serviceB-canary \(HTTP:9080, VPC vpc-0a5c0ffee0ba5eb00, target type ip, health check HTTP \/health every 15 s, codes 200-299; tags team=payments, app=serviceb, appmesh-canary:created-by=init\)\n/,
    );
    expect(run.stdout).toContain(
      "  set     attributes of serviceB-canary as serviceB's: deregistration_delay.timeout_seconds=30, slow_start.duration_seconds=60",
    );
    expect(run.stdout).toMatch(
      / {2}add {5}serviceB-canary at weight 0 to ALB rule \w+ of listener \w+ \(load balancer apps\) \(forward: serviceB 1, serviceB-canary 0\)/,
    );
    expect(run.stdout).toContain(
      '  create  ECS service serviceB-canary in cluster apps (FARGATE 1.4.0, 0 tasks of taskB:1, registers app:9080 in serviceB-canary, circuit breaker with rollback, propagates tags from SERVICE, ECS Exec on)',
    );
    expect(run.stdout).toContain('4 writes to make; run again with --apply to make them.');
    expect(mutatingCallsSince(stack, mark)).toEqual([]);
  });

  it('creates the clone in four writes; a second init finds it complete', async () => {
    const mark = stack.calls.calls.length;
    const applied = await world.init(['--apply']);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('4 writes made.');
    expect(writesSince(mark)).toEqual(creation);

    const stable = await world.targetGroup('serviceB');
    const canary = await world.targetGroup(canaryGroup);
    const {
      TargetGroupArn: _s,
      TargetGroupName: _sn,
      LoadBalancerArns: _sl,
      ...stableSettings
    } = stable!.group;
    const {
      TargetGroupArn: _c,
      TargetGroupName: canaryName,
      LoadBalancerArns,
      ...canarySettings
    } = canary!.group;
    expect({ canaryName, canarySettings }).toEqual({
      canaryName: canaryGroup,
      canarySettings: stableSettings,
    });
    expect(LoadBalancerArns).toEqual(stable!.group.LoadBalancerArns);
    expect(canary!.attributes).toEqual(stable!.attributes);
    expect(canary!.tags).toEqual([...stable!.tags, { Key: 'appmesh-canary:created-by', Value: 'init' }]);
    expect(stack.albForward().map(({ targetGroup, weight }) => ({ targetGroup, weight }))).toEqual([
      { targetGroup: 'serviceB', weight: 1 },
      { targetGroup: canaryGroup, weight: 0 },
    ]);

    const stableService = await world.service(seedNames.stableService);
    const created = await world.service(canaryService);
    expect(created).toEqual(
      expect.objectContaining({
        serviceName: canaryService,
        desiredCount: 0,
        taskDefinition: stableService!.taskDefinition,
        launchType: stableService!.launchType,
        platformVersion: stableService!.platformVersion,
        networkConfiguration: stableService!.networkConfiguration,
        deploymentConfiguration: stableService!.deploymentConfiguration,
        healthCheckGracePeriodSeconds: stableService!.healthCheckGracePeriodSeconds,
        propagateTags: stableService!.propagateTags,
        enableECSManagedTags: stableService!.enableECSManagedTags,
        enableExecuteCommand: stableService!.enableExecuteCommand,
        loadBalancers: [{ ...stableRegistration, targetGroupArn: canary!.group.TargetGroupArn }],
        tags: [...stableService!.tags!, { key: 'appmesh-canary:created-by', value: 'init' }],
      }),
    );

    const again = stack.calls.calls.length;
    const second = await world.init([]);
    expect(second.stdout).toContain('Nothing to do: the canary side is complete.');
    expect(second.stdout).toContain('  exists  target group serviceB-canary (created by init)');
    expect(mutatingCallsSince(stack, again)).toEqual([]);
  });

  it('refuses to remove while the canary has weight or tasks, before any write', async () => {
    await world.setCanaryWeight(1);
    let mark = stack.calls.calls.length;
    const weighted = await world.init(['--remove', '--apply']);
    expect(weighted.code).toBe(1);
    expect(weighted.stderr).toMatch(
      /input "listener-rule-arn": .* gives serviceB-canary weight 1: a canary runs/,
    );
    expect(mutatingCallsSince(stack, mark)).toEqual([]);
    await world.setCanaryWeight(0);

    await world.scaleCanary(1);
    mark = stack.calls.calls.length;
    const running = await world.init(['--remove', '--apply']);
    expect(running.code).toBe(1);
    expect(running.stderr).toContain('input "canary-service": service serviceB-canary wants 1 tasks');
    expect(mutatingCallsSince(stack, mark)).toEqual([]);
    await world.scaleCanary(0);
    await until(() => stack.service(canaryService).runningCount === 0, 10_000, 'the canary at 0 tasks');
  });

  it('removes what it created, in the reverse order; the stable side is as before', async () => {
    const mark = stack.calls.calls.length;
    const removed = await world.init(['--remove', '--apply']);
    expect(removed.code).toBe(0);
    expect(removed.stdout).toContain('3 deletions made.');
    expect(writesSince(mark)).toEqual(removal);
    expect(await world.stableSide()).toEqual(before);
    expect(await world.targetGroup(canaryGroup)).toBeUndefined();
    expect(await world.service(canaryService)).toBeUndefined();

    const again = await world.init(['--remove']);
    expect(again.stdout).toContain('Nothing to remove: init created nothing that is still there.');
  });
});

describe('a run stopped after any write is finished by the next', () => {
  itFinishesStoppedRuns({
    stack: () => stack,
    init: (args) => world.init(args),
    stableSide: () => world.stableSide(),
    before: () => before,
    writesSince,
    creation,
    removal,
    deniedCode: 'AccessDenied',
    canaryLeft: () => world.targetGroup(canaryGroup),
  });
});

describe('bad input and conflicts are refused before any write, naming the input', () => {
  const cases: Array<[string, () => Promise<string[]> | string[], RegExp]> = [
    ['no rule', () => ['--listener-rule-arn', ''], /input "listener-rule-arn": .*Set it to the ARN/],
    [
      'a malformed rule ARN',
      () => ['--listener-rule-arn', 'rule-10'],
      /input "listener-rule-arn": "rule-10" is not a listener rule ARN/,
    ],
    [
      'an unknown stable service',
      () => ['--stable-service', 'serviceZ'],
      /input "stable-service": no active service serviceZ in cluster apps/,
    ],
    [
      'a canary named as the stable',
      () => ['--canary-service', 'serviceB'],
      /input "canary-service": must differ from stable-service/,
    ],
    [
      'a canary target group name too long',
      () => ['--canary-target-group', 'a-target-group-name-of-33-letters'],
      /input "canary-target-group": "a-target-group-name-of-33-letters" is not a target group name: .*\(it has 33 characters/,
    ],
    [
      'a rule that does not forward to the stable service',
      () => ['--listener-rule-arn', world.otherRuleArn],
      /input "listener-rule-arn": ALB rule \w+ of listener \w+ \(load balancer apps\) forwards to serviceB-legacy 1, and serviceB registers its tasks in target groups: serviceB; give the rule that forwards to the stable service/,
    ],
    [
      'a canary target group of the same name that differs',
      () => ['--canary-target-group', world.differentGroup],
      /input "canary-target-group": target group serviceB-8080 exists and differs from the clone of serviceB init would create: Port 8080 \(serviceB's: 9080\); HealthCheckPath \/ \(serviceB's: \/health\)/,
    ],
    [
      'a canary service of the same name that differs',
      () => ['--canary-service', world.differentService],
      /input "canary-service": service serviceB-old exists in cluster apps and differs from the canary init would create: .*loadBalancers \[\] \(would be \[\{"targetGroupArn":"\(the canary target group\)","containerName":"app","containerPort":9080\}\]\)/,
    ],
  ];

  it.each(cases)('%s', async (_what, args, message) => {
    const mark = stack.calls.calls.length;
    const run = await world.init(await args());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(mutatingCallsSince(stack, mark)).toEqual([]);
  });
});

describe('the setup init writes, used as written', () => {
  let github: Server;
  let apiUrl: string;

  beforeAll(async () => {
    github = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        const created = request.method === 'POST';
        response.writeHead(created ? 201 : 200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(created ? { id: 7 } : []));
      });
    });
    await new Promise<void>((resolve) => github.listen(0, '127.0.0.1', resolve));
    apiUrl = `http://127.0.0.1:${(github.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => github?.close(resolve));
  });

  it('a deploy promotes a healthy version, the rollback workflow reverts it, a 5xx one rolls back; --remove leaves the stable side as before', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'appmesh-canary-init-'));
    const applied = await world.init(['--apply', '--write', directory]);
    expect(applied.code).toBe(0);
    const workflows = join(directory, '.github', 'workflows');
    expect(readdirSync(workflows).sort()).toEqual([
      'deploy-serviceb.yml',
      'promote-serviceb.yml',
      'rollback-serviceb.yml',
    ]);

    // The printed cdk command's context is one the orchestrator's app takes, for this router alone.
    const context = cdkContextOf(applied.stdout);
    const { orchestrator } = settingsFromContext((key) => context[key]);
    expect(routersOf(orchestrator)).toEqual(['alb']);
    expect(context.stateMachineName).toBe(stack.stateMachineArn.split(':').pop());

    const deploy = stepsOf(join(workflows, 'deploy-serviceb.yml'));
    expect(
      deploy.find((step) => step.uses?.startsWith('aws-actions/configure-aws-credentials@'))?.with,
    ).toEqual(expect.objectContaining({ 'aws-region': stack.region }));
    const canary = deploy.find((step) => step.uses?.startsWith('org/appmesh-canary@'))!;
    const env = { GITHUB_API_URL: apiUrl };
    const deployInputs = (tag: string) =>
      inputsOf(canary, { 'steps.build.outputs.image': imageOf(stack, tag), 'github.token': 'test-token' });

    const promoted = await action(stack, deployInputs('2.0.0'), { env });
    expect({ code: promoted.code, status: promoted.outputs.status }).toEqual({
      code: 0,
      status: 'SUCCEEDED',
    });
    expect(stack.service(seedNames.stableService).image).toBe(imageOf(stack, '2.0.0'));

    // By hand, with no canary running: the promotion is reverted.
    const rollback = canaryStepOf(join(workflows, 'rollback-serviceb.yml'));
    const reverted = await action(stack, inputsOf(rollback, { 'github.token': 'test-token' }), { env });
    expect(reverted.code).toBe(0);
    expect(stack.service(seedNames.stableService).image).toBe(imageOf(stack, '1.0.0'));
    const rolledBack = await action(stack, deployInputs('2.0.1-5xx'), { env });
    expect({ code: rolledBack.code, status: rolledBack.outputs.status }).toEqual({
      code: 1,
      status: 'FAILED',
    });
    expect(stack.service(seedNames.stableService).image).toBe(imageOf(stack, '1.0.0'));
    expect(stack.albForward().find((one) => one.targetGroup === canaryGroup)?.weight).toBe(0);
    await stack.settled();

    // Nothing paused: the promote workflow reads its inputs, finds the rule, and changes nothing.
    const promote = canaryStepOf(join(workflows, 'promote-serviceb.yml'));
    const nothingPaused = await action(stack, inputsOf(promote, { 'github.token': 'test-token' }), { env });
    expect(nothingPaused.stdout).toContain('refused: no canary is running on ');
    expect(nothingPaused.stdout).toContain('so none is paused. This run changed nothing.');

    await until(() => stack.service(canaryService).runningCount === 0, 10_000, 'the canary at 0 tasks');

    expect((await world.init(['--remove', '--apply'])).code).toBe(0);
    const after = (await world.stableSide()) as { rule: unknown; targetGroup: unknown };
    const was = before as typeof after;
    expect({ rule: after.rule, targetGroup: after.targetGroup }).toEqual({
      rule: was.rule,
      targetGroup: was.targetGroup,
    });
  }, 180_000);
});
