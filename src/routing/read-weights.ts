import { AlbApi } from './alb/api.js';
import { readAlbWeights } from './alb/describe.js';
import { MeshApi } from './app-mesh/appmesh-api.js';
import { readRouteWeights } from './app-mesh/route-weights.js';
import type { RoutingClients } from './engine.js';
import type { RouteWeights } from './router.js';
import type { RouterLocation } from './router-settings.js';
import { LatticeApi } from './vpc-lattice/api.js';
import { readLatticeWeights } from './vpc-lattice/describe.js';

/**
 * The weights at a router's location as they are, for people (read-only, no pre-flight checks): each route
 * of an App Mesh virtual router, or the VPC Lattice or ALB rule (or listener default) forward action.
 */
export function readWeights(location: RouterLocation, clients: RoutingClients): Promise<RouteWeights[]> {
  switch (location.router) {
    case 'app-mesh':
      return readRouteWeights(new MeshApi(clients.appMesh, location), location.routes);
    case 'vpc-lattice':
      return readLatticeWeights(new LatticeApi(clients.vpcLattice), location);
    case 'alb':
      return readAlbWeights(new AlbApi(clients.elbv2), location);
  }
}
