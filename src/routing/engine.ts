import type { AppMeshClient } from '@aws-sdk/client-app-mesh';
import type { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { VPCLatticeClient } from '@aws-sdk/client-vpc-lattice';
import * as z from 'zod/mini';
import { targetGroupNameOf } from './alb/arns.js';
import type { AlbRouter } from './alb/router.js';
import type { AlbSettings } from './alb/settings.js';
import { targetGroupsOf as albGroups } from './alb/spec.js';
import {
  albLockKey,
  albPairOf,
  albResourceLabel,
  albSettingsOf,
  albShiftResultSchema,
  albTrafficStateSchema,
} from './alb/state.js';
import type { AppMeshRouter } from './app-mesh/appmesh-router.js';
import { checkCanaryAtZero as checkMeshCanaryAtZero } from './app-mesh/preflight.js';
import { meshLockKeys, meshTrafficStateSchema } from './app-mesh/state-schema.js';
import {
  type EngineRouter,
  meshSettingsOfState,
  type RoutingOptions,
  routingApiOptions,
  snapshotResources,
  type TrafficSnapshot,
  type TrafficState,
} from './deployment-router.js';
import { CanaryGroupNotAtZeroError } from './errors.js';
import type { RouterSettings } from './router-settings.js';
import type { VpcLatticeRouter } from './vpc-lattice/router.js';
import type { LatticeSettings } from './vpc-lattice/settings.js';
import { targetGroupsOf as latticeGroups } from './vpc-lattice/spec.js';
import {
  latticeLockKey,
  latticePairOf,
  latticeResourceLabel,
  latticeSettingsOf,
  latticeShiftResultSchema,
  latticeTrafficStateSchema,
} from './vpc-lattice/state.js';

export {
  type EngineRouter,
  meshSettingsOfState,
  type RoutingOptions,
  routingApiOptions,
  type SnapshotResource,
  snapshotResources,
  type TrafficSnapshot,
  type TrafficState,
} from './deployment-router.js';

/**
 * The one door between the canary engine (the state machine's steps, the Action's modes) and the routers:
 * the state each router keeps, its lock keys, and the operations the engine needs, whatever the router.
 */

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

/** The clients the routers take; a router reaches only its own. */
export interface RoutingClients {
  appMesh: AppMeshClient;
  vpcLattice: VPCLatticeClient;
  elbv2: ElasticLoadBalancingV2Client;
}

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

/** Pure. Refuses a state where the canary already has weight: a new canary starts from 0. */
export function checkCanaryAtZero(state: TrafficSnapshot): void {
  switch (state.router) {
    case 'app-mesh':
      checkMeshCanaryAtZero(state.routes, state.canaryNode);
      return;
    case 'vpc-lattice':
    case 'alb': {
      const groups = state.router === 'alb' ? albGroups(state.spec) : latticeGroups(state.spec);
      const pair = state.router === 'alb' ? albPairOf(state) : latticePairOf(state);
      if (groups.some((group) => group.id === pair.canary && group.weight > 0)) {
        // ALB groups are named by name in messages, not by their long ARNs.
        const named = state.router === 'alb' ? targetGroupNameOf : (id: string) => id;
        throw new CanaryGroupNotAtZeroError(
          resourceLabelsOf(state)[0]!,
          named(pair.canary),
          groups.map((group) => ({ ...group, id: named(group.id) })),
        );
      }
    }
  }
}

/** A router of the settings a user gave (the Action's and the CLI's modes). */
export type InputRouter = AppMeshRouter | VpcLatticeRouter | AlbRouter;

/**
 * A router of the settings a user gave (the Action's and the CLI's modes). Each router's code and SDK client
 * load when a deployment first uses that router: a run pays only for its own.
 */
export async function routerFromSettings(
  settings: RouterSettings,
  clients: RoutingClients,
  options: RoutingOptions,
): Promise<InputRouter> {
  switch (settings.router) {
    case 'app-mesh': {
      const { AppMeshRouter } = await import('./app-mesh/appmesh-router.js');
      return new AppMeshRouter(clients.appMesh, settings, options);
    }
    case 'vpc-lattice': {
      const { VpcLatticeRouter } = await import('./vpc-lattice/router.js');
      return new VpcLatticeRouter(clients.vpcLattice, settings, routingApiOptions(options));
    }
    case 'alb': {
      const { AlbRouter } = await import('./alb/router.js');
      return new AlbRouter(clients.elbv2, settings, routingApiOptions(options));
    }
  }
}

/** The settings of a deployment's router, rebuilt from its snapshot (by ARN where the router has them). */
export function settingsOf(snapshot: TrafficSnapshot): RouterSettings {
  switch (snapshot.router) {
    case 'app-mesh':
      return { router: 'app-mesh', ...meshSettingsOfState(snapshot) };
    case 'vpc-lattice':
      return { router: 'vpc-lattice', ...latticeSettingsOf(snapshot) } as {
        router: 'vpc-lattice';
      } & LatticeSettings;
    case 'alb':
      return { router: 'alb', ...albSettingsOf(snapshot) } as { router: 'alb' } & AlbSettings;
  }
}

/** The router of a deployment, from the snapshot its document carries; its code loads on first use. */
export async function engineRouterFor(
  snapshot: TrafficSnapshot,
  clients: RoutingClients,
  options: RoutingOptions,
): Promise<EngineRouter> {
  const [resource] = snapshotResources(snapshot);
  switch (snapshot.router) {
    case 'app-mesh':
      return (await import('./app-mesh/engine-router.js')).meshEngineRouter(
        snapshot,
        clients.appMesh,
        options,
      );
    case 'vpc-lattice':
      return (await import('./vpc-lattice/engine-router.js')).latticeEngineRouter(
        snapshot,
        clients.vpcLattice,
        options,
        resource!,
      );
    case 'alb':
      return (await import('./alb/engine-router.js')).albEngineRouter(
        snapshot,
        clients.elbv2,
        options,
        resource!,
      );
  }
}
