import type { AppMeshClient } from '@aws-sdk/client-app-mesh';
import type { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { VPCLatticeClient } from '@aws-sdk/client-vpc-lattice';
import { lazy } from '../lazy.js';

/**
 * The traffic routers' clients: what every handler that reads, shifts or restores routes builds (init, shift,
 * finish, rollback, guard). Each loads on its first request, so a deployment's Lambda loads only its own
 * router's client (the bundles are split). A new router adds its client here.
 */
export const routeClients = {
  appMesh: (region: string) =>
    lazy<AppMeshClient>(async () => (await import('./app-mesh.js')).appMesh(region)),
  vpcLattice: (region: string) =>
    lazy<VPCLatticeClient>(async () => (await import('./vpc-lattice.js')).vpcLattice(region)),
  elbv2: (region: string) =>
    lazy<ElasticLoadBalancingV2Client>(async () => (await import('./elbv2.js')).elbv2(region)),
};
