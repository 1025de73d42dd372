import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { LocalStack } from '../../local/index.js';
import { cloudMapSeed, seedNames } from '../../local/seed/seed.js';
import { action, imageOf, until } from './harness.js';
import { cloudMapInitStack, cloudMapReader } from './init-app-mesh-cloud-map-world.js';
import { canaryNode, type MeshInitWorld, meshInitWorld } from './init-app-mesh-world.js';
import { initWritesSince, itFinishesStoppedRuns } from './init-stopped-runs.js';
import { canaryStepOf, inputsOf, startGithubApi } from './init-workflows.js';
import { canaryService } from './init-world.js';

/**
 * `appmesh-canary init --router app-mesh` with the real CLI bundle, from a stable-only stack whose node serviceB
 * finds its endpoints in Cloud Map (apps.local/serviceB, where ECS_TASK_DEFINITION_FAMILY=taskB) and whose
 * service serviceB registers its tasks there.
 */
let stack: LocalStack;
let world: MeshInitWorld;
let cloudMap: ReturnType<typeof cloudMapReader>;
let before: unknown;

/** The route, node and ECS service of the stable side, and its Cloud Map service (settings and tags). */
const stableSide = async () => ({
  ...((await world.stableSide()) as object),
  cloudMap: await cloudMap.service(cloudMapSeed.service),
});

beforeAll(async () => {
  stack = await cloudMapInitStack();
  world = meshInitWorld(stack);
  cloudMap = cloudMapReader(stack);
  before = await stableSide();
});

afterAll(async () => {
  await stack?.settled();
  world?.close();
  cloudMap?.close();
  await stack?.stop();
});

/** The writes the CLI made since call number `mark`, tags included. */
const writesSince = (mark: number) =>
  initWritesSince(stack, mark, /^(Create|Modify|Delete|Update|Register|Deregister|Tag|Untag)/);

const creation = [
  'servicediscovery:CreateService',
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
  'servicediscovery:DeleteService',
];

