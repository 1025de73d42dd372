import { RoutedResourceDriftError } from '../errors.js';
import type { MeshApi } from './appmesh-api.js';
import { clientToken } from './client-token.js';
import { routeLabel } from './names.js';
import {
  maxWeightedTargets,
  parseRouteSpec,
  type RouteSpec,
  RouteSpecError,
  specDifferences,
  specsEqual,
  weightedTargetsOf,
  withWeightedTargets,
} from './route-spec.js';

/**
 * init's one write to an App Mesh route: the canary node enters the weighted targets at weight 0 (on the
 * stable target's port, if it names one), or (remove) leaves them while at 0. Like every router write: the
 * route read before (the snapshot the plan showed) is checked whole against the route just before the write.
 */
export interface MeshCanaryEntryRequest {
  routeName: string;
  stableNode: string;
  canaryNode: string;
  snapshot: RouteSpec;
}

/** The spec with the canary node at weight 0 beside the stable one; unchanged when it is there already. */
export function withCanaryAtZero(request: MeshCanaryEntryRequest): RouteSpec {
  const targets = weightedTargetsOf(request.snapshot);
  if (targets.some((target) => target.virtualNode === request.canaryNode))
    return structuredClone(request.snapshot);
  if (targets.length >= maxWeightedTargets)
    throw new RouteSpecError(
      request.routeName,
      `already has ${targets.length} weighted targets, the most App Mesh allows, so ${request.canaryNode} cannot be added.`,
    );
  const stable = targets.find((target) => target.virtualNode === request.stableNode);
  const port = stable?.port;
  return withWeightedTargets(request.snapshot, [
    ...targets,
    { virtualNode: request.canaryNode, weight: 0, ...(port !== undefined ? { port } : {}) },
  ]);
}

export function withoutCanary(request: MeshCanaryEntryRequest): RouteSpec {
  return withWeightedTargets(
    request.snapshot,
    weightedTargetsOf(request.snapshot).filter((target) => target.virtualNode !== request.canaryNode),
  );
}

export async function readRoute(api: MeshApi, routeName: string): Promise<RouteSpec> {
  return parseRouteSpec((await api.describeRoute(routeName)).spec, routeName);
}

/** Adds the canary at weight 0; returns whether the route was written (false: it already held it). */
export function addMeshCanaryEntry(api: MeshApi, request: MeshCanaryEntryRequest): Promise<boolean> {
  return writeChecked(api, request, withCanaryAtZero(request));
}

/** Takes the canary out of the route; refused while it has weight. Returns whether the route was written. */
export function removeMeshCanaryEntry(api: MeshApi, request: MeshCanaryEntryRequest): Promise<boolean> {
  const weight = weightedTargetsOf(request.snapshot)
    .filter((target) => target.virtualNode === request.canaryNode)
    .reduce((sum, target) => sum + target.weight, 0);
  if (weight > 0)
    throw new Error(
      `${routeLabel(api.place, request.routeName)} gives ${request.canaryNode} weight ${weight}: a canary runs or was left at weight; roll it back first.`,
    );
  return writeChecked(api, request, withoutCanary(request));
}

async function writeChecked(
  api: MeshApi,
  request: MeshCanaryEntryRequest,
  target: RouteSpec,
): Promise<boolean> {
  const read = await api.describeRoute(request.routeName);
  const current = parseRouteSpec(read.spec, request.routeName);
  if (specsEqual(current, target)) return false;
  if (!specsEqual(current, request.snapshot))
    throw new RoutedResourceDriftError(
      routeLabel(api.place, request.routeName),
      specDifferences(current, request.snapshot),
    );
  // The token names this write of this version: a retry is harmless, a later write gets another token.
  await api.updateRoute(
    request.routeName,
    target,
    clientToken('init', request.routeName, read.version, JSON.stringify(target)),
  );
  return true;
}
