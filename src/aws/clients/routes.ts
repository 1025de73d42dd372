import { appMesh } from './app-mesh.js';
import { elbv2 } from './elbv2.js';
import { vpcLattice } from './vpc-lattice.js';

/**
 * The traffic routers' clients: what every handler that reads, shifts or restores routes builds (init, shift,
 * finish, rollback, guard). A new router adds its client here.
 */
export const routeClients = { appMesh, vpcLattice, elbv2 };
