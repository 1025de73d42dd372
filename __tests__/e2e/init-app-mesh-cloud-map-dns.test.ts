import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { LocalStack } from '../../local/index.js';
import { cloudMapSeed, seedNames } from '../../local/seed/seed.js';
import { cloudMapInitStack, cloudMapReader } from './init-app-mesh-cloud-map-world.js';
import { canaryNode, type MeshInitWorld, meshInitWorld } from './init-app-mesh-world.js';
import { initWritesSince } from './init-stopped-runs.js';
import { canaryService } from './init-world.js';

/**
 * `appmesh-canary init --router app-mesh` with the real CLI bundle, from a stable-only stack whose serviceB
 * registers its tasks in Cloud Map (apps.local/serviceB) and whose node is discovered through the DNS name Cloud
 * Map answers for them, serviceB.apps.local: the canary gets its own Cloud Map service and the name it answers.
 */
let stack: LocalStack;
let world: MeshInitWorld;
let cloudMap: ReturnType<typeof cloudMapReader>;
let before: unknown;

const stableSide = async () => ({
  ...((await world.stableSide()) as object),
  cloudMap: await cloudMap.service(cloudMapSeed.service),
});

beforeAll(async () => {
  stack = await cloudMapInitStack('dns');
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

const writesSince = (mark: number) =>
  initWritesSince(stack, mark, /^(Create|Modify|Delete|Update|Register|Deregister|Tag|Untag)/);

describe('init on a node discovered through the DNS name of a Cloud Map service', () => {
  it('refuses a canary DNS name of its own before any write: the name is its Cloud Map service', async () => {
    const mark = stack.calls.calls.length;
    const run = await world.init(['--canary-dns-hostname', 'canary.apps.local', '--apply']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /input "canary-dns-hostname": the canary's DNS name is that of its Cloud Map service in apps.local/,
    );
    expect(writesSince(mark)).toEqual([]);
  });

  it('plans, creates in five writes, finds it complete, and removes it all', async () => {
    const plan = await world.init([]);
    expect({ code: plan.code, stderr: plan.stderr }).toEqual({ code: 0, stderr: '' });
    expect(plan.stdout.split('\n').slice(1, 3)).toEqual([
      '  create  Cloud Map service apps.local/serviceB-canary (DNS A 60 MULTIVALUE, custom health check; tags team=payments, appmesh-canary:created-by=init)',
      '  create  virtual node serviceB-canary in mesh apps (DNS serviceB-canary.apps.local, listeners http2:80, 0 backends; tags appmesh-canary:created-by=init)',
    ]);

    let mark = stack.calls.calls.length;
    const applied = await world.init(['--apply']);
    expect(applied.stdout).toContain('5 writes made.');
    expect(writesSince(mark)).toEqual([
      'servicediscovery:CreateService',
      'appmesh:CreateVirtualNode',
      'ecs:RegisterTaskDefinition',
      'appmesh:UpdateRoute',
      'ecs:CreateService',
    ]);
    const stableNode = (await world.node(seedNames.stableNode))!;
    expect((await world.node(canaryNode))!.spec).toEqual({
      ...(stableNode.spec as object),
      serviceDiscovery: { dns: { hostname: 'serviceB-canary.apps.local' } },
    });
    const created = (await cloudMap.service('serviceB-canary'))!;
    expect((await world.service(canaryService))!.serviceRegistries).toEqual([
      { registryArn: created.service.Arn, containerName: 'app', containerPort: 9080 },
    ]);

    mark = stack.calls.calls.length;
    expect((await world.init([])).stdout).toContain('Nothing to do: the canary side is complete.');
    expect(writesSince(mark)).toEqual([]);

    mark = stack.calls.calls.length;
    const removed = await world.init(['--remove', '--apply']);
    expect(removed.stdout).toContain('5 deletions made.');
    expect(writesSince(mark)).toEqual([
      'ecs:DeleteService',
      'appmesh:UpdateRoute',
      'appmesh:DeleteVirtualNode',
      'ecs:DeregisterTaskDefinition',
      'servicediscovery:DeleteService',
    ]);
    expect(await stableSide()).toEqual(before);
  });
});
