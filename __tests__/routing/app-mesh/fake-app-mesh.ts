import type {
  AppMeshClientResolvedConfig,
  ServiceInputTypes,
  ServiceOutputTypes,
} from '@aws-sdk/client-app-mesh';
import {
  CreateRouteCommand,
  CreateVirtualNodeCommand,
  DeleteRouteCommand,
  DescribeMeshCommand,
  DescribeRouteCommand,
  DescribeVirtualNodeCommand,
  DescribeVirtualRouterCommand,
  ListRoutesCommand,
  NotFoundException,
  type RouteSpec,
  UpdateRouteCommand,
  type VirtualNodeSpec,
} from '@aws-sdk/client-app-mesh';
import type { AwsStub } from 'aws-sdk-client-mock';

const metadata = { $metadata: {} };

export type Operation =
  | 'DescribeMesh'
  | 'DescribeVirtualRouter'
  | 'ListRoutes'
  | 'DescribeRoute'
  | 'UpdateRoute'
  | 'DescribeVirtualNode'
  | 'CreateVirtualNode'
  | 'CreateRoute'
  | 'DeleteRoute';

function notFound(message: string): NotFoundException {
  return new NotFoundException({ message, ...metadata });
}

interface StoredRoute {
  spec: RouteSpec;
  version: number;
}

/**
 * An in-memory App Mesh behind aws-sdk-client-mock: describes what it holds, stores what UpdateRoute writes
 * (bumping the version), and answers NotFoundException for what it does not hold.
 */
export class FakeAppMesh {
  readonly meshes = new Set<string>();
  readonly routers = new Set<string>();
  readonly routes = new Map<string, StoredRoute>();
  readonly nodes = new Map<string, VirtualNodeSpec>();
  /** Errors the next calls of an operation throw, in order, before it behaves normally again. */
  private readonly queued = new Map<Operation, unknown[]>();
  private readonly always = new Map<Operation, unknown>();
  private readonly failingRoutes = new Map<string, unknown>();

  failNext(operation: Operation, ...errors: unknown[]): this {
    this.queued.set(operation, [...(this.queued.get(operation) ?? []), ...errors]);
    return this;
  }

  /** Every call of the operation fails with this error. */
  failAlways(operation: Operation, error: unknown): this {
    this.always.set(operation, error);
    return this;
  }

  /** UpdateRoute of this route fails until clearFailures(). */
  failUpdateOf(routeName: string, error: unknown): this {
    this.failingRoutes.set(routeName, error);
    return this;
  }

  clearFailures(): this {
    this.queued.clear();
    this.always.clear();
    this.failingRoutes.clear();
    return this;
  }

  private maybeFail(operation: Operation): void {
    const queue = this.queued.get(operation) ?? [];
    if (queue.length > 0) throw queue.shift();
    if (this.always.has(operation)) throw this.always.get(operation);
  }

  addMesh(mesh: string): this {
    this.meshes.add(mesh);
    return this;
  }

  addRouter(mesh: string, router: string): this {
    this.routers.add(`${mesh}/${router}`);
    return this;
  }

  addRoute(mesh: string, router: string, route: string, spec: RouteSpec, version = 1): this {
    this.routes.set(`${mesh}/${router}/${route}`, { spec: structuredClone(spec), version });
    return this;
  }

  addNode(mesh: string, node: string, spec: VirtualNodeSpec = {}): this {
    this.nodes.set(`${mesh}/${node}`, structuredClone(spec));
    return this;
  }

  route(mesh: string, router: string, route: string): StoredRoute {
    const stored = this.routes.get(`${mesh}/${router}/${route}`);
    if (!stored) throw new Error(`no route ${route} in the fake`);
    return stored;
  }

