import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { settingsFromContext } from '../../infra/context.js';
import { routersOf } from '../../infra/props.js';
import type { LocalStack } from '../../local/index.js';
import { seedNames } from '../../local/seed/seed.js';
import { action, imageOf, until } from './harness.js';
import { canaryNode, type MeshInitWorld, meshInitWorld } from './init-app-mesh-world.js';
import { initWritesSince, itFinishesStoppedRuns } from './init-stopped-runs.js';
import { canaryStepOf, cdkContextOf, inputsOf, startGithubApi } from './init-workflows.js';
import { canaryService, initStack } from './init-world.js';
import { mutatingCallsSince } from './router-world.js';

/**
 * `appmesh-canary init --router app-mesh` with the real CLI bundle against a local stack that has only the
 * stable side: serviceB, its virtual node (DNS serviceB.apps.local) and the route serviceB sending it all traffic.
 */
let stack: LocalStack;
let world: MeshInitWorld;
let before: unknown;

beforeAll(async () => {
  stack = await initStack('app-mesh');
  world = meshInitWorld(stack);
  before = await world.stableSide();
});

afterAll(async () => {
  await stack?.settled();
  world?.close();
  await stack?.stop();
});

const writesSince = (mark: number) =>
  initWritesSince(stack, mark, /^(Create|Modify|Delete|Update|Register|Deregister)/);

const creation = [
  'appmesh:CreateVirtualNode',
  'ecs:RegisterTaskDefinition',
  'appmesh:UpdateRoute',
  'ecs:CreateService',
];
const removal = [
  'ecs:DeleteService',
  'appmesh:UpdateRoute',
  'appmesh:DeleteVirtualNode',
  'ecs:DeregisterTaskDefinition',
];

describe('init --router app-mesh plans, creates once, and removes what it created', () => {
  it('plans every write without making one', async () => {
    const mark = stack.calls.calls.length;
    const run = await world.init([]);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    expect(run.stdout.split('\nNext:')[0]).toBe(
      [
        'Canary side of serviceB (cluster apps, router app-mesh):',
        '  create  virtual node serviceB-canary in mesh apps (DNS serviceB-canary.apps.local, listeners http2:80, 0 backends; tags appmesh-canary:created-by=init)',
        '  create  task definition taskB-canary (taskB:1, its Envoy joining serviceB-canary)',
        '  add     serviceB-canary at weight 0 to route serviceB in virtual router serviceB of mesh apps (serviceB 100, serviceB-canary 0)',
        '  create  ECS service serviceB-canary in cluster apps (FARGATE 1.4.0, 0 tasks of taskB-canary:1, its tasks join serviceB-canary through their Envoy, circuit breaker with rollback, propagates tags from SERVICE, ECS Exec on)',
        '4 writes to make; run again with --apply to make them.',
        '',
      ].join('\n'),
    );
    expect(mutatingCallsSince(stack, mark)).toEqual([]);
  });

  it('creates the clone in four writes; a second init finds it complete', async () => {
    const mark = stack.calls.calls.length;
    const applied = await world.init(['--apply']);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('4 writes made.');
    expect(writesSince(mark)).toEqual(creation);

    const stable = (await world.node(seedNames.stableNode))!;
    const canary = (await world.node(canaryNode))!;
    expect(canary.spec).toEqual({
      ...(stable.spec as object),
      serviceDiscovery: { dns: { hostname: 'serviceB-canary.apps.local' } },
    });
    expect(canary.tags).toEqual([{ key: 'appmesh-canary:created-by', value: 'init' }]);
    expect(stack.routeTargets()).toEqual([
      { virtualNode: 'serviceB', weight: 100 },
      { virtualNode: canaryNode, weight: 0 },
    ]);
    const stableService = (await world.service(seedNames.stableService))!;
    const created = (await world.service(canaryService))!;
    expect(created).toEqual(
      expect.objectContaining({
        desiredCount: 0,
        taskDefinition: expect.stringMatching(/:task-definition\/taskB-canary:1$/),
        launchType: stableService.launchType,
        networkConfiguration: stableService.networkConfiguration,
        loadBalancers: [],
        tags: [...stableService.tags!, { key: 'appmesh-canary:created-by', value: 'init' }],
      }),
    );

    const again = stack.calls.calls.length;
    const second = await world.init([]);
    expect(second.stdout).toContain('Nothing to do: the canary side is complete.');
    expect(second.stdout).toContain(
      '  exists  task definition taskB-canary:1 (what ECS service serviceB-canary runs)',
    );
    expect(mutatingCallsSince(stack, again)).toEqual([]);
  });

  it('refuses to remove while the canary has weight or tasks, before any write', async () => {
    await world.setCanaryWeight(1);
    let mark = stack.calls.calls.length;
    const weighted = await world.init(['--remove', '--apply']);
    expect(weighted.code).toBe(1);
    expect(weighted.stderr).toMatch(
      /input "route": route serviceB .* gives serviceB-canary weight 1: a canary runs/,
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
    expect(removed.stdout).toContain('4 deletions made.');
    expect(removed.stdout).toContain('  delete  task definition taskB-canary:1 (deregistered)');
    expect(writesSince(mark)).toEqual(removal);
    expect(await world.node(canaryNode)).toBeUndefined();
    expect(await world.service(canaryService)).toBeUndefined();
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
    deniedCode: 'ForbiddenException',
    canaryLeft: () => world.node(canaryNode),
  });
});

describe('bad input and conflicts are refused before any write, naming the input', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['no stable node', ['--stable-node', ''], /input "stable-node": .*Set it to the virtual node/],
    [
      'a canary node named as the stable',
      ['--canary-node', 'serviceB'],
      /input "canary-node": must differ from stable-node/,
    ],
    [
      'an unknown stable node',
      ['--stable-node', 'serviceZ'],
      /input "stable-node": mesh apps has no virtual node serviceZ/,
    ],
    [
      'a stable node the route does not send traffic to',
      ['--stable-node', 'serviceA'],
      /input "route": route serviceB .* sends traffic to serviceB 100, not to serviceA/,
    ],
    [
      "the stable node's own hostname for the canary",
      ['--canary-dns-hostname', 'serviceB.apps.local'],
      /input "canary-dns-hostname": is the stable node's own hostname/,
    ],
  ];

  it.each(cases)('%s', async (_what, args, message) => {
    const mark = stack.calls.calls.length;
    const run = await world.init(args);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(mutatingCallsSince(stack, mark)).toEqual([]);
  });

  it('a canary node of the same name that differs', async () => {
    const mark = stack.calls.calls.length;
    const run = await world.init(['--canary-node', 'serviceA']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /input "canary-node": virtual node serviceA exists in mesh apps and differs from the clone of serviceB init would create: .*serviceDiscovery.dns.hostname/,
    );
    expect(mutatingCallsSince(stack, mark)).toEqual([]);
  });
});

