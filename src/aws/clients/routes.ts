import { appMesh } from './app-mesh.js';

/**
 * The traffic routers' clients: what every handler that reads, shifts or restores routes builds (init, shift,
 * finish, rollback, guard). A new router adds its client here.
 */
export const routeClients = { appMesh };
