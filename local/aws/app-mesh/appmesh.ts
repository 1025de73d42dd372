import { randomUUID } from 'node:crypto';
import type { SimClock } from '../../clock.js';
import type { Place } from '../protocol.js';
import { AwsError, epochSeconds, isObject, type Json, pageOf, type RestOperation } from '../protocol.js';
import {
  checkName,
  checkRouteSpec,
  checkVirtualNodeSpec,
  checkVirtualRouterSpec,
  checkVirtualServiceSpec,
} from './appmesh-specs.js';

interface Item {
  name: string;
  spec: Json;
  arn: string;
  uid: string;
  version: number;
  createdAt: number;
  lastUpdatedAt: number;
  /** clientToken -> the spec it wrote, for idempotent retries and ConflictException. */
  tokens: Map<string, string>;
  tags: Json[];
}

interface Router extends Item {
  routes: Map<string, Item>;
}

interface Mesh extends Item {
  nodes: Map<string, Item>;
  routers: Map<string, Router>;
  services: Map<string, Item>;
}

/** A route write, with the simulated time it took effect: the traffic simulator splits requests by it. */
export interface RouteWrite {
  at: number;
  mesh: string;
  virtualRouter: string;
  route: string;
  spec: Json;
  version: number;
}

type Kind = 'virtualNode' | 'virtualRouter' | 'virtualService';

const kindLabels: Record<Kind, string> = {
  virtualNode: 'VirtualNode',
  virtualRouter: 'VirtualRouter',
  virtualService: 'VirtualService',
};

function notFound(message: string): AwsError {
  return new AwsError('NotFoundException', message, 404);
}

function bad(message: string): AwsError {
  return new AwsError('BadRequestException', message, 400);
}

/** App Mesh tags: at most 50, each a key of 1-128 characters and a value of at most 256. */
function checkTags(value: unknown): Json[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > 50) throw bad('tags must be a list of at most 50 tags');
  return value.map((tag) => {
    if (!isObject(tag) || typeof tag.key !== 'string' || tag.key.length < 1 || tag.key.length > 128)
      throw bad('Each tag needs a key of 1-128 characters');
    const text = tag.value === undefined ? '' : String(tag.value);
    if (text.length > 256) throw bad(`The value of tag ${tag.key} is longer than 256 characters`);
    return { key: tag.key, value: text };
  });
}

/** App Mesh (REST JSON, /v20190125): meshes, virtual nodes, routers, routes and services. */
export class LocalAppMesh {
  private readonly meshes = new Map<string, Mesh>();
  readonly routeWrites: RouteWrite[] = [];

  constructor(
    private readonly place: Place,
    private readonly clock: SimClock,
  ) {}

  // ---- reads for the simulator, the seed and tests -------------------------------------------

  routeSpec(mesh: string, virtualRouter: string, route: string): Json | undefined {
    const found = this.meshes.get(mesh)?.routers.get(virtualRouter)?.routes.get(route);
    return found ? structuredClone(found.spec) : undefined;
  }

  routeVersion(mesh: string, virtualRouter: string, route: string): number | undefined {
    return this.meshes.get(mesh)?.routers.get(virtualRouter)?.routes.get(route)?.version;
  }

  /** The route spec in force at simulated time `at` (the last write at or before it). */
  routeSpecAt(mesh: string, virtualRouter: string, route: string, at: number): Json | undefined {
    let found: Json | undefined;
    for (const write of this.routeWrites) {
      if (write.at > at) break;
      if (write.mesh === mesh && write.virtualRouter === virtualRouter && write.route === route)
        found = write.spec;
    }
    return found;
  }

  // ---- operations -----------------------------------------------------------------------------

  createMesh(body: Json): Json {
    const name = checkName(body.meshName, 'meshName');
    const spec = isObject(body.spec) ? body.spec : {};
    const existing = this.meshes.get(name);
    if (existing) return this.meshData(this.repeatCreate(existing, body, spec, `Mesh ${name}`));
    const mesh: Mesh = {
      ...this.newItem(name, `mesh/${name}`, spec, body.clientToken),
      nodes: new Map(),
      routers: new Map(),
      services: new Map(),
    };
    this.meshes.set(name, mesh);
    return this.meshData(mesh);
  }

  describeMesh(meshName: string, query: URLSearchParams): Json {
    return this.meshData(this.mesh(meshName, query));
  }

