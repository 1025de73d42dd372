import {
  AppMeshClient,
  BadRequestException,
  CreateVirtualNodeCommand,
  DescribeMeshCommand,
  DescribeRouteCommand,
  DescribeVirtualNodeCommand,
  DescribeVirtualRouterCommand,
  InternalServerErrorException,
  ListRoutesCommand,
  type RouteSpec,
  ServiceUnavailableException,
  UpdateRouteCommand,
} from '@aws-sdk/client-app-mesh';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import { AwsCallError, InputError } from '../../../src/errors.js';
import {
  CanaryNotAtZeroError,
  DriftError,
  MeshResourceNotFoundError,
  PreflightError,
  RestoreIncompleteError,
  RouteSpecError,
  ShiftIncompleteError,
  StableTargetMissingError,
  TrafficStateError,
} from '../../../src/routing/app-mesh/index.js';
import { type FakeAppMesh, seedCreateRouteSpec, seedHttp2RouteSpec, seedMesh } from './fake-app-mesh.js';
import { fakeClock, routerOf, throttled } from './helpers.js';

const meshMock = mockClient(AppMeshClient);
let fake: FakeAppMesh;

beforeEach(() => {
  meshMock.reset();
  fake = seedMesh();
  fake.install(meshMock);
});

function updates() {
  return meshMock.commandCalls(UpdateRouteCommand).map((call) => call.args[0].input);
}

/** The original spec with only the stable and canary weights set (the canary appended when absent). */
function withWeights(spec: RouteSpec, stable: number, canary: number, port?: number): RouteSpec {
  const copy = structuredClone(spec) as Record<
    string,
    { action: { weightedTargets: Array<Record<string, unknown>> } }
  >;
  const type = Object.keys(copy).find((key) => key !== 'priority')!;
  const targets = copy[type]!.action.weightedTargets;
  const stableTarget = targets.find((target) => target.virtualNode === 'serviceB')!;
  stableTarget.weight = stable;
  const canaryTarget = targets.find((target) => target.virtualNode === 'serviceBv2');
  if (canaryTarget) canaryTarget.weight = canary;
  else targets.push({ virtualNode: 'serviceBv2', weight: canary, ...(port === undefined ? {} : { port }) });
  return copy as RouteSpec;
}

const httpRoute: RouteSpec = {
  priority: 10,
  httpRoute: {
    match: {
      prefix: '/api',
      method: 'POST',
      scheme: 'https',
      headers: [{ name: 'x-canary', invert: false, match: { exact: 'yes' } }],
      queryParameters: [{ name: 'debug', match: { exact: 'true' } }],
      port: 8080,
    },
    action: {
      weightedTargets: [
        { virtualNode: 'serviceB', weight: 80, port: 8080 },
        { virtualNode: 'legacy', weight: 20, port: 8080 },
      ],
    },
    retryPolicy: {
      maxRetries: 3,
      perRetryTimeout: { unit: 'ms', value: 250 },
      httpRetryEvents: ['server-error', 'gateway-error'],
      tcpRetryEvents: ['connection-error'],
    },
    timeout: { perRequest: { unit: 's', value: 15 }, idle: { unit: 's', value: 300 } },
  },
};

const http2Route: RouteSpec = {
  http2Route: {
    match: {
      path: { regex: '^/v[0-9]+/orders$' },
      headers: [{ name: 'user-agent', match: { prefix: 'mobile' } }],
    },
    action: { weightedTargets: [{ virtualNode: 'serviceB', weight: 100 }] },
    timeout: { perRequest: { unit: 'ms', value: 900 } },
  },
};

const grpcRoute: RouteSpec = {
  priority: 0,
  grpcRoute: {
    match: {
      serviceName: 'orders.Orders',
      methodName: 'Place',
      metadata: [{ name: 'tenant', invert: true, match: { range: { start: 1, end: 9 } } }],
    },
    action: {
      weightedTargets: [
        { virtualNode: 'serviceB', weight: 50 },
        { virtualNode: 'audit', weight: 50 },
      ],
    },
    retryPolicy: {
      maxRetries: 2,
      perRetryTimeout: { unit: 's', value: 1 },
      grpcRetryEvents: ['unavailable', 'resource-exhausted'],
    },
  },
};

