import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { settingsFromContext } from '../../infra/context.js';
import { routersOf } from '../../infra/props.js';
import type { LocalStack } from '../../local/index.js';
import { seedNames } from '../../local/seed/seed.js';
import { latticeSeedNames } from '../../local/seed/seed-routers.js';
import { action, actionInBackground, imageOf, until } from './harness.js';
import { type LatticeInitWorld, latticeCanaryGroup, latticeInitWorld } from './init-lattice-world.js';
import { initWritesSince, itFinishesStoppedRuns } from './init-stopped-runs.js';
import { canaryStepOf, cdkContextOf, inputsOf, startGithubApi } from './init-workflows.js';
import { canaryService, initStack } from './init-world.js';
import { mutatingCallsSince } from './router-world.js';

/**
 * `appmesh-canary init --router vpc-lattice` with the real CLI bundle against a local stack that has only the
 * stable side: serviceB, its VPC Lattice target group serviceb and the rule all-paths forwarding to it.
 */
let stack: LocalStack;
let world: LatticeInitWorld;
let before: unknown;

beforeAll(async () => {
  stack = await initStack('vpc-lattice');
  world = latticeInitWorld(stack);
  before = await world.stableSide();
});

afterAll(async () => {
  await stack?.settled();
  world?.close();
  await stack?.stop();
});

const writesSince = (mark: number) => initWritesSince(stack, mark, /^(Create|Modify|Delete|Update)/);

const creation = ['vpc-lattice:CreateTargetGroup', 'vpc-lattice:UpdateRule', 'ecs:CreateService'];
const removal = ['ecs:DeleteService', 'vpc-lattice:UpdateRule', 'vpc-lattice:DeleteTargetGroup'];