  updateMesh(meshName: string, query: URLSearchParams, body: Json): Json {
    const mesh = this.mesh(meshName, query);
    this.update(mesh, isObject(body.spec) ? body.spec : {}, body.clientToken);
    return this.meshData(mesh);
  }

  listMeshes(query: URLSearchParams): Json {
    const { page, nextToken } = pageOf(
      [...this.meshes.values()],
      limitOf(query),
      query.get('nextToken') ?? undefined,
      'BadRequestException',
    );
    return {
      meshes: page.map((mesh) => ({ meshName: mesh.name, ...this.ref(mesh) })),
      ...(nextToken ? { nextToken } : {}),
    };
  }

  create(kind: Kind, meshName: string, query: URLSearchParams, body: Json): Json {
    const mesh = this.mesh(meshName, query);
    const name = checkName(body[`${kind}Name`], `${kind}Name`);
    const spec = this.checkSpec(kind, mesh, body.spec);
    const items = this.itemsOf(mesh, kind);
    const existing = items.get(name);
    if (existing)
      return this.data(kind, mesh, this.repeatCreate(existing, body, spec, `${kindLabels[kind]} ${name}`));
    const created = this.newItem(name, `mesh/${meshName}/${kind}/${name}`, spec, body.clientToken);
    created.tags = checkTags(body.tags);
    const router: Router = { ...created, routes: new Map() };
    const item: Item = kind === 'virtualRouter' ? router : created;
    items.set(name, item);
    return this.data(kind, mesh, item);
  }

  describe(kind: Kind, meshName: string, name: string, query: URLSearchParams): Json {
    const mesh = this.mesh(meshName, query);
    return this.data(kind, mesh, this.item(mesh, kind, name));
  }

  updateItem(kind: Kind, meshName: string, name: string, query: URLSearchParams, body: Json): Json {
    const mesh = this.mesh(meshName, query);
    const item = this.item(mesh, kind, name);
    this.update(item, this.checkSpec(kind, mesh, body.spec), body.clientToken);
    return this.data(kind, mesh, item);
  }

  list(kind: Kind, meshName: string, query: URLSearchParams): Json {
    const mesh = this.mesh(meshName, query);
    const { page, nextToken } = pageOf(
      [...this.itemsOf(mesh, kind).values()],
      limitOf(query),
      query.get('nextToken') ?? undefined,
      'BadRequestException',
    );
    const key = `${kind}s`;
    return {
      [key]: page.map((item) => ({ meshName, [`${kind}Name`]: item.name, ...this.ref(item) })),
      ...(nextToken ? { nextToken } : {}),
    };
  }

  /** DeleteVirtualNode: refused (ResourceInUseException) while a route sends it traffic or could (any weight). */
  deleteVirtualNode(meshName: string, name: string, query: URLSearchParams): Json {
    const mesh = this.mesh(meshName, query);
    const node = this.item(mesh, 'virtualNode', name);
    for (const router of mesh.routers.values())
      for (const route of router.routes.values())
        if (JSON.stringify(route.spec).includes(`"virtualNode":${JSON.stringify(name)}`))
          throw new AwsError(
            'ResourceInUseException',
            `VirtualNode ${name} is a weighted target of route ${route.name} of virtual router ${router.name}`,
            409,
          );
    mesh.nodes.delete(name);
    return { virtualNode: { ...this.data('virtualNode', mesh, node), status: { status: 'DELETED' } } };
  }

  /** ListTagsForResource for a mesh, virtual node, router, service or route, by ARN. */
  listTags(arn: string): Json {
    for (const mesh of this.meshes.values()) {
      const items: Item[] = [
        mesh,
        ...mesh.nodes.values(),
        ...mesh.services.values(),
        ...[...mesh.routers.values()].flatMap((router) => [router, ...router.routes.values()]),
      ];
      const found = items.find((item) => item.arn === arn);
      if (found) return { tags: structuredClone(found.tags) };
    }
    throw notFound(`Resource ${arn} not found`);
  }

  createRoute(meshName: string, routerName: string, query: URLSearchParams, body: Json): Json {
    const mesh = this.mesh(meshName, query);
    const router = this.router(mesh, routerName);
    const name = checkName(body.routeName, 'routeName');
    const spec = checkRouteSpec(body.spec, (node) => mesh.nodes.has(node));
    const existing = router.routes.get(name);
    if (existing)
      return this.routeData(mesh, router, this.repeatCreate(existing, body, spec, `Route ${name}`));
    const route = this.newItem(
      name,
      `mesh/${meshName}/virtualRouter/${routerName}/route/${name}`,
      spec,
      body.clientToken,
    );
    router.routes.set(name, route);
    this.recordRoute(mesh, router, route);
    return this.routeData(mesh, router, route);
  }