  install(mock: AwsStub<ServiceInputTypes, ServiceOutputTypes, AppMeshClientResolvedConfig>): void {
    mock.on(DescribeMeshCommand).callsFake(({ meshName }) => {
      this.maybeFail('DescribeMesh');
      if (!this.meshes.has(meshName)) throw notFound(`Mesh ${meshName} not found`);
      return { mesh: { meshName, spec: {}, metadata: { version: 1 } } };
    });
    mock.on(DescribeVirtualRouterCommand).callsFake(({ meshName, virtualRouterName }) => {
      this.maybeFail('DescribeVirtualRouter');
      if (!this.routers.has(`${meshName}/${virtualRouterName}`)) throw notFound('VirtualRouter not found');
      return { virtualRouter: { meshName, virtualRouterName, spec: {}, metadata: { version: 1 } } };
    });
    mock.on(ListRoutesCommand).callsFake(({ meshName, virtualRouterName }) => {
      this.maybeFail('ListRoutes');
      if (!this.routers.has(`${meshName}/${virtualRouterName}`)) throw notFound('VirtualRouter not found');
      const prefix = `${meshName}/${virtualRouterName}/`;
      const routes = [...this.routes.keys()]
        .filter((key) => key.startsWith(prefix))
        .map((key) => ({ meshName, virtualRouterName, routeName: key.slice(prefix.length) }));
      return { routes };
    });
    mock.on(DescribeRouteCommand).callsFake(({ meshName, virtualRouterName, routeName }) => {
      this.maybeFail('DescribeRoute');
      const stored = this.routes.get(`${meshName}/${virtualRouterName}/${routeName}`);
      if (!stored) throw notFound(`Route ${routeName} not found`);
      return { route: this.routeData(meshName, virtualRouterName, routeName, stored) };
    });
    mock.on(UpdateRouteCommand).callsFake(({ meshName, virtualRouterName, routeName, spec }) => {
      this.maybeFail('UpdateRoute');
      if (this.failingRoutes.has(routeName ?? '')) throw this.failingRoutes.get(routeName ?? '');
      const stored = this.routes.get(`${meshName}/${virtualRouterName}/${routeName}`);
      if (!stored) throw notFound(`Route ${routeName} not found`);
      stored.spec = structuredClone(spec);
      stored.version += 1;
      return { route: this.routeData(meshName, virtualRouterName, routeName, stored) };
    });
    mock.on(CreateRouteCommand).callsFake(({ meshName, virtualRouterName, routeName, spec }) => {
      this.maybeFail('CreateRoute');
      const key = `${meshName}/${virtualRouterName}/${routeName}`;
      if (!this.routers.has(`${meshName}/${virtualRouterName}`)) throw notFound('VirtualRouter not found');
      if (!this.routes.has(key)) this.routes.set(key, { spec: structuredClone(spec), version: 1 });
      return { route: this.routeData(meshName, virtualRouterName, routeName, this.routes.get(key)!) };
    });
    mock.on(DeleteRouteCommand).callsFake(({ meshName, virtualRouterName, routeName }) => {
      this.maybeFail('DeleteRoute');
      const key = `${meshName}/${virtualRouterName}/${routeName}`;
      const stored = this.routes.get(key);
      if (!stored) throw notFound(`Route ${routeName} not found`);
      this.routes.delete(key);
      return { route: this.routeData(meshName, virtualRouterName, routeName, stored) };
    });
    mock.on(DescribeVirtualNodeCommand).callsFake(({ meshName, virtualNodeName }) => {
      this.maybeFail('DescribeVirtualNode');
      const spec = this.nodes.get(`${meshName}/${virtualNodeName}`);
      if (!spec) throw notFound(`VirtualNode ${virtualNodeName} not found`);
      return {
        virtualNode: { meshName, virtualNodeName, spec: structuredClone(spec), metadata: { version: 1 } },
      };
    });
    mock.on(CreateVirtualNodeCommand).callsFake(({ meshName, virtualNodeName, spec }) => {
      this.maybeFail('CreateVirtualNode');
      this.nodes.set(`${meshName}/${virtualNodeName}`, structuredClone(spec));
      return { virtualNode: { meshName, virtualNodeName, spec, metadata: { version: 1 } } };
    });
  }

  private routeData(meshName: string, virtualRouterName: string, routeName: string, stored: StoredRoute) {
    return {
      meshName,
      virtualRouterName,
      routeName,
      spec: structuredClone(stored.spec),
      metadata: { version: stored.version, createdAt: new Date(0), lastUpdatedAt: new Date(0) },
      status: { status: 'ACTIVE' as const },
    };
  }
}

/** The seed's mesh: mesh apps, router serviceB, route serviceB (httpRoute, 100% serviceB), three nodes. */
export function seedMesh(spec: RouteSpec = seedCreateRouteSpec()): FakeAppMesh {
  return new FakeAppMesh()
    .addMesh('apps')
    .addRouter('apps', 'serviceB')
    .addRoute('apps', 'serviceB', 'serviceB', spec)
    .addNode('apps', 'serviceB', seedNodeSpec('serviceB.apps.local'))
    .addNode('apps', 'serviceBv2', seedNodeSpec('serviceBv2.apps.local'))
    .addNode('apps', 'serviceA', seedNodeSpec('servicea.apps.local'));
}

/** create-route.json of the seed. */
export function seedCreateRouteSpec(): RouteSpec {
  return {
    httpRoute: {
      action: { weightedTargets: [{ virtualNode: 'serviceB', weight: 100 }] },
      match: { prefix: '/' },
    },
  };
}

/** The seed's route as an http2Route before its update-route.json (which sets 75/25). */
export function seedHttp2RouteSpec(): RouteSpec {
  return {
    http2Route: {
      action: { weightedTargets: [{ virtualNode: 'serviceB', weight: 100 }] },
      match: { prefix: '/' },
    },
  };
}

export function seedNodeSpec(hostname: string): VirtualNodeSpec {
  return {
    listeners: [{ portMapping: { port: 80, protocol: 'http2' } }],
    serviceDiscovery: { dns: { hostname } },
  };
}
