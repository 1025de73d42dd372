import type { AppMeshClient } from '@aws-sdk/client-app-mesh';
import type { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { VPCLatticeClient } from '@aws-sdk/client-vpc-lattice';
import type { MeshSettings } from '../config/mesh.js';
import { albKit } from './alb/kit.js';
import { type AlbShiftResult, type AlbTrafficState, albPairOf, albResourceLabel } from './alb/state.js';
import type { MeshLog, RetryTiming } from './app-mesh/appmesh-api.js';
import { routeKit } from './app-mesh/kit.js';
import type { MeshTrafficState } from './app-mesh/state.js';
import type { RoutedResource } from './resources.js';
import type { RouteWeights } from './router.js';
import { latticeKit } from './vpc-lattice/kit.js';
import {
  type LatticeShiftResult,
  type LatticeTrafficState,
  latticePairOf,
  latticeResourceLabel,
} from './vpc-lattice/state.js';

/**
 * What a deployment's router is to the engine, whatever the router: its snapshot and state, its routed resources
 * and the operations on them. The engine (engine.ts) and each router's engine code build on it.
 */

/** A router's state before the canary started: what the execution document carries. */
export type TrafficSnapshot = MeshTrafficState | LatticeTrafficState | AlbTrafficState;

/** What the engine carries from shift to shift: a snapshot, or what the last shift wrote. */
export type TrafficState = TrafficSnapshot | LatticeShiftResult | AlbShiftResult;

/** The clients the routers take; a router reaches only its own. */
export interface RoutingClients {
  appMesh: AppMeshClient;
  vpcLattice: VPCLatticeClient;
  elbv2: ElasticLoadBalancingV2Client;
}

export interface RoutingOptions {
  /** Identifies the deployment; App Mesh makes its idempotency tokens from it. */
  deploymentId: string;
  retry?: RetryTiming;
  log?: MeshLog;
}

/** One routed resource of a snapshot, pure: its label, name, snapshot spec and kit. */
export type SnapshotResource = Pick<RoutedResource, 'label' | 'name' | 'snapshot' | 'kit'>;

/** Pure. The routed resources of a snapshot, in the order they are shifted. */
export function snapshotResources(snapshot: TrafficSnapshot): SnapshotResource[] {
  switch (snapshot.router) {
    case 'app-mesh':
      return snapshot.routes.map((route) => ({
        label: `route ${route.routeName}`,
        name: route.routeName,
        snapshot: route.spec,
        kit: routeKit(route.routeName, snapshot) as RoutedResource['kit'],
      }));
    case 'vpc-lattice': {
      const label = latticeResourceLabel(snapshot);
      const kit = latticeKit(label, latticePairOf(snapshot));
      return [{ label, name: label, snapshot: snapshot.spec, kit: kit as RoutedResource['kit'] }];
    }
    case 'alb': {
      const label = albResourceLabel(snapshot);
      const kit = albKit(label, albPairOf(snapshot));
      return [{ label, name: label, snapshot: snapshot.spec, kit: kit as RoutedResource['kit'] }];
    }
  }
}

export function meshSettingsOfState(snapshot: MeshTrafficState): MeshSettings {
  return {
    mesh: snapshot.mesh,
    ...(snapshot.meshOwner ? { meshOwner: snapshot.meshOwner } : {}),
    virtualRouter: snapshot.virtualRouter,
    routes: snapshot.routes.map((route) => route.routeName),
    stableNode: snapshot.stableNode,
    canaryNode: snapshot.canaryNode,
    createCanaryNode: false,
  };
}

export function routingApiOptions(options: RoutingOptions) {
  return { ...(options.retry ? { retry: options.retry } : {}), ...(options.log ? { log: options.log } : {}) };
}

/** What the engine does with a deployment's router: shift, the routed resources, the weights for people. */
export interface EngineRouter {
  /** Moves the canary to `percent`, checking each resource still holds what `expected` says. */
  shift(percent: number, expected: TrafficState): Promise<{ state: TrafficState; written: string[] }>;
  /** The routed resources, each with its snapshot, its kit, its reads and writes. */
  resources(): RoutedResource[];
  /** What a state says the deployment last wrote to each resource, by resource name. */
  lastWritten(state: TrafficState): Map<string, unknown>;
  describe(): Promise<RouteWeights[]>;
}