  describeRoute(meshName: string, routerName: string, name: string, query: URLSearchParams): Json {
    const mesh = this.mesh(meshName, query);
    const router = this.router(mesh, routerName);
    return this.routeData(mesh, router, this.route(router, name));
  }

  updateRoute(meshName: string, routerName: string, name: string, query: URLSearchParams, body: Json): Json {
    const mesh = this.mesh(meshName, query);
    const router = this.router(mesh, routerName);
    const route = this.route(router, name);
    const spec = checkRouteSpec(body.spec, (node) => mesh.nodes.has(node));
    if (this.update(route, spec, body.clientToken)) this.recordRoute(mesh, router, route);
    return this.routeData(mesh, router, route);
  }

  deleteRoute(meshName: string, routerName: string, name: string, query: URLSearchParams): Json {
    const mesh = this.mesh(meshName, query);
    const router = this.router(mesh, routerName);
    const route = this.route(router, name);
    router.routes.delete(name);
    return { route: { ...this.routeData(mesh, router, route), status: { status: 'DELETED' } } };
  }

  /**
   * The route a request takes through a virtual router, as Envoy orders them: by priority (routes without
   * one last), the first whose match (path prefix or path, headers) the request meets; then its targets.
   */
  routeFor(
    meshName: string,
    routerName: string,
    request: { path: string; headers: Record<string, string> },
  ): { route: string; targets: Array<{ virtualNode: string; weight: number }> } | undefined {
    const router = this.meshes.get(meshName)?.routers.get(routerName);
    if (!router) return undefined;
    const ordered = [...router.routes.values()].sort(
      (a, b) => Number(a.spec.priority ?? 1001) - Number(b.spec.priority ?? 1001),
    );
    for (const route of ordered) {
      const body = Object.entries(route.spec).find(([key]) => key !== 'priority')?.[1];
      if (!isObject(body) || !requestMatches(body.match, request)) continue;
      const targets =
        isObject(body.action) && Array.isArray(body.action.weightedTargets)
          ? body.action.weightedTargets
          : [];
      return {
        route: route.name,
        targets: targets.filter(isObject).map((target) => ({
          virtualNode: String(target.virtualNode),
          weight: Number(target.weight),
        })),
      };
    }
    return undefined;
  }

  listRoutes(meshName: string, routerName: string, query: URLSearchParams): Json {
    const mesh = this.mesh(meshName, query);
    const router = this.router(mesh, routerName);
    const { page, nextToken } = pageOf(
      [...router.routes.values()],
      limitOf(query),
      query.get('nextToken') ?? undefined,
      'BadRequestException',
    );
    return {
      routes: page.map((route) => ({
        meshName,
        virtualRouterName: routerName,
        routeName: route.name,
        ...this.ref(route),
      })),
      ...(nextToken ? { nextToken } : {}),
    };
  }

