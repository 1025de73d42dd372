import { targetGroupNameOf } from './alb/arns.js';
import type { AlbRouter } from './alb/router.js';
import type { AlbSettings } from './alb/settings.js';
import { targetGroupsOf as albGroups } from './alb/spec.js';
import { albPairOf, albSettingsOf } from './alb/state.js';
import type { AppMeshRouter } from './app-mesh/appmesh-router.js';
import { checkCanaryAtZero as checkMeshCanaryAtZero } from './app-mesh/preflight.js';
import {
  meshSettingsOfState,
  type RoutingClients,
  type RoutingOptions,
  routingApiOptions,
  type TrafficSnapshot,
} from './deployment-router.js';
import { CanaryGroupNotAtZeroError } from './errors.js';
import type { RouterSettings } from './router-settings.js';
import { resourceLabelsOf } from './traffic-state.js';
import type { VpcLatticeRouter } from './vpc-lattice/router.js';
import type { LatticeSettings } from './vpc-lattice/settings.js';
import { targetGroupsOf as latticeGroups } from './vpc-lattice/spec.js';
import { latticePairOf, latticeSettingsOf } from './vpc-lattice/state.js';

export {
  type EngineRouter,
  meshSettingsOfState,
  type RoutingClients,
  type RoutingOptions,
  routingApiOptions,
  type SnapshotResource,
  snapshotResources,
  type TrafficSnapshot,
  type TrafficState,
} from './deployment-router.js';
export { engineRouterFor } from './engine-router-for.js';
export {
  lockKeysOf,
  resourceLabelsOf,
  sharedResources,
  stableTargetOf,
  trafficSnapshotSchema,
  trafficStateSchema,
} from './traffic-state.js';

/**
 * The one door between the canary engine (the state machine's steps, the Action's modes) and the routers: the
 * operations the engine needs, whatever the router, each router's code loaded when first used. The state each
 * router keeps (schemas, lock keys, labels) is in traffic-state.ts, for the modules that only read it.
 */

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