describe('init on a Cloud Map node plans, creates once, and removes what it created', () => {
  it('plans every write without making one', async () => {
    const mark = stack.calls.calls.length;
    const run = await world.init([]);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    expect(run.stdout.split('\nNext:')[0]).toBe(
      [
        'Canary side of serviceB (cluster apps, router app-mesh):',
        '  create  Cloud Map service apps.local/serviceB-canary (DNS A 60 MULTIVALUE, custom health check; tags team=payments, appmesh-canary:created-by=init)',
        '  create  virtual node serviceB-canary in mesh apps (Cloud Map apps.local/serviceB-canary where ECS_TASK_DEFINITION_FAMILY=taskB-canary, listeners http2:80, 0 backends; tags appmesh-canary:created-by=init)',
        '  create  task definition taskB-canary (taskB:1, its Envoy joining serviceB-canary)',
        '  add     serviceB-canary at weight 0 to route serviceB in virtual router serviceB of mesh apps (serviceB 100, serviceB-canary 0)',
        '  create  ECS service serviceB-canary in cluster apps (FARGATE 1.4.0, 0 tasks of taskB-canary:1, registers app:9080 in Cloud Map service serviceB-canary, its tasks join serviceB-canary through their Envoy, circuit breaker with rollback, propagates tags from SERVICE, ECS Exec on)',
        '5 writes to make; run again with --apply to make them.',
        '',
      ].join('\n'),
    );
    expect(writesSince(mark)).toEqual([]);
  });

  it('creates the clone in five writes; a second init finds it complete', async () => {
    const mark = stack.calls.calls.length;
    const applied = await world.init(['--apply']);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('5 writes made.');
    expect(writesSince(mark)).toEqual(creation);

    const stable = (await cloudMap.service(cloudMapSeed.service))!;
    const created = (await cloudMap.service('serviceB-canary'))!;
    expect(created).toEqual({
      service: {
        ...stable.service,
        Id: expect.stringMatching(/^srv-/),
        Arn: expect.stringMatching(/:service\/srv-/),
        Name: 'serviceB-canary',
      },
      tags: [
        { Key: 'team', Value: 'payments' },
        { Key: 'appmesh-canary:created-by', Value: 'init' },
      ],
    });
    const stableNode = (await world.node(seedNames.stableNode))!;
    expect((await world.node(canaryNode))!.spec).toEqual({
      ...(stableNode.spec as object),
      serviceDiscovery: {
        awsCloudMap: {
          namespaceName: 'apps.local',
          serviceName: 'serviceB-canary',
          attributes: [{ key: 'ECS_TASK_DEFINITION_FAMILY', value: 'taskB-canary' }],
        },
      },
    });
    expect((await world.service(canaryService))!.serviceRegistries).toEqual([
      { registryArn: created.service.Arn, containerName: 'app', containerPort: 9080 },
    ]);

    const again = stack.calls.calls.length;
    const second = await world.init([]);
    expect(second.stdout).toContain(
      '  exists  Cloud Map service apps.local/serviceB-canary (created by init)\n',
    );
    expect(second.stdout).toContain('Nothing to do: the canary side is complete.');
    expect(writesSince(again)).toEqual([]);
  });

  it("registers the canary's tasks alone in its Cloud Map service, as its node's attributes select", async () => {
    await world.scaleCanary(1);
    await until(() => stack.service(canaryService).runningCount === 1, 10_000, 'one canary task');
    const canaryId = (await cloudMap.service('serviceB-canary'))!.service.Id!;
    const stableId = (await cloudMap.service(cloudMapSeed.service))!.service.Id!;
    const families = (id: string) =>
      stack.cloudMap.instancesOf(id).map((one) => one.Attributes.ECS_TASK_DEFINITION_FAMILY);
    expect(families(canaryId)).toEqual(['taskB-canary']);
    expect(families(stableId)).toEqual(['taskB', 'taskB']);

    const mark = stack.calls.calls.length;
    const running = await world.init(['--remove', '--apply']);
    expect(running.code).toBe(1);
    expect(running.stderr).toContain('input "canary-service": service serviceB-canary wants 1 tasks');
    expect(writesSince(mark)).toEqual([]);
    await world.scaleCanary(0);
    await until(() => stack.service(canaryService).runningCount === 0, 10_000, 'the canary at 0 tasks');
    expect(families(canaryId)).toEqual([]);
  });

  it('removes what it created, in the reverse order; the stable side is as before', async () => {
    const mark = stack.calls.calls.length;
    const removed = await world.init(['--remove', '--apply']);
    expect(removed.code).toBe(0);
    expect(removed.stdout).toContain(
      '  delete  Cloud Map service apps.local/serviceB-canary\n5 deletions made.',
    );
    expect(writesSince(mark)).toEqual(removal);
    expect(await cloudMap.service('serviceB-canary')).toBeUndefined();
    expect(await world.node(canaryNode)).toBeUndefined();
    expect(await world.service(canaryService)).toBeUndefined();
    expect(await stableSide()).toEqual(before);
  });

  it('a Cloud Map service that still has instances stops --remove at its deletion; the next one finishes', async () => {
    expect((await world.init(['--apply'])).code).toBe(0);
    const id = (await cloudMap.service('serviceB-canary'))!.service.Id!;
    stack.cloudMap.operations().RegisterInstance!({
      ServiceId: id,
      InstanceId: 'by-hand',
      Attributes: { AWS_INSTANCE_IPV4: '10.0.9.9' },
    });
    const mark = stack.calls.calls.length;
    const stopped = await world.init(['--remove', '--apply']);
    expect(stopped.code).toBe(1);
    expect(stopped.stderr).toContain(
      'deleting Cloud Map service apps.local/serviceB-canary, which still has registered instances',
    );
    expect(writesSince(mark)).toEqual(removal.slice(0, -1));
    stack.cloudMap.operations().DeregisterInstance!({ ServiceId: id, InstanceId: 'by-hand' });
    const next = stack.calls.calls.length;
    const finished = await world.init(['--remove', '--apply']);
    expect(finished.code).toBe(0);
    expect(writesSince(next)).toEqual(['servicediscovery:DeleteService']);
    expect(await stableSide()).toEqual(before);
  });
});