describe('init --router vpc-lattice plans, creates once, and removes what it created', () => {
  it('plans every write without making one', async () => {
    const mark = stack.calls.calls.length;
    const run = await world.init([]);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    expect(run.stdout).toContain('Canary side of serviceB (cluster apps, router vpc-lattice):');
    expect(run.stdout).toContain(
      '  create  VPC Lattice target group serviceb-canary (HTTP:9080 HTTP1, VPC vpc-0a5c0ffee0ba5eb00, type IP, health check HTTP /health every 15 s, codes 200-299; tags team=payments, app=serviceb, appmesh-canary:created-by=init)',
    );
    expect(run.stdout).toContain(
      '  add     serviceb-canary at weight 0 to VPC Lattice rule all-paths of listener http-80 (forward: serviceb 100, serviceb-canary 0)',
    );
    expect(run.stdout).toContain(
      '  create  ECS service serviceB-canary in cluster apps (FARGATE 1.4.0, 0 tasks of taskB:1, registers port app in serviceb-canary, circuit breaker with rollback, propagates tags from SERVICE, ECS Exec on)',
    );
    expect(run.stdout).toContain('3 writes to make; run again with --apply to make them.');
    expect(mutatingCallsSince(stack, mark)).toEqual([]);
  });

  it('creates the clone in three writes; a second init finds it complete', async () => {
    const mark = stack.calls.calls.length;
    const applied = await world.init(['--apply']);
    expect({ code: applied.code, stderr: applied.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    expect(applied.stdout).toContain('3 writes made.');
    expect(writesSince(mark)).toEqual(creation);

    const stable = (await world.targetGroup(latticeSeedNames.stableTargetGroup))!;
    const canary = (await world.targetGroup(latticeCanaryGroup))!;
    expect(canary.group.config).toEqual(stable.group.config);
    expect(canary.group.type).toEqual(stable.group.type);
    expect(canary.tags).toEqual({ ...stable.tags, 'appmesh-canary:created-by': 'init' });
    expect(stack.latticeForward().map(({ targetGroup, weight }) => ({ targetGroup, weight }))).toEqual([
      { targetGroup: 'serviceb', weight: 100 },
      { targetGroup: latticeCanaryGroup, weight: 0 },
    ]);

    const stableService = (await world.service(seedNames.stableService))!;
    const created = (await world.service(canaryService))!;
    const primary = (service: typeof created) =>
      service.deployments?.find((deployment) => deployment.status === 'PRIMARY');
    const [stableLattice] = primary(stableService)!.vpcLatticeConfigurations!;
    expect(primary(created)!.vpcLatticeConfigurations).toEqual([
      { ...stableLattice, targetGroupArn: canary.group.arn },
    ]);
    expect(created).toEqual(
      expect.objectContaining({
        desiredCount: 0,
        taskDefinition: stableService.taskDefinition,
        launchType: stableService.launchType,
        networkConfiguration: stableService.networkConfiguration,
        enableExecuteCommand: true,
        tags: [...stableService.tags!, { key: 'appmesh-canary:created-by', value: 'init' }],
      }),
    );

    const again = stack.calls.calls.length;
    const second = await world.init([]);
    expect(second.stdout).toContain('Nothing to do: the canary side is complete.');
    expect(second.stdout).toContain('  exists  VPC Lattice target group serviceb-canary (created by init)');
    expect(mutatingCallsSince(stack, again)).toEqual([]);
  });

  it('refuses to remove while the canary has weight or tasks, before any write', async () => {
    await world.setCanaryWeight(1);
    let mark = stack.calls.calls.length;
    const weighted = await world.init(['--remove', '--apply']);
    expect(weighted.code).toBe(1);
    expect(weighted.stderr).toMatch(/input "lattice-rule": .* gives serviceb-canary weight 1: a canary runs/);
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

  it('removes what it created, in the reverse order', async () => {
    const mark = stack.calls.calls.length;
    const removed = await world.init(['--remove', '--apply']);
    expect({ code: removed.code, stderr: removed.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    expect(removed.stdout).toContain('3 deletions made.');
    expect(writesSince(mark)).toEqual(removal);
    expect(await world.targetGroup(latticeCanaryGroup)).toBeUndefined();
    expect(await world.service(canaryService)).toBeUndefined();
    const again = await world.init(['--remove']);
    expect(again.stdout).toContain('Nothing to remove: init created nothing that is still there.');
  });
});

describe('after --remove', () => {
  it('the stable side is as before init (all but the rule stamp of its writes)', async () => {
    expect(await world.stableSide()).toEqual(before);
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
    deniedCode: 'AccessDeniedException',
    canaryLeft: () => world.targetGroup(latticeCanaryGroup),
  });
});

describe('bad input and conflicts are refused before any write, naming the input', () => {
  const cases: Array<[string, () => string[], RegExp]> = [
    ['no listener', () => ['--lattice-listener', ''], /input "lattice-listener": .*Set it to the listener/],
    ['an unknown router', () => ['--router', 'nginx'], /input "router"/],
    [
      'an unknown VPC Lattice service',
      () => ['--lattice-service', 'serviced'],
      /VPC Lattice service named serviced.*check lattice-service/,
    ],
    [
      'a canary target group name VPC Lattice refuses',
      () => ['--canary-target-group', 'ServiceB-Canary'],
      /input "canary-target-group": "ServiceB-Canary" is not a VPC Lattice target group name/,
    ],
    [
      'the stable target group as the canary',
      () => ['--canary-target-group', 'serviceb'],
      /input "canary-target-group": must differ from the stable target group \(both are serviceb\)/,
    ],
  ];

  it.each(cases)('%s', async (_what, args, message) => {
    const mark = stack.calls.calls.length;
    const run = await world.init(args());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(mutatingCallsSince(stack, mark)).toEqual([]);
  });

  it("plans for the listener's default action when lattice-rule is unset", async () => {
    const mark = stack.calls.calls.length;
    const run = await world.init(['--lattice-rule', '']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '  add     serviceb-canary at weight 0 to the default action of VPC Lattice listener http-80',
    );
    expect(mutatingCallsSince(stack, mark)).toEqual([]);
  });

  it('a canary target group of the same name that differs', async () => {
    stack.vpcLattice.createTargetGroup({
      name: 'serviceb-8080',
      port: 8080,
      vpcIdentifier: latticeSeedNames.vpc,
    });
    const mark = stack.calls.calls.length;
    const run = await world.init(['--canary-target-group', 'serviceb-8080']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /input "canary-target-group": VPC Lattice target group serviceb-8080 exists and differs from the clone of serviceb init would create: port 8080 \(serviceb's: 9080\); healthCheck /,
    );
    expect(mutatingCallsSince(stack, mark)).toEqual([]);
  });
});

describe('the setup init writes, used as written', () => {
  it('a deploy promotes a healthy version, a 5xx one rolls back; --remove leaves the stable side as before', async () => {
    const github = await startGithubApi();
    try {
      const directory = mkdtempSync(join(tmpdir(), 'appmesh-canary-init-lattice-'));
      const applied = await world.init(['--apply', '--write', directory]);
      expect(applied.code).toBe(0);
      const context = cdkContextOf(applied.stdout);
      const { orchestrator } = settingsFromContext((key) => context[key]);
      expect(routersOf(orchestrator)).toEqual(['vpc-lattice']);

      const canary = canaryStepOf(join(directory, '.github/workflows/deploy-serviceb.yml'));
      const env = { GITHUB_API_URL: github.url };
      const deployInputs = (tag: string) =>
        inputsOf(canary, { 'steps.build.outputs.image': imageOf(stack, tag), 'github.token': 'test-token' });
      const promoted = await action(stack, deployInputs('2.0.0'), { env });
      expect({ code: promoted.code, status: promoted.outputs.status }).toEqual({
        code: 0,
        status: 'SUCCEEDED',
      });
      expect(stack.service(seedNames.stableService).image).toBe(imageOf(stack, '2.0.0'));

      const rolledBack = await action(stack, deployInputs('2.0.1-5xx'), { env });
      expect({ code: rolledBack.code, status: rolledBack.outputs.status }).toEqual({
        code: 1,
        status: 'FAILED',
      });
      expect(stack.service(seedNames.stableService).image).toBe(imageOf(stack, '2.0.0'));
      expect(stack.latticeForward().find((one) => one.targetGroup === latticeCanaryGroup)?.weight).toBe(0);
      await stack.settled();

      // While a canary of serviceB runs, --remove with the state machine refuses before any write.
      const { environment: _e, 'github-token': _t, ...quiet } = deployInputs('2.1.0');
      const running = actionInBackground(stack, { ...quiet, steps: '25,100', 'bake-time': '4m' });
      await until(
        () => stack.executions().some((one) => one.status === 'RUNNING'),
        20_000,
        'a running canary',
      );
      const mark = stack.calls.calls.length;
      const refused = await world.init(['--remove', '--apply', '--state-machine-arn', stack.stateMachineArn]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(
        /input "state-machine-arn": execution \S+ \(started [^)]+\) runs a canary of serviceB-canary: let it end or roll it back/,
      );
      expect(mutatingCallsSince(stack, mark)).toEqual([]);
      expect((await running.done).outputs.status).toBe('SUCCEEDED');
      await stack.settled();
      await until(() => stack.service(canaryService).runningCount === 0, 10_000, 'the canary at 0 tasks');

      const removed = await world.init(['--remove', '--apply', '--state-machine-arn', stack.stateMachineArn]);
      expect(removed.code).toBe(0);
      const after = (await world.stableSide()) as { rule: unknown; listener: unknown; targetGroup: unknown };
      const was = before as typeof after;
      expect({ rule: after.rule, listener: after.listener, targetGroup: after.targetGroup }).toEqual({
        rule: was.rule,
        listener: was.listener,
        targetGroup: was.targetGroup,
      });
    } finally {
      await github.close();
    }
  }, 120_000);
});
