import { type TestHeader, type TestTrafficSettings, testTrafficInputs } from '../../config/test-traffic.js';
import { InputError } from '../../errors.js';
import type { MeshApi, MeshLog } from '../app-mesh/appmesh-api.js';
import { clientToken } from '../app-mesh/client-token.js';
import type { RouteBody, RouteSpec } from '../app-mesh/route-spec.js';
import type { MeshTrafficState } from '../app-mesh/state.js';
import { isObject } from '../json.js';
import type { TestTrafficDoor } from './door.js';
import { deploymentTagKey, type TestTrafficPlan } from './plan.js';

// With its router's API, so a deployment loads its test traffic as one chunk, not two.
export { MeshApi } from '../app-mesh/appmesh-api.js';

type MeshPlan = Extract<TestTrafficPlan, { router: 'app-mesh' }>;

// App Mesh: priorities 0 (first) to 1000; at most 10 header (or gRPC metadata) matches per route.
const maxPriority = 1000;
const maxHeaderMatches = 10;
// Routes per virtual router: App Mesh's default quota. An account may have it raised, and App Mesh has no API
// that tells: warned of, not refused; a CreateRoute refused for it ends the canary before any weight is written.
const defaultRoutesPerVirtualRouter = 50;

/**
 * Pre-flight, read-only: one test route per shifted route, same type and match plus the header, sending
 * everything to the canary node, at a free priority ahead of it. Refuses (InputError) a TCP route (no headers
 * to match), a route already matching 10 headers, a priority taken or none free ahead.
 * Calls: ListRoutes, and DescribeRoute for each route of the router not shifted.
 */
export async function planMeshTestTraffic(
  api: MeshApi,
  snapshot: MeshTrafficState,
  settings: TestTrafficSettings,
  deploymentId: string,
  log?: MeshLog,
): Promise<MeshPlan> {
  const shifted = new Map(snapshot.routes.map((route) => [route.routeName, route.spec]));
  const names = await api.listRouteNames();
  if (names.length + snapshot.routes.length > defaultRoutesPerVirtualRouter)
    log?.warn(
      `virtual router ${snapshot.virtualRouter} holds ${names.length} routes; with the test route${snapshot.routes.length > 1 ? 's' : ''} that is ${names.length + snapshot.routes.length}, above App Mesh's default quota of ${defaultRoutesPerVirtualRouter} routes per virtual router: unless the quota was raised for this account, the test route is refused and the canary rolled back before any production weight is written.`,
    );
  const taken = new Map<number, string>();
  for (const name of names) {
    const spec = shifted.get(name) ?? ((await api.describeRoute(name)).spec as RouteSpec);
    if (typeof spec?.priority === 'number') taken.set(spec.priority, name);
  }
  if (settings.priority !== undefined && snapshot.routes.length > 1)
    throw new InputError(
      testTrafficInputs.priority,
      `one priority cannot go ahead of ${snapshot.routes.length} routes: leave it unset, each test route then takes the closest free priority ahead of its route.`,
    );
  const routes = snapshot.routes.map((route, index) => {
    const routeName = `${deploymentId}-test${snapshot.routes.length > 1 ? `-${index + 1}` : ''}`;
    if (names.includes(routeName))
      throw new InputError(testTrafficInputs.header, `route ${routeName} already exists: deploy again.`);
    const priority = priorityAhead(route.routeName, route.spec.priority, settings.priority, taken);
    taken.set(priority, routeName);
    const spec = testRouteSpec(route.routeName, route.spec, settings.header, snapshot.canaryNode, priority);
    return { routeName, shiftedRoute: route.routeName, spec: spec as Record<string, unknown> };
  });
  return { router: 'app-mesh', header: settings.header, routes };
}