describe('the setup init writes, used as written', () => {
  it('a deploy promotes a healthy version, a 5xx one rolls back; --remove leaves the stable side as before', async () => {
    const github = await startGithubApi();
    try {
      const directory = mkdtempSync(join(tmpdir(), 'appmesh-canary-init-mesh-'));
      const applied = await world.init(['--apply', '--write', directory]);
      expect(applied.code).toBe(0);
      const context = cdkContextOf(applied.stdout);
      const { orchestrator } = settingsFromContext((key) => context[key]);
      expect(routersOf(orchestrator)).toEqual(['app-mesh']);

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
      expect(stack.routeTargets().find((one) => one.virtualNode === canaryNode)?.weight).toBe(0);
      await stack.settled();
      await until(() => stack.service(canaryService).runningCount === 0, 10_000, 'the canary at 0 tasks');

      const removed = await world.init(['--remove', '--apply']);
      expect(removed.code).toBe(0);
      // init's revision is deregistered; the deploys' stay, the latest of them now the family's latest.
      expect(
        removed.stdout.match(/ {2}delete {2}task definition taskB-canary:\d+ \(deregistered\)/g),
      ).toHaveLength(1);
      const latest = stack.ecs.describeTaskDefinition({ taskDefinition: 'taskB-canary', include: ['TAGS'] });
      expect(latest.tags).toEqual(
        expect.arrayContaining([expect.objectContaining({ key: 'appmesh-canary:deployment-id' })]),
      );
      const after = (await world.stableSide()) as { route: unknown; node: unknown };
      const was = before as typeof after;
      expect({ route: after.route, node: after.node }).toEqual({ route: was.route, node: was.node });
    } finally {
      await github.close();
    }
  }, 120_000);
});
