import {
  AppMeshClient,
  BadRequestException,
  CreateVirtualNodeCommand,
  DeleteVirtualNodeCommand,
  DescribeVirtualNodeCommand,
  ListTagsForResourceCommand,
  NotFoundException,
  ResourceInUseException,
  UpdateRouteCommand,
} from '@aws-sdk/client-app-mesh';
import {
  DeregisterTaskDefinitionCommand,
  DescribeTaskDefinitionCommand,
  ECSClient,
  RegisterTaskDefinitionCommand,
} from '@aws-sdk/client-ecs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type LocalStack, startLocalStack } from '../../../../local/index.js';

/** The App Mesh and ECS calls init makes beyond the deploy's, as the services answer and validate them. */
let stack: LocalStack;
let appMesh: AppMeshClient;
let ecs: ECSClient;

beforeAll(async () => {
  stack = await startLocalStack({ seed: 'stable-only' });
  const config = {
    endpoint: stack.endpoint,
    region: stack.region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  };
  appMesh = new AppMeshClient(config);
  ecs = new ECSClient(config);
});

afterAll(async () => {
  appMesh?.destroy();
  ecs?.destroy();
  await stack?.stop();
});

const spec = {
  listeners: [{ portMapping: { port: 80, protocol: 'http2' as const } }],
  serviceDiscovery: { dns: { hostname: 'orders.apps.local' } },
};

describe('virtual node tags and deletion', () => {
  it('keeps the tags a node is created with; refuses more than 50', async () => {
    const created = await appMesh.send(
      new CreateVirtualNodeCommand({
        meshName: 'apps',
        virtualNodeName: 'orders',
        spec,
        tags: [{ key: 'team', value: 'payments' }],
      }),
    );
    const { tags } = await appMesh.send(
      new ListTagsForResourceCommand({ resourceArn: created.virtualNode!.metadata!.arn! }),
    );
    expect(tags).toEqual([{ key: 'team', value: 'payments' }]);
    const many = Array.from({ length: 51 }, (_, index) => ({ key: `k${index}`, value: 'v' }));
    await expect(
      appMesh.send(
        new CreateVirtualNodeCommand({ meshName: 'apps', virtualNodeName: 'too-many', spec, tags: many }),
      ),
    ).rejects.toBeInstanceOf(BadRequestException);
  });

  it('refuses to delete a node a route targets (ResourceInUseException), deletes it once out', async () => {
    const route = { meshName: 'apps', virtualRouterName: 'serviceB', routeName: 'serviceB' };
    const targets = (extra: Array<{ virtualNode: string; weight: number }>) => ({
      http2Route: {
        action: { weightedTargets: [{ virtualNode: 'serviceB', weight: 100 }, ...extra] },
        match: { prefix: '/' },
      },
    });
    await appMesh.send(
      new UpdateRouteCommand({ ...route, spec: targets([{ virtualNode: 'orders', weight: 0 }]) }),
    );
    await expect(
      appMesh.send(new DeleteVirtualNodeCommand({ meshName: 'apps', virtualNodeName: 'orders' })),
    ).rejects.toBeInstanceOf(ResourceInUseException);
    await appMesh.send(new UpdateRouteCommand({ ...route, spec: targets([]) }));
    await appMesh.send(new DeleteVirtualNodeCommand({ meshName: 'apps', virtualNodeName: 'orders' }));
    await expect(
      appMesh.send(new DescribeVirtualNodeCommand({ meshName: 'apps', virtualNodeName: 'orders' })),
    ).rejects.toBeInstanceOf(NotFoundException);
  });
});

describe('DeregisterTaskDefinition', () => {
  it("makes a revision INACTIVE: the family's latest ACTIVE revision is then an older one, or none", async () => {
    const definition = {
      family: 'orders',
      containerDefinitions: [{ name: 'app', image: 'orders:1', essential: true, memory: 128 }],
    };
    const first = await ecs.send(new RegisterTaskDefinitionCommand(definition));
    const second = await ecs.send(new RegisterTaskDefinitionCommand(definition));
    await ecs.send(
      new DeregisterTaskDefinitionCommand({ taskDefinition: second.taskDefinition!.taskDefinitionArn }),
    );
    const latest = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'orders' }));
    expect(latest.taskDefinition!.revision).toBe(first.taskDefinition!.revision);
    const gone = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'orders:2' }));
    expect(gone.taskDefinition!.status).toBe('INACTIVE');
    await ecs.send(new DeregisterTaskDefinitionCommand({ taskDefinition: 'orders:1' }));
    await expect(ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'orders' }))).rejects.toThrow(
      'Unable to describe task definition.',
    );
    await expect(ecs.send(new DeregisterTaskDefinitionCommand({ taskDefinition: 'orders' }))).rejects.toThrow(
      'identifier is invalid',
    );
  });
});