const tcpRoute: RouteSpec = {
  tcpRoute: {
    match: { port: 9000 },
    action: { weightedTargets: [{ virtualNode: 'serviceB', weight: 90, port: 9000 }] },
    timeout: { idle: { unit: 's', value: 600 } },
  },
};

describe('the seed routes', () => {
  it('shifts the seed httpRoute (create-route.json) to 25% and back, writing only the weights', async () => {
    const router = routerOf();
    const snapshot = await router.snapshot();
    const result = await router.shift(25, snapshot);

    expect(updates()).toEqual([
      expect.objectContaining({
        meshName: 'apps',
        virtualRouterName: 'serviceB',
        routeName: 'serviceB',
        spec: withWeights(seedCreateRouteSpec(), 75, 25),
      }),
    ]);
    expect(result.written).toEqual(['serviceB']);
    expect(fake.route('apps', 'serviceB', 'serviceB').spec).toEqual({
      httpRoute: {
        action: {
          weightedTargets: [
            { virtualNode: 'serviceB', weight: 75 },
            { virtualNode: 'serviceBv2', weight: 25 },
          ],
        },
        match: { prefix: '/' },
      },
    });

    await router.restore(snapshot);
    expect(fake.route('apps', 'serviceB', 'serviceB').spec).toEqual(seedCreateRouteSpec());
  });

  it('writes exactly the seed update-route.json for the http2Route at 25%', async () => {
    fake.addRoute('apps', 'serviceB', 'serviceB', seedHttp2RouteSpec());
    const router = routerOf();
    await router.shift(25, await router.snapshot());

    const [update] = updates();
    const { clientToken, ...request } = update!;
    expect(request).toEqual({
      meshName: 'apps',
      routeName: 'serviceB',
      spec: {
        http2Route: {
          action: {
            weightedTargets: [
              { virtualNode: 'serviceB', weight: 75 },
              { virtualNode: 'serviceBv2', weight: 25 },
            ],
          },
          match: { prefix: '/' },
        },
      },
      virtualRouterName: 'serviceB',
    });
    expect(clientToken).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('shift keeps everything but the two weights, for every route type', () => {
  it.each([
    ['httpRoute', httpRoute, 40, 48, 32, 8080],
    ['http2Route', http2Route, 33, 67, 33, undefined],
    ['grpcRoute', grpcRoute, 50, 25, 25, undefined],
    ['tcpRoute', tcpRoute, 10, 81, 9, 9000],
  ] as const)('%s', async (_type, spec, percent, stable, canary, port) => {
    fake.addRoute('apps', 'serviceB', 'serviceB', spec);
    const router = routerOf();
    const snapshot = await router.snapshot();
    const result = await router.shift(percent, snapshot);

    expect(updates().map((update) => update.spec)).toEqual([withWeights(spec, stable, canary, port)]);
    expect(result.routes[0]!.spec).toEqual(withWeights(spec, stable, canary, port));
    await router.restore(snapshot);
    expect(fake.route('apps', 'serviceB', 'serviceB').spec).toEqual(spec);
  });
});

describe('steps', () => {
  it('moves through 25, 50, 100 from each previous result, then restores the original spec', async () => {
    const router = routerOf();
    const snapshot = await router.snapshot();
    const weights: number[][] = [];
    let state = snapshot;
    for (const percent of [25, 50, 100]) {
      state = await router.shift(percent, JSON.parse(JSON.stringify(state)));
      weights.push(
        fake
          .route('apps', 'serviceB', 'serviceB')
          .spec.httpRoute!.action!.weightedTargets!.map((t) => t.weight!),
      );
    }
    expect(weights).toEqual([
      [75, 25],
      [50, 50],
      [0, 100],
    ]);
    expect(state.routes[0]!.version).toBe(4);

    expect(await router.restore(snapshot)).toEqual({ restored: ['serviceB'], unchanged: [] });
    expect(fake.route('apps', 'serviceB', 'serviceB').spec).toEqual(seedCreateRouteSpec());
  });

  it('does not add a canary target at 0%', async () => {
    const router = routerOf();
    const result = await router.shift(0, await router.snapshot());

    expect(meshMock).not.toHaveReceivedCommand(UpdateRouteCommand);
    expect(result.written).toEqual([]);
  });

  it('costs one DescribeRoute and one UpdateRoute per route', async () => {
    fake
      .addRoute('apps', 'serviceB', 'serviceB-grpc', grpcRoute)
      .addRoute('apps', 'serviceB', 'serviceB-tcp', tcpRoute);
    const router = routerOf();
    const snapshot = await router.snapshot();
    meshMock.resetHistory();

    await router.shift(25, snapshot);

    expect(meshMock.commandCalls(DescribeRouteCommand)).toHaveLength(3);
    expect(meshMock.commandCalls(UpdateRouteCommand)).toHaveLength(3);
    expect(meshMock.calls()).toHaveLength(6);
    expect(updates().map((update) => update.routeName)).toEqual([
      'serviceB',
      'serviceB-grpc',
      'serviceB-tcp',
    ]);
  });
});

describe('idempotency', () => {
  it('does nothing when a retried step finds the route already at the target weights', async () => {
    const router = routerOf();
    const snapshot = await router.snapshot();
    const first = await router.shift(25, snapshot);
    meshMock.resetHistory();

    const retried = await router.shift(25, snapshot);

    expect(meshMock).not.toHaveReceivedCommand(UpdateRouteCommand);
    expect(retried.written).toEqual([]);
    expect(retried.routes).toEqual(first.routes);
  });

  it('derives the client token from the deployment, route and step, never at random', async () => {
    const tokens = async (deploymentId: string, percent: number) => {
      meshMock.reset();
      fake = seedMesh();
      fake.install(meshMock);
      const router = routerOf({}, { deploymentId });
      await router.shift(percent, await router.snapshot());
      return updates()[0]!.clientToken;
    };
    const token = await tokens('deploy-1', 25);

    expect(token).toHaveLength(36);
    expect(await tokens('deploy-1', 25)).toBe(token);
    expect(await tokens('deploy-1', 50)).not.toBe(token);
    expect(await tokens('deploy-2', 25)).not.toBe(token);
  });

  it('refuses an empty deployment id', () => {
    expect(() => routerOf({}, { deploymentId: ' ' })).toThrow(InputError);
  });
});

describe('drift', () => {
  it('names the changed weight and writes nothing', async () => {
    const router = routerOf();
    const snapshot = await router.snapshot();
    fake.route('apps', 'serviceB', 'serviceB').spec = {
      httpRoute: {
        action: {
          weightedTargets: [
            { virtualNode: 'serviceB', weight: 60 },
            { virtualNode: 'serviceA', weight: 40 },
          ],
        },
        match: { prefix: '/' },
      },
    };

    const shift = router.shift(25, snapshot);

    await expect(shift).rejects.toThrow(DriftError);
    await expect(shift).rejects.toThrow(
      'route serviceB: weightedTargets changed: serviceB 60 (expected 100), serviceA 40 (not expected)',
    );
    expect(meshMock).not.toHaveReceivedCommand(UpdateRouteCommand);
  });

  it('notices a change outside the weights (match.prefix) after a step', async () => {
    const router = routerOf();
    const state = await router.shift(25, await router.snapshot());
    fake.route('apps', 'serviceB', 'serviceB').spec.httpRoute!.match = { prefix: '/v2' };
    meshMock.resetHistory();

    await expect(router.shift(50, state)).rejects.toThrow(
      'route serviceB: match.prefix changed: "/v2" (expected "/")',
    );
    expect(meshMock).not.toHaveReceivedCommand(UpdateRouteCommand);
  });

  it('writes no route when any of several routes drifted', async () => {
    fake.addRoute('apps', 'serviceB', 'serviceB-tcp', tcpRoute);
    const router = routerOf();
    const snapshot = await router.snapshot();
    fake.route('apps', 'serviceB', 'serviceB-tcp').spec.tcpRoute!.timeout = { idle: { unit: 's', value: 5 } };

    await expect(router.shift(25, snapshot)).rejects.toThrow(
      'route serviceB-tcp: timeout.idle.value changed: 5 (expected 600)',
    );
    expect(meshMock).not.toHaveReceivedCommand(UpdateRouteCommand);
  });
});

describe('App Mesh errors', () => {
  it.each([
    ['TooManyRequestsException', throttled()],
    ['ServiceUnavailableException', new ServiceUnavailableException({ message: 'down', $metadata: {} })],
    ['InternalServerErrorException', new InternalServerErrorException({ message: 'oops', $metadata: {} })],
  ])('retries %s with growing jittered waits, then succeeds', async (_name, error) => {
    const clock = fakeClock();
    const router = routerOf({}, { retry: { ...clock, deadlineMs: 60_000 } });
    const snapshot = await router.snapshot();
    fake.failNext('DescribeRoute', error).failNext('UpdateRoute', error, error);

    await router.shift(25, snapshot);

    expect(clock.sleeps).toEqual([150, 150, 300]);
    const tokens = updates().map((update) => update.clientToken);
    expect(tokens).toHaveLength(3);
    expect(new Set(tokens).size).toBe(1);
    expect(fake.route('apps', 'serviceB', 'serviceB').version).toBe(2);
  });

  it('gives up when throttling lasts past the deadline, without writing', async () => {
    const clock = fakeClock();
    const warnings: string[] = [];
    const router = routerOf(
      {},
      {
        retry: { ...clock, deadlineMs: 2_000 },
        log: { info: () => {}, warn: (line) => warnings.push(line) },
      },
    );
    const snapshot = await router.snapshot();
    fake.failAlways('DescribeRoute', throttled());

    const shift = router.shift(25, snapshot);

    await expect(shift).rejects.toThrow(AwsCallError);
    await expect(shift).rejects.toThrow(
      'describing route serviceB in virtual router serviceB of mesh apps: TooManyRequestsException: Rate exceeded',
    );
    expect(clock.now()).toBeLessThanOrEqual(2_000);
    expect(clock.sleeps.length).toBeGreaterThan(2);
    expect(warnings[0]).toContain('attempt 2');
    expect(meshMock).not.toHaveReceivedCommand(UpdateRouteCommand);
  });

  it('does not retry a bad request', async () => {
    const router = routerOf();
    const snapshot = await router.snapshot();
    fake.failAlways(
      'UpdateRoute',
      new BadRequestException({ message: 'weight out of range', $metadata: {} }),
    );

    await expect(router.shift(25, snapshot)).rejects.toThrow(
      'updating route serviceB in virtual router serviceB of mesh apps: BadRequestException: weight out of range',
    );
    expect(meshMock.commandCalls(UpdateRouteCommand)).toHaveLength(1);
  });
});

describe('a shift over several routes that fails part-way', () => {
  beforeEach(() => {
    fake
      .addRoute('apps', 'serviceB', 'serviceB-grpc', grpcRoute)
      .addRoute('apps', 'serviceB', 'serviceB-tcp', tcpRoute);
  });

  it('records which routes were written; a retry finishes the step', async () => {
    const router = routerOf();
    const snapshot = await router.snapshot();
    fake.failUpdateOf('serviceB-grpc', new BadRequestException({ message: 'invalid', $metadata: {} }));

    const error = await router.shift(25, snapshot).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ShiftIncompleteError);
    expect(error).toMatchObject({
      written: ['serviceB'],
      failedRoute: 'serviceB-grpc',
      notWritten: ['serviceB-grpc', 'serviceB-tcp'],
    });
    expect((error as Error).message).toContain(
      'Written: serviceB; not written: serviceB-grpc, serviceB-tcp.',
    );
    expect(updates().map((update) => update.routeName)).toEqual(['serviceB', 'serviceB-grpc']);

    fake.clearFailures();
    meshMock.resetHistory();
    const retried = await router.shift(25, snapshot);
    expect(retried.written).toEqual(['serviceB-grpc', 'serviceB-tcp']);
    expect(fake.route('apps', 'serviceB', 'serviceB-grpc').spec).toEqual(withWeights(grpcRoute, 37, 13));
  });

  it('is undone by restore, which leaves the routes that were not written alone', async () => {
    const router = routerOf();
    const snapshot = await router.snapshot();
    fake.failUpdateOf('serviceB-grpc', new BadRequestException({ message: 'invalid', $metadata: {} }));
    await expect(router.shift(25, snapshot)).rejects.toThrow(ShiftIncompleteError);
    fake.clearFailures();
    meshMock.resetHistory();

    expect(await router.restore(snapshot)).toEqual({
      restored: ['serviceB'],
      unchanged: ['serviceB-grpc', 'serviceB-tcp'],
    });
    expect(updates().map((update) => update.routeName)).toEqual(['serviceB']);
    expect(fake.route('apps', 'serviceB', 'serviceB').spec).toEqual(seedCreateRouteSpec());
  });
});

describe('restore', () => {
  it('is a no-op when called again', async () => {
    const router = routerOf();
    const snapshot = await router.snapshot();
    await router.shift(50, snapshot);
    await router.restore(snapshot);
    meshMock.resetHistory();

    expect(await router.restore(snapshot)).toEqual({ restored: [], unchanged: ['serviceB'] });
    expect(meshMock).not.toHaveReceivedCommand(UpdateRouteCommand);
  });

  it('writes the snapshot back over a route someone else edited', async () => {
    const router = routerOf();
    const snapshot = await router.snapshot();
    fake.route('apps', 'serviceB', 'serviceB').spec = {
      tcpRoute: { action: { weightedTargets: [{ virtualNode: 'serviceA', weight: 1 }] } },
    };

    await router.restore(snapshot);

    expect(fake.route('apps', 'serviceB', 'serviceB').spec).toEqual(seedCreateRouteSpec());
  });

  it('restores every route it can and reports the ones it could not', async () => {
    fake.addRoute('apps', 'serviceB', 'serviceB-tcp', tcpRoute);
    const router = routerOf();
    const snapshot = await router.snapshot();
    await router.shift(50, snapshot);
    fake.routes.delete('apps/serviceB/serviceB');

    const error = await router.restore(snapshot).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(RestoreIncompleteError);
    expect((error as Error).message).toContain(
      'route serviceB (route serviceB not found in virtual router serviceB of mesh apps; check route.)',
    );
    expect((error as RestoreIncompleteError).restored).toEqual(['serviceB-tcp']);
    expect(fake.route('apps', 'serviceB', 'serviceB-tcp').spec).toEqual(tcpRoute);
  });
});

describe('pre-flight', () => {
  function expectNoMutation() {
    expect(meshMock).not.toHaveReceivedCommand(UpdateRouteCommand);
    expect(meshMock).not.toHaveReceivedCommand(CreateVirtualNodeCommand);
  }

  it('snapshots the routes of the router that target the stable node, with their versions', async () => {
    fake.addRoute('apps', 'serviceB', 'other', {
      httpRoute: {
        action: { weightedTargets: [{ virtualNode: 'serviceA', weight: 100 }] },
        match: { prefix: '/a' },
      },
    });
    fake.addRoute('apps', 'serviceB', 'grpc', grpcRoute, 7);

    const snapshot = await routerOf().snapshot();

    expect(snapshot).toEqual({
      router: 'app-mesh',
      mesh: 'apps',
      virtualRouter: 'serviceB',
      stableNode: 'serviceB',
      canaryNode: 'serviceBv2',
      routes: [
        { routeName: 'grpc', version: 7, spec: grpcRoute },
        { routeName: 'serviceB', version: 1, spec: seedCreateRouteSpec() },
      ],
    });
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
    expect(meshMock).toHaveReceivedCommandWith(ListRoutesCommand, {
      meshName: 'apps',
      virtualRouterName: 'serviceB',
    });
  });

  it.each([
    [
      'mesh',
      () => fake.meshes.clear(),
      {},
      'mesh apps not found; check mesh; for a mesh shared from another account, set mesh-owner.',
    ],
    [
      'virtual router',
      () => fake.routers.clear(),
      {},
      'virtual router serviceB not found in mesh apps; check virtual-router.',
    ],
    [
      'route',
      () => {},
      { route: 'serviceC' },
      'route serviceC not found in virtual router serviceB of mesh apps; check route.',
    ],
    [
      'stable node',
      () => fake.nodes.delete('apps/serviceB'),
      {},
      'virtual node serviceB not found in mesh apps; check stable-node.',
    ],
    [
      'canary node',
      () => fake.nodes.delete('apps/serviceBv2'),
      {},
      'virtual node serviceBv2 not found in mesh apps; check canary-node; create the node first, or set create-canary-node: true',
    ],
  ])('names a missing %s', async (_what, remove, inputs, message) => {
    remove();
    const snapshot = routerOf(inputs).snapshot();

    await expect(snapshot).rejects.toThrow(MeshResourceNotFoundError);
    await expect(snapshot).rejects.toThrow(message);
    expectNoMutation();
  });

  it('refuses a named route without a weighted target on the stable node', async () => {
    fake.addRoute('apps', 'serviceB', 'other', {
      httpRoute: {
        action: { weightedTargets: [{ virtualNode: 'serviceA', weight: 100 }] },
        match: { prefix: '/' },
      },
    });

    const snapshot = routerOf({ route: 'other' }).snapshot();

    await expect(snapshot).rejects.toThrow(StableTargetMissingError);
    await expect(snapshot).rejects.toThrow(
      'route other has no weighted target on stable node serviceB (its targets: serviceA 100)',
    );
  });

  it('refuses when no route of the router targets the stable node', async () => {
    const snapshot = routerOf({
      'stable-node': 'serviceA',
      'canary-node': 'serviceAv2',
      'create-canary-node': 'true',
      'canary-dns-hostname': 'a2.apps.local',
    }).snapshot();

    await expect(snapshot).rejects.toThrow(PreflightError);
    await expect(snapshot).rejects.toThrow(
      'no route of virtual router serviceB of mesh apps has a weighted target on stable node serviceA (its routes: serviceB)',
    );
  });

  it('refuses when the canary already holds weight, naming the route and weights', async () => {
    fake.addRoute('apps', 'serviceB', 'serviceB', {
      http2Route: {
        action: {
          weightedTargets: [
            { virtualNode: 'serviceB', weight: 75 },
            { virtualNode: 'serviceBv2', weight: 25 },
          ],
        },
        match: { prefix: '/' },
      },
    });

    const snapshot = routerOf().snapshot();

    await expect(snapshot).rejects.toThrow(CanaryNotAtZeroError);
    await expect(snapshot).rejects.toThrow(
      'route serviceB already sends traffic to canary node serviceBv2 (serviceB 75, serviceBv2 25): a canary is running or a previous one was left behind',
    );
    expectNoMutation();
  });

  it('accepts a canary target that holds weight 0', async () => {
    fake.addRoute('apps', 'serviceB', 'serviceB', withWeights(seedCreateRouteSpec(), 100, 0));
    await expect(routerOf().snapshot()).resolves.toMatchObject({ routes: [{ routeName: 'serviceB' }] });
  });

  it('refuses a route whose stable target has no weight', async () => {
    fake.addRoute('apps', 'serviceB', 'serviceB', {
      httpRoute: {
        action: {
          weightedTargets: [
            { virtualNode: 'serviceB', weight: 0 },
            { virtualNode: 'serviceA', weight: 100 },
          ],
        },
        match: { prefix: '/' },
      },
    });
    await expect(routerOf().snapshot()).rejects.toThrow('route serviceB gives stable node serviceB weight 0');
  });

  it('refuses a route spec it cannot write back (no known route type)', async () => {
    fake.addRoute('apps', 'serviceB', 'serviceB', {} as RouteSpec);
    const snapshot = routerOf().snapshot();

    await expect(snapshot).rejects.toThrow(RouteSpecError);
    await expect(snapshot).rejects.toThrow(
      'route serviceB: a route spec has exactly one of httpRoute, http2Route, grpcRoute, tcpRoute; found none.',
    );
  });

  it('passes mesh-owner on every call for a shared mesh', async () => {
    const router = routerOf({ 'mesh-owner': '111122223333' });
    await router.shift(25, await router.snapshot());

    for (const command of [
      DescribeMeshCommand,
      DescribeVirtualRouterCommand,
      DescribeVirtualNodeCommand,
      DescribeRouteCommand,
      UpdateRouteCommand,
    ]) {
      for (const call of meshMock.commandCalls(command as typeof DescribeMeshCommand)) {
        expect(call.args[0].input).toMatchObject({ meshName: 'apps', meshOwner: '111122223333' });
      }
    }
    expect(meshMock.commandCalls(UpdateRouteCommand)).toHaveLength(1);
  });
});

describe('what shift refuses before any call', () => {
  it.each([150, -1, 33.3, Number.NaN])('canary percent %p', async (percent) => {
    const router = routerOf();
    const snapshot = await router.snapshot();
    meshMock.resetHistory();

    await expect(router.shift(percent, snapshot)).rejects.toThrow(
      'input "canary-percent": must be a whole number from 0 to 100',
    );
    expect(meshMock.calls()).toHaveLength(0);
  });

  it('a state that belongs to another router or nodes', async () => {
    const snapshot = await routerOf().snapshot();
    meshMock.resetHistory();

    await expect(routerOf().shift(25, { ...snapshot, virtualRouter: 'serviceA' })).rejects.toThrow(
      'the expected state is for virtualRouter "serviceA", but this router shifts virtualRouter "serviceB".',
    );
    await expect(routerOf().shift(25, { ...snapshot, canaryNode: 'serviceC' })).rejects.toThrow(
      TrafficStateError,
    );
    await expect(routerOf().restore({ ...snapshot, meshOwner: '111122223333' })).rejects.toThrow(
      TrafficStateError,
    );
    expect(meshMock.calls()).toHaveLength(0);
  });

  it('a state with an unknown route type', async () => {
    const snapshot = await routerOf().snapshot();
    meshMock.resetHistory();
    const broken = {
      ...snapshot,
      routes: [{ routeName: 'serviceB', version: 1, spec: { fooRoute: {} } as never }],
    };

    await expect(routerOf().shift(25, broken)).rejects.toThrow(
      'route serviceB: unknown route type "fooRoute"',
    );
    await expect(routerOf().restore(broken)).rejects.toThrow(RouteSpecError);
    expect(meshMock.calls()).toHaveLength(0);
  });

  it('a state without routes', async () => {
    const snapshot = await routerOf().snapshot();
    await expect(routerOf().shift(25, { ...snapshot, routes: [] })).rejects.toThrow(
      'the expected state lists no route.',
    );
  });

  it('a route that would exceed 10 weighted targets', async () => {
    const others = Array.from({ length: 9 }, (_, index) => ({ virtualNode: `other${index}`, weight: 1 }));
    fake.addRoute('apps', 'serviceB', 'serviceB', {
      httpRoute: {
        action: { weightedTargets: [{ virtualNode: 'serviceB', weight: 91 }, ...others] },
        match: { prefix: '/' },
      },
    });
    const router = routerOf();
    const snapshot = await router.snapshot();
    meshMock.resetHistory();

    await expect(router.shift(25, snapshot)).rejects.toThrow(
      'would make 11 weighted targets; App Mesh allows at most 10',
    );
    expect(meshMock.calls()).toHaveLength(0);
  });
});

describe('describe', () => {
  it('lists the weighted targets of each route', async () => {
    fake.addRoute('apps', 'serviceB', 'tcp', tcpRoute, 3);
    const router = routerOf();
    await router.shift(25, await router.snapshot());

    expect(await router.describe()).toEqual([
      {
        route: 'serviceB',
        type: 'httpRoute',
        version: 2,
        targets: [
          { target: 'serviceB', weight: 75 },
          { target: 'serviceBv2', weight: 25 },
        ],
      },
      {
        route: 'tcp',
        type: 'tcpRoute',
        version: 4,
        targets: [
          { target: 'serviceB', port: 9000, weight: 67 },
          { target: 'serviceBv2', port: 9000, weight: 23 },
        ],
      },
    ]);
  });
});
