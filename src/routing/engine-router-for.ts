import {
  type EngineRouter,
  type RoutingClients,
  type RoutingOptions,
  snapshotResources,
  type TrafficSnapshot,
} from './deployment-router.js';

/*
 * Apart from engine.ts: a Lambda rebuilds its deployment's router from the snapshot and never from a user's
 * settings, so its bundle holds only these three routers' engine code, each a chunk loaded on first use.
 */

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
