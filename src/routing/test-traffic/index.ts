import type { TestTrafficSettings } from '../../config/test-traffic.js';
import type { RoutingClients, RoutingOptions, TrafficSnapshot } from '../deployment-router.js';
import type { TestTrafficDoor } from './door.js';
import type { TestTrafficPlan } from './plan.js';

export {
  closeTestTraffic,
  differencesOf,
  openTestTraffic,
  type TestTrafficClose,
  type TestTrafficDoor,
} from './door.js';
export { deploymentTagKey, type TestTrafficPlan, testTrafficPlanSchema } from './plan.js';

function apiOptions(options: RoutingOptions) {
  return { ...(options.retry ? { retry: options.retry } : {}), ...(options.log ? { log: options.log } : {}) };
}

/**
 * Pre-flight, read-only: what the test traffic will create on the deployment's router, or an InputError. Each
 * router's code loads only for its own deployments.
 */
export async function planTestTraffic(
  settings: TestTrafficSettings,
  snapshot: TrafficSnapshot,
  clients: RoutingClients,
  options: RoutingOptions,
): Promise<TestTrafficPlan> {
  switch (snapshot.router) {
    case 'app-mesh': {
      const { MeshApi, planMeshTestTraffic } = await import('./app-mesh.js');
      return planMeshTestTraffic(
        new MeshApi(clients.appMesh, snapshot, apiOptions(options)),
        snapshot,
        settings,
        options.deploymentId,
        options.log,
      );
    }
    case 'alb': {
      const { AlbApi, planAlbTestTraffic } = await import('./alb.js');
      return planAlbTestTraffic(
        new AlbApi(clients.elbv2, apiOptions(options)),
        snapshot,
        settings,
        options.log,
      );
    }
    case 'vpc-lattice': {
      const { LatticeApi, planLatticeTestTraffic } = await import('./vpc-lattice.js');
      return planLatticeTestTraffic(
        new LatticeApi(clients.vpcLattice, apiOptions(options)),
        snapshot,
        settings,
        options.deploymentId,
      );
    }
  }
}

/** The routes or rules a plan creates, each readable, creatable and removable; loaded as the plan's router. */
export async function testTrafficDoors(
  plan: TestTrafficPlan,
  snapshot: TrafficSnapshot,
  clients: RoutingClients,
  options: RoutingOptions,
): Promise<TestTrafficDoor[]> {
  if (plan.router === 'app-mesh' && snapshot.router === 'app-mesh') {
    const { MeshApi, meshTestDoors } = await import('./app-mesh.js');
    return meshTestDoors(
      new MeshApi(clients.appMesh, snapshot, apiOptions(options)),
      plan,
      snapshot,
      options.deploymentId,
    );
  }
  if (plan.router === 'alb' && snapshot.router === 'alb') {
    const { AlbApi, albTestDoors } = await import('./alb.js');
    return albTestDoors(new AlbApi(clients.elbv2, apiOptions(options)), plan, snapshot, options.deploymentId);
  }
  if (plan.router === 'vpc-lattice' && snapshot.router === 'vpc-lattice') {
    const { LatticeApi, latticeTestDoors } = await import('./vpc-lattice.js');
    return latticeTestDoors(
      new LatticeApi(clients.vpcLattice, apiOptions(options)),
      plan,
      snapshot,
      options.deploymentId,
    );
  }
  throw new Error(`test traffic planned for ${plan.router}, but the snapshot is of ${snapshot.router}`);
}
