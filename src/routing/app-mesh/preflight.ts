import type { MeshSettings } from '../../config/mesh.js';
import { PreflightError } from '../errors.js';
import type { MeshApi } from './appmesh-api.js';
import { CanaryNotAtZeroError, StableTargetMissingError } from './errors.js';
import { routerLabel } from './names.js';
import { parseRouteSpec, weightedTargetsOf } from './route-spec.js';
import type { MeshTrafficState, RouteSnapshot } from './state.js';
import { targetsOn } from './weights.js';

export interface PreflightChecks {
  /** Refuse routes where the canary node already has weight (true for a new deployment). */
  canaryAtZero: boolean;
}

/**
 * Read-only: checks that the mesh, the router, the stable node (and the canary node, unless it is to be
 * created) and the routes exist, that each route has a weighted target on the stable node, and (optionally)
 * that the canary holds weight 0; returns the routes as read, in name order (the order they are shifted in).
 */
export async function readTrafficState(
  api: MeshApi,
  settings: MeshSettings,
  checks: PreflightChecks,
): Promise<MeshTrafficState> {
  await api.checkMesh();
  await api.checkVirtualRouter();
  await api.virtualNode(settings.stableNode, 'check stable-node.');
  if (!settings.createCanaryNode) {
    await api.virtualNode(
      settings.canaryNode,
      'check canary-node; create the node first, or set create-canary-node: true with canary-dns-hostname or canary-cloud-map-service.',
    );
  }
  const routes = await readRoutes(api, settings);
  for (const route of routes) {
    const targets = weightedTargetsOf(route.spec);
    const pairWeight = [
      ...targetsOn(targets, settings.stableNode),
      ...targetsOn(targets, settings.canaryNode),
    ].reduce((sum, target) => sum + target.weight, 0);
    if (pairWeight === 0) {
      throw new PreflightError(
        `route ${route.routeName} gives stable node ${settings.stableNode} weight 0: there is no traffic to shift.`,
      );
    }
  }
  if (checks.canaryAtZero) checkCanaryAtZero(routes, settings.canaryNode);
  return {
    router: 'app-mesh',
    mesh: settings.mesh,
    ...(settings.meshOwner ? { meshOwner: settings.meshOwner } : {}),
    virtualRouter: settings.virtualRouter,
    stableNode: settings.stableNode,
    canaryNode: settings.canaryNode,
    routes,
  };
}

/** Pure. Refuses routes where the canary node already has weight: a new canary must start from 0. */
export function checkCanaryAtZero(routes: readonly RouteSnapshot[], canaryNode: string): void {
  for (const route of routes) {
    const targets = weightedTargetsOf(route.spec);
    if (targetsOn(targets, canaryNode).some((target) => target.weight > 0)) {
      throw new CanaryNotAtZeroError(route.routeName, canaryNode, targets);
    }
  }
}

/** The named routes (each must target the stable node), or every route of the router that does. */
async function readRoutes(api: MeshApi, settings: MeshSettings): Promise<RouteSnapshot[]> {
  const explicit = settings.routes.length > 0;
  const names = explicit ? [...settings.routes].sort() : await api.listRouteNames();
  const routes: RouteSnapshot[] = [];
  for (const routeName of names) {
    const read = await api.describeRoute(routeName);
    const spec = parseRouteSpec(read.spec, routeName);
    const targets = weightedTargetsOf(spec);
    if (targetsOn(targets, settings.stableNode).length === 0) {
      if (explicit) throw new StableTargetMissingError(routeName, settings.stableNode, targets);
      continue;
    }
    routes.push({ routeName, version: read.version, spec });
  }
  if (routes.length === 0) {
    const seen = names.length > 0 ? `its routes: ${names.join(', ')}` : 'it has no routes';
    throw new PreflightError(
      `no route of ${routerLabel(settings)} has a weighted target on stable node ${settings.stableNode} (${seen}); check stable-node and virtual-router, or set route.`,
    );
  }
  return routes;
}