function priorityAhead(
  routeName: string,
  routePriority: number | undefined,
  given: number | undefined,
  taken: ReadonlyMap<number, string>,
): number {
  // A route without a priority comes after every route with one.
  const limit = routePriority ?? maxPriority + 1;
  if (given !== undefined) {
    if (given > maxPriority || given >= limit || taken.has(given))
      throw new InputError(
        testTrafficInputs.priority,
        `${given} is ${given > maxPriority ? `above App Mesh's ${maxPriority}` : given >= limit ? `not ahead of route ${routeName} (priority ${routePriority}; lower numbers go first)` : `taken by route ${taken.get(given)}`}: choose a free number below ${Math.min(limit, maxPriority + 1)}, or leave it unset.`,
      );
    return given;
  }
  for (let priority = limit - 1; priority >= 0; priority -= 1) if (!taken.has(priority)) return priority;
  throw new InputError(
    testTrafficInputs.header,
    `no free priority ahead of route ${routeName} (priority ${routePriority}): give it a larger number, then deploy again.`,
  );
}

function testRouteSpec(
  routeName: string,
  spec: RouteSpec,
  header: TestHeader,
  canaryNode: string,
  priority: number,
): RouteSpec {
  const type = Object.keys(spec).find((key) => key !== 'priority') as keyof RouteSpec & string;
  const body = spec[type as 'httpRoute'] as RouteBody;
  if (type === 'tcpRoute')
    throw new InputError(
      testTrafficInputs.header,
      `route ${routeName} is a TCP route: App Mesh matches headers only on http, http2 and grpc routes. Remove ${testTrafficInputs.header}.`,
    );
  const field = type === 'grpcRoute' ? 'metadata' : 'headers';
  const match = isObject(body.match) ? body.match : {};
  const present = Array.isArray(match[field]) ? (match[field] as unknown[]) : [];
  if (present.length >= maxHeaderMatches)
    throw new InputError(
      testTrafficInputs.header,
      `route ${routeName} already matches ${present.length} ${field === 'metadata' ? 'metadata entries' : 'headers'}, App Mesh's most: no room for the test header.`,
    );
  const port = body.action.weightedTargets.find((target) => target.port !== undefined)?.port;
  const testBody: RouteBody = {
    ...structuredClone(body),
    match: { ...structuredClone(match), [field]: [...structuredClone(present), headerMatch(header)] },
    action: { weightedTargets: [{ virtualNode: canaryNode, weight: 100, ...(port ? { port } : {}) }] },
  };
  return { priority, [type]: testBody };
}

function headerMatch(header: TestHeader): Record<string, unknown> {
  return header.value === undefined
    ? { name: header.name }
    : { name: header.name, match: { exact: header.value } };
}

/** The test routes of a plan: found by their names (which carry the deployment id), created tagged with it. */
export function meshTestDoors(
  api: MeshApi,
  plan: MeshPlan,
  snapshot: MeshTrafficState,
  deploymentId: string,
): TestTrafficDoor[] {
  return plan.routes.map(({ routeName, spec }) => ({
    label: `test route ${routeName} of virtual router ${snapshot.virtualRouter}`,
    expected: spec,
    read: async () => {
      const read = await api.findRoute(routeName);
      return read ? { id: routeName, view: read.spec } : undefined;
    },
    create: () =>
      api.createRoute(
        routeName,
        spec as RouteSpec,
        [{ key: deploymentTagKey, value: deploymentId }],
        clientToken(deploymentId, snapshot.mesh, snapshot.virtualRouter, routeName, 'test-traffic'),
      ),
    remove: () => api.deleteRoute(routeName),
    routesCanary: (view) =>
      Object.values(isObject(view) ? view : {}).some(
        (body) =>
          isObject(body) &&
          isObject(body.action) &&
          Array.isArray(body.action.weightedTargets) &&
          body.action.weightedTargets.some(
            (target) =>
              isObject(target) && target.virtualNode === snapshot.canaryNode && Number(target.weight) > 0,
          ),
      ),
  }));
}