  /** The REST operations, as the SDK's App Mesh model routes them. */
  operations(): RestOperation[] {
    const base = '/v20190125/meshes';
    const kinds: Array<[Kind, string, string]> = [
      ['virtualNode', 'virtualNodes', 'VirtualNode'],
      ['virtualRouter', 'virtualRouters', 'VirtualRouter'],
      ['virtualService', 'virtualServices', 'VirtualService'],
    ];
    const routes = `${base}/{meshName}/virtualRouter/{virtualRouterName}/routes`;
    return [
      { name: 'CreateMesh', method: 'PUT', path: base, handle: ({ body }) => this.createMesh(body) },
      { name: 'ListMeshes', method: 'GET', path: base, handle: ({ query }) => this.listMeshes(query) },
      {
        name: 'DescribeMesh',
        method: 'GET',
        path: `${base}/{meshName}`,
        handle: ({ params, query }) => this.describeMesh(params.meshName!, query),
      },
      {
        name: 'UpdateMesh',
        method: 'PUT',
        path: `${base}/{meshName}`,
        handle: ({ params, query, body }) => this.updateMesh(params.meshName!, query, body),
      },
      ...kinds.flatMap(([kind, plural, label]): RestOperation[] => [
        {
          name: `Create${label}`,
          method: 'PUT',
          path: `${base}/{meshName}/${plural}`,
          handle: ({ params, query, body }) => this.create(kind, params.meshName!, query, body),
        },
        {
          name: `List${label}s`,
          method: 'GET',
          path: `${base}/{meshName}/${plural}`,
          handle: ({ params, query }) => this.list(kind, params.meshName!, query),
        },
        {
          name: `Describe${label}`,
          method: 'GET',
          path: `${base}/{meshName}/${plural}/{name}`,
          handle: ({ params, query }) => this.describe(kind, params.meshName!, params.name!, query),
        },
        {
          name: `Update${label}`,
          method: 'PUT',
          path: `${base}/{meshName}/${plural}/{name}`,
          handle: ({ params, query, body }) =>
            this.updateItem(kind, params.meshName!, params.name!, query, body),
        },
      ]),
      {
        name: 'DeleteVirtualNode',
        method: 'DELETE',
        path: `${base}/{meshName}/virtualNodes/{name}`,
        handle: ({ params, query }) => this.deleteVirtualNode(params.meshName!, params.name!, query),
      },
      {
        name: 'ListTagsForResource',
        method: 'GET',
        path: '/v20190125/tags',
        handle: ({ query }) => this.listTags(query.get('resourceArn') ?? ''),
      },
      {
        name: 'CreateRoute',
        method: 'PUT',
        path: routes,
        handle: ({ params, query, body }) =>
          this.createRoute(params.meshName!, params.virtualRouterName!, query, body),
      },
      {
        name: 'ListRoutes',
        method: 'GET',
        path: routes,
        handle: ({ params, query }) => this.listRoutes(params.meshName!, params.virtualRouterName!, query),
      },
      {
        name: 'DescribeRoute',
        method: 'GET',
        path: `${routes}/{routeName}`,
        handle: ({ params, query }) =>
          this.describeRoute(params.meshName!, params.virtualRouterName!, params.routeName!, query),
      },
      {
        name: 'UpdateRoute',
        method: 'PUT',
        path: `${routes}/{routeName}`,
        handle: ({ params, query, body }) =>
          this.updateRoute(params.meshName!, params.virtualRouterName!, params.routeName!, query, body),
      },
      {
        name: 'DeleteRoute',
        method: 'DELETE',
        path: `${routes}/{routeName}`,
        handle: ({ params, query }) =>
          this.deleteRoute(params.meshName!, params.virtualRouterName!, params.routeName!, query),
      },
    ];
  }

  // ---- internals ------------------------------------------------------------------------------

  private mesh(name: string, query: URLSearchParams): Mesh {
    const owner = query.get('meshOwner');
    const mesh = this.meshes.get(name);
    // A mesh of another account is visible only when shared with this one; this stack shares none.
    if (!mesh || (owner !== null && owner !== this.place.account))
      throw notFound(`Mesh ${name}${owner ? ` owned by ${owner}` : ''} not found`);
    return mesh;
  }

  private router(mesh: Mesh, name: string): Router {
    const router = mesh.routers.get(name);
    if (!router) throw notFound(`VirtualRouter ${name} not found in mesh ${mesh.name}`);
    return router;
  }

  private route(router: Router, name: string): Item {
    const route = router.routes.get(name);
    if (!route) throw notFound(`Route ${name} not found in virtual router ${router.name}`);
    return route;
  }

  private item(mesh: Mesh, kind: Kind, name: string): Item {
    const item = this.itemsOf(mesh, kind).get(name);
    if (!item) throw notFound(`${kindLabels[kind]} ${name} not found in mesh ${mesh.name}`);
    return item;
  }

  private itemsOf(mesh: Mesh, kind: Kind): Map<string, Item> {
    if (kind === 'virtualNode') return mesh.nodes;
    if (kind === 'virtualRouter') return mesh.routers;
    return mesh.services;
  }

  private checkSpec(kind: Kind, mesh: Mesh, spec: unknown): Json {
    if (kind === 'virtualNode') return checkVirtualNodeSpec(spec);
    if (kind === 'virtualRouter') return checkVirtualRouterSpec(spec);
    return checkVirtualServiceSpec(spec ?? {}, {
      node: (name) => mesh.nodes.has(name),
      router: (name) => mesh.routers.has(name),
    });
  }

