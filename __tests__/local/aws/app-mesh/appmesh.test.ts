import {
  AppMeshClient,
  BadRequestException,
  ConflictException,
  CreateRouteCommand,
  CreateVirtualNodeCommand,
  CreateVirtualServiceCommand,
  DescribeMeshCommand,
  DescribeRouteCommand,
  DescribeVirtualNodeCommand,
  DescribeVirtualRouterCommand,
  ListRoutesCommand,
  ListVirtualNodesCommand,
  NotFoundException,
  type RouteSpec,
  TooManyRequestsException,
  UpdateRouteCommand,
} from '@aws-sdk/client-app-mesh';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type LocalStack, startLocalStack } from '../../../../local/index.js';

let stack: LocalStack;
let client: AppMeshClient;

beforeAll(async () => {
  stack = await startLocalStack();
  client = new AppMeshClient({
    endpoint: stack.endpoint,
    region: stack.region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
});

afterAll(async () => {
  client.destroy();
  await stack.stop();
});

const place = { meshName: 'apps', virtualRouterName: 'serviceB' };

function split(stable: number, canary: number, type: 'httpRoute' | 'http2Route' = 'http2Route'): RouteSpec {
  return {
    [type]: {
      action: {
        weightedTargets: [
          { virtualNode: 'serviceB', weight: stable },
          { virtualNode: 'serviceBv2', weight: canary },
        ],
      },
      match: { prefix: '/' },
    },
  } as RouteSpec;
}

async function createRoute(routeName: string, spec: RouteSpec = split(100, 0)) {
  return client.send(new CreateRouteCommand({ ...place, routeName, spec }));
}

describe('the seeded mesh', () => {
  it('describes the getting-started route with its metadata, as App Mesh returns it', async () => {
    const { route } = await client.send(new DescribeRouteCommand({ ...place, routeName: 'serviceB' }));
    expect(route?.spec).toEqual({
      http2Route: {
        action: { weightedTargets: [{ virtualNode: 'serviceB', weight: 100 }] },
        match: { prefix: '/' },
      },
    });
    expect(route?.metadata?.arn).toBe(
      'arn:aws:appmesh:us-west-2:123456789012:mesh/apps/virtualRouter/serviceB/route/serviceB',
    );
    expect(route?.metadata?.createdAt).toBeInstanceOf(Date);
    expect(route?.status?.status).toBe('ACTIVE');
  });

  it('holds the mesh, the router and the three nodes', async () => {
    await expect(client.send(new DescribeMeshCommand({ meshName: 'apps' }))).resolves.toMatchObject({
      mesh: { meshName: 'apps' },
    });
    await expect(client.send(new DescribeVirtualRouterCommand(place))).resolves.toMatchObject({
      virtualRouter: { spec: { listeners: [{ portMapping: { port: 80, protocol: 'http2' } }] } },
    });
    const { virtualNodes } = await client.send(new ListVirtualNodesCommand({ meshName: 'apps' }));
    expect(virtualNodes?.map((node) => node.virtualNodeName).sort()).toEqual([
      'serviceA',
      'serviceB',
      'serviceBv2',
    ]);
  });
});

describe('routes', () => {
  it('replaces the whole spec on update and increments the version', async () => {
    const created = await createRoute('versions');
    expect(created.route?.metadata?.version).toBe(1);
    const updated = await client.send(
      new UpdateRouteCommand({
        ...place,
        routeName: 'versions',
        spec: split(75, 25),
        clientToken: 'shift-25',
      }),
    );
    expect(updated.route?.metadata?.version).toBe(2);
    const read = await client.send(new DescribeRouteCommand({ ...place, routeName: 'versions' }));
    expect(read.route?.spec).toEqual(split(75, 25));
    expect(read.route?.metadata?.version).toBe(2);
  });

  it('treats a retried update (same client token, same spec) as done once', async () => {
    await createRoute('retried');
    const input = { ...place, routeName: 'retried', spec: split(50, 50), clientToken: 'shift-50' };
    await client.send(new UpdateRouteCommand(input));
    const again = await client.send(new UpdateRouteCommand(input));
    expect(again.route?.metadata?.version).toBe(2);
  });

  it('refuses a client token reused with another spec: ConflictException (409)', async () => {
    await createRoute('conflict');
    await client.send(
      new UpdateRouteCommand({
        ...place,
        routeName: 'conflict',
        spec: split(75, 25),
        clientToken: 'token-1',
      }),
    );
    const reused = client.send(
      new UpdateRouteCommand({
        ...place,
        routeName: 'conflict',
        spec: split(50, 50),
        clientToken: 'token-1',
      }),
    );
    await expect(reused).rejects.toBeInstanceOf(ConflictException);
    await expect(reused).rejects.toMatchObject({ $metadata: { httpStatusCode: 409 } });
    const read = await client.send(new DescribeRouteCommand({ ...place, routeName: 'conflict' }));
    expect(read.route?.spec).toEqual(split(75, 25));
  });

  it('refuses to create a route that exists: ConflictException', async () => {
    await createRoute('twice');
    await expect(createRoute('twice')).rejects.toBeInstanceOf(ConflictException);
  });

  it.each([
    ['two route types', { ...split(100, 0, 'httpRoute'), ...split(100, 0, 'http2Route') }, /exactly one of/],
    ['no route type', {}, /exactly one of/],
    ['a weight above 100', split(101, 0), /weight must be an integer from 0 to 100/],
    ['weights adding up to more than 100', split(80, 30), /add up to 110/],
    [
      'a target that is not a virtual node of the mesh',
      {
        http2Route: {
          action: { weightedTargets: [{ virtualNode: 'serviceC', weight: 100 }] },
          match: { prefix: '/' },
        },
      },
      /serviceC does not exist/,
    ],
    [
      'eleven targets',
      {
        http2Route: {
          action: {
            weightedTargets: Array.from({ length: 11 }, (_, index) => ({
              virtualNode: 'serviceB',
              weight: 0,
              port: 8000 + index,
            })),
          },
          match: { prefix: '/' },
        },
      },
      /at most 10/,
    ],
    [
      'a prefix without the leading /',
      {
        http2Route: {
          action: { weightedTargets: [{ virtualNode: 'serviceB', weight: 100 }] },
          match: { prefix: 'api' },
        },
      },
      /must start with \//,
    ],
  ])('refuses %s with BadRequestException and changes nothing', async (_, spec, message) => {
    const before = await client.send(new DescribeRouteCommand({ ...place, routeName: 'serviceB' }));
    const update = client.send(
      new UpdateRouteCommand({ ...place, routeName: 'serviceB', spec: spec as RouteSpec }),
    );
    await expect(update).rejects.toBeInstanceOf(BadRequestException);
    await expect(update).rejects.toThrow(message);
    const after = await client.send(new DescribeRouteCommand({ ...place, routeName: 'serviceB' }));
    expect(after.route?.metadata?.version).toBe(before.route?.metadata?.version);
  });

  it('answers NotFoundException (404) for a route, a router or a mesh that does not exist', async () => {
    const route = client.send(new DescribeRouteCommand({ ...place, routeName: 'nope' }));
    await expect(route).rejects.toBeInstanceOf(NotFoundException);
    await expect(route).rejects.toMatchObject({ $metadata: { httpStatusCode: 404 } });
    await expect(
      client.send(new ListRoutesCommand({ meshName: 'apps', virtualRouterName: 'nope' })),
    ).rejects.toBeInstanceOf(NotFoundException);
    await expect(client.send(new DescribeMeshCommand({ meshName: 'other' }))).rejects.toBeInstanceOf(
      NotFoundException,
    );
  });

  it('finds no mesh owned by another account, since none is shared with this one', async () => {
    await expect(
      client.send(new DescribeMeshCommand({ meshName: 'apps', meshOwner: '210987654321' })),
    ).rejects.toBeInstanceOf(NotFoundException);
  });

  it('pages ListRoutes with limit and nextToken', async () => {
    const first = await client.send(new ListRoutesCommand({ ...place, limit: 2 }));
    expect(first.routes).toHaveLength(2);
    expect(first.nextToken).toBeDefined();
    const rest = await client.send(
      new ListRoutesCommand({ ...place, limit: 100, nextToken: first.nextToken }),
    );
    const names = [...(first.routes ?? []), ...(rest.routes ?? [])].map((route) => route.routeName);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('serviceB');
  });

  it('answers TooManyRequestsException (429) when throttling is injected, and recovers', async () => {
    stack.injectFault({ service: 'appmesh', operation: 'DescribeRoute', times: 1 });
    const throttled = client.send(new DescribeRouteCommand({ ...place, routeName: 'serviceB' }));
    await expect(throttled).rejects.toBeInstanceOf(TooManyRequestsException);
    await expect(throttled).rejects.toMatchObject({ $metadata: { httpStatusCode: 429 } });
    await expect(
      client.send(new DescribeRouteCommand({ ...place, routeName: 'serviceB' })),
    ).resolves.toBeDefined();
  });
});

describe('virtual nodes and services', () => {
  it('creates and describes a virtual node', async () => {
    const spec = {
      listeners: [{ portMapping: { port: 8080, protocol: 'http' as const } }],
      serviceDiscovery: { dns: { hostname: 'serviceBv3.apps.local' } },
    };
    await client.send(
      new CreateVirtualNodeCommand({ meshName: 'apps', virtualNodeName: 'serviceBv3', spec }),
    );
    const { virtualNode } = await client.send(
      new DescribeVirtualNodeCommand({ meshName: 'apps', virtualNodeName: 'serviceBv3' }),
    );
    expect(virtualNode?.spec).toEqual(spec);
    expect(virtualNode?.metadata?.arn).toBe(
      'arn:aws:appmesh:us-west-2:123456789012:mesh/apps/virtualNode/serviceBv3',
    );
  });

  it('refuses a listener with an unknown protocol', async () => {
    const create = client.send(
      new CreateVirtualNodeCommand({
        meshName: 'apps',
        virtualNodeName: 'bad-listener',
        spec: { listeners: [{ portMapping: { port: 80, protocol: 'udp' as 'http' } }] },
      }),
    );
    await expect(create).rejects.toBeInstanceOf(BadRequestException);
  });

  it('refuses a virtual service whose provider does not exist', async () => {
    const create = client.send(
      new CreateVirtualServiceCommand({
        meshName: 'apps',
        virtualServiceName: 'servicec.apps.local',
        spec: { provider: { virtualRouter: { virtualRouterName: 'serviceC' } } },
      }),
    );
    await expect(create).rejects.toBeInstanceOf(BadRequestException);
  });

  it('records each route write with the simulated time it took effect', async () => {
    const before = stack.appMesh.routeWrites.length;
    await createRoute('history', split(100, 0));
    const at = stack.clock.nowMs();
    await client.send(new UpdateRouteCommand({ ...place, routeName: 'history', spec: split(60, 40) }));
    const writes = stack.appMesh.routeWrites.slice(before).filter((write) => write.route === 'history');
    expect(writes.map((write) => write.version)).toEqual([1, 2]);
    expect(stack.appMesh.routeSpecAt('apps', 'serviceB', 'history', writes[1]!.at)).toEqual(split(60, 40));
    expect(writes[1]!.at).toBeGreaterThanOrEqual(at);
  });
});