describe('a run stopped after any write is finished by the next', () => {
  itFinishesStoppedRuns({
    stack: () => stack,
    init: (args) => world.init(args),
    stableSide: () => stableSide(),
    before: () => before,
    writesSince,
    creation,
    removal,
    deniedCode: 'AccessDeniedException',
    canaryLeft: () => cloudMap.service('serviceB-canary'),
  });
});

describe('bad input and conflicts are refused before any write, naming the input', () => {
  const cases: Array<[string, string[], RegExp]> = [
    [
      'a DNS hostname for a Cloud Map node',
      ['--canary-dns-hostname', 'serviceB-canary.apps.local'],
      /input "canary-dns-hostname": applies to a stable node discovered through DNS; serviceB uses Cloud Map \(apps.local\/serviceB\)/,
    ],
    [
      "the stable's own Cloud Map service",
      ['--canary-cloud-map-service', 'serviceb'],
      /input "canary-cloud-map-service": is the stable's own Cloud Map service \(apps.local\/serviceB\)/,
    ],
    [
      'a Cloud Map service name that is no DNS label',
      ['--canary-cloud-map-service', 'serviceB.canary'],
      /input "canary-cloud-map-service": "serviceB.canary" is not a Cloud Map service name/,
    ],
    [
      'a stable node discovered through a DNS name that is not its Cloud Map service',
      ['--stable-node', 'serviceA'],
      /input "stable-service": serviceB registers its tasks in Cloud Map service apps.local\/serviceB, whose DNS name is serviceB.apps.local, while serviceA is discovered as servicea.apps.local/,
    ],
  ];

  it.each(cases)('%s', async (_what, args, message) => {
    const mark = stack.calls.calls.length;
    const run = await world.init(args);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(writesSince(mark)).toEqual([]);
  });

  it('a Cloud Map service of the same name that differs', async () => {
    const namespaceId = (await cloudMap.service(cloudMapSeed.service))!.service.NamespaceId!;
    stack.cloudMap.createService({
      Name: 'serviceB-other',
      NamespaceId: namespaceId,
      DnsConfig: { DnsRecords: [{ Type: 'A', TTL: 300 }] },
    });
    const mark = stack.calls.calls.length;
    const run = await world.init(['--canary-cloud-map-service', 'serviceB-other', '--apply']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /input "canary-cloud-map-service": Cloud Map service apps.local\/serviceB-other exists and differs from the clone of serviceB init would create: DnsConfig.DnsRecords\[0\].TTL changed: 300 \(expected 60\); HealthCheckCustomConfig changed: absent/,
    );
    expect(writesSince(mark)).toEqual([]);
  });
});

describe('the setup init writes, used as written', () => {
  it('a deploy promotes a healthy version, a 5xx one rolls back; --remove leaves the stable side as before', async () => {
    const github = await startGithubApi();
    try {
      const directory = mkdtempSync(join(tmpdir(), 'appmesh-canary-init-cloud-map-'));
      expect((await world.init(['--apply', '--write', directory])).code).toBe(0);
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
      expect(removed.stdout).toContain('  delete  Cloud Map service apps.local/serviceB-canary\n');
      expect(await cloudMap.service('serviceB-canary')).toBeUndefined();
      const after = (await stableSide()) as { route: unknown; node: unknown; cloudMap: unknown };
      const was = before as typeof after;
      expect({ route: after.route, node: after.node, cloudMap: after.cloudMap }).toEqual({
        route: was.route,
        node: was.node,
        cloudMap: was.cloudMap,
      });
    } finally {
      await github.close();
    }
  }, 120_000);
});