  private newItem(name: string, resource: string, spec: Json, token: unknown): Item {
    const now = this.clock.nowMs();
    const item: Item = {
      name,
      spec: structuredClone(spec),
      arn: `arn:aws:appmesh:${this.place.region}:${this.place.account}:${resource}`,
      uid: randomUUID(),
      version: 1,
      createdAt: now,
      lastUpdatedAt: now,
      tokens: new Map(),
      tags: [],
    };
    if (typeof token === 'string') item.tokens.set(token, JSON.stringify(spec));
    return item;
  }

  /** A create of a name that exists: the same request retried (same token and spec) returns it. */
  private repeatCreate<T extends Item>(existing: T, body: Json, spec: Json, label: string): T {
    const token = typeof body.clientToken === 'string' ? body.clientToken : undefined;
    if (token !== undefined && existing.tokens.get(token) === JSON.stringify(spec)) return existing;
    throw new AwsError('ConflictException', `${label} already exists`, 409);
  }

  /**
   * Replaces the whole spec and bumps the version. A clientToken seen before with the same spec is a retry
   * (nothing changes); with another spec it is a ConflictException. Returns whether it wrote.
   */
  private update(item: Item, spec: Json, token: unknown): boolean {
    const text = JSON.stringify(spec);
    if (typeof token === 'string') {
      const previous = item.tokens.get(token);
      if (previous !== undefined) {
        if (previous === text) return false;
        throw new AwsError(
          'ConflictException',
          'The request contains a client token that was used for a previous update resource call with different specifications. Try the request again with a new client token.',
          409,
        );
      }
      item.tokens.set(token, text);
    }
    item.spec = structuredClone(spec);
    item.version += 1;
    item.lastUpdatedAt = this.clock.nowMs();
    return true;
  }

  private recordRoute(mesh: Mesh, router: Router, route: Item): void {
    this.routeWrites.push({
      at: route.lastUpdatedAt,
      mesh: mesh.name,
      virtualRouter: router.name,
      route: route.name,
      spec: structuredClone(route.spec),
      version: route.version,
    });
  }

  private metadata(item: Item): Json {
    return {
      arn: item.arn,
      uid: item.uid,
      version: item.version,
      createdAt: epochSeconds(item.createdAt),
      lastUpdatedAt: epochSeconds(item.lastUpdatedAt),
      meshOwner: this.place.account,
      resourceOwner: this.place.account,
    };
  }

  private ref(item: Item): Json {
    const { arn, version, createdAt, lastUpdatedAt, meshOwner, resourceOwner } = this.metadata(item);
    return { arn, version, createdAt, lastUpdatedAt, meshOwner, resourceOwner };
  }

  private meshData(mesh: Mesh): Json {
    return {
      meshName: mesh.name,
      spec: structuredClone(mesh.spec),
      metadata: this.metadata(mesh),
      status: { status: 'ACTIVE' },
    };
  }

  private data(kind: Kind, mesh: Mesh, item: Item): Json {
    return {
      meshName: mesh.name,
      [`${kind}Name`]: item.name,
      spec: structuredClone(item.spec),
      metadata: this.metadata(item),
      status: { status: 'ACTIVE' },
    };
  }

  private routeData(mesh: Mesh, router: Router, route: Item): Json {
    return {
      meshName: mesh.name,
      virtualRouterName: router.name,
      routeName: route.name,
      spec: structuredClone(route.spec),
      metadata: this.metadata(route),
      status: { status: 'ACTIVE' },
    };
  }
}

/** An HTTP or gRPC route match against a request: path prefix or exact path, every header (or metadata) match. */
function requestMatches(match: unknown, request: { path: string; headers: Record<string, string> }): boolean {
  if (!isObject(match)) return true;
  if (typeof match.prefix === 'string' && !request.path.startsWith(match.prefix)) return false;
  if (isObject(match.path) && typeof match.path.exact === 'string' && request.path !== match.path.exact)
    return false;
  const headers = [
    ...(Array.isArray(match.headers) ? match.headers : []),
    ...(Array.isArray(match.metadata) ? match.metadata : []),
  ];
  const sent = Object.fromEntries(
    Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value]),
  );
  return headers.filter(isObject).every((header) => {
    const value = sent[String(header.name).toLowerCase()];
    const found =
      value !== undefined &&
      (!isObject(header.match) || header.match.exact === undefined || header.match.exact === value);
    return header.invert === true ? !found : found;
  });
}

function limitOf(query: URLSearchParams): number {
  const text = query.get('limit');
  if (text === null) return 100;
  const limit = Number(text);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100)
    throw bad('limit must be an integer from 1 to 100');
  return limit;
}
