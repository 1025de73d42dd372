import * as z from 'zod/mini';
import { albLockKey, albResourceLabel, albShiftResultSchema, albTrafficStateSchema } from './alb/state.js';
import { meshLockKeys, meshTrafficStateSchema } from './app-mesh/state-schema.js';
import type { TrafficSnapshot, TrafficState } from './deployment-router.js';
import {
  latticeLockKey,
  latticeResourceLabel,
  latticeShiftResultSchema,
  latticeTrafficStateSchema,
} from './vpc-lattice/state.js';

/**
 * The state each router keeps, as the execution document and the progress carry it: its schemas, lock keys and
 * labels, whatever the router. No router's code loads from here: a handler that only reads the state (a check,
 * a hold) imports this, never engine.ts and the routers it loads.
 */

export type { TrafficSnapshot, TrafficState } from './deployment-router.js';

export const trafficSnapshotSchema = z.discriminatedUnion('router', [
  meshTrafficStateSchema,
  latticeTrafficStateSchema,
  albTrafficStateSchema,
]);

/** A shift result carries its base; App Mesh's state is its own shift result (without the call's fields). */
export const trafficStateSchema = z.union([
  latticeShiftResultSchema,
  albShiftResultSchema,
  trafficSnapshotSchema,
]) satisfies z.ZodMiniType<TrafficState, unknown>;

/** One canary per routed resource: the keys two deployments on the same route, rule or listener share. */
export function lockKeysOf(state: TrafficSnapshot): string[] {
  switch (state.router) {
    case 'app-mesh':
      return meshLockKeys(state);
    case 'vpc-lattice':
      return [latticeLockKey(state)];
    case 'alb':
      return [albLockKey(state)];
  }
}

/** The routed resources two states share, by label (none when they route elsewhere). */
export function sharedResources(a: TrafficSnapshot, b: TrafficSnapshot): string[] {
  const keys = new Set(lockKeysOf(b));
  const labels = resourceLabelsOf(a);
  return lockKeysOf(a).flatMap((key, index) => (keys.has(key) ? [labels[index]!] : []));
}

/** "route serviceB of virtual router serviceB", "VPC Lattice rule all-paths of listener http-80". */
export function resourceLabelsOf(state: TrafficSnapshot): string[] {
  switch (state.router) {
    case 'app-mesh':
      return state.routes.map((route) => `route ${route.routeName} of virtual router ${state.virtualRouter}`);
    case 'vpc-lattice':
      return [latticeResourceLabel(state)];
    case 'alb':
      return [albResourceLabel(state)];
  }
}

/** The node or target group that takes the traffic back: for messages. */
export function stableTargetOf(state: TrafficSnapshot): string {
  switch (state.router) {
    case 'app-mesh':
      return `node ${state.stableNode}`;
    case 'vpc-lattice':
      return `target group ${state.names.stableTargetGroup}`;
    case 'alb':
      return `target group ${state.stableTargetGroupArn.split('/').at(-2) ?? state.stableTargetGroupArn}`;
  }
}
