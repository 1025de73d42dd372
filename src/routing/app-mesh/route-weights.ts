import type { RouteWeights } from '../router.js';
import type { MeshApi } from './appmesh-api.js';
import { parseRouteSpec, type RouteSpec, routeTypeOf, weightedTargetsOf } from './route-spec.js';
import type { RouteSnapshot } from './state.js';

/** The weighted targets of the named routes, or of every route of the router. */
export async function readRouteWeights(api: MeshApi, routeNames: readonly string[]): Promise<RouteWeights[]> {
  const names = routeNames.length > 0 ? [...routeNames] : await api.listRouteNames();
  const routes: RouteWeights[] = [];
  for (const routeName of names) {
    const read = await api.describeRoute(routeName);
    routes.push(
      routeWeightsOf({ routeName, version: read.version, spec: parseRouteSpec(read.spec, routeName) }),
    );
  }
  return routes;
}

export function routeWeightsOf(route: RouteSnapshot): RouteWeights {
  const spec: RouteSpec = route.spec;
  return {
    route: route.routeName,
    type: routeTypeOf(spec),
    version: route.version,
    targets: weightedTargetsOf(spec).map((target) => ({
      target: target.virtualNode,
      ...(target.port === undefined ? {} : { port: target.port }),
      weight: target.weight,
    })),
  };
}
