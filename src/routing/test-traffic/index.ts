import type { TestTrafficSettings } from '../../config/test-traffic.js';
import { AlbApi } from '../alb/api.js';
import { MeshApi } from '../app-mesh/appmesh-api.js';
import type { RoutingClients, RoutingOptions, TrafficSnapshot } from '../engine.js';
import { LatticeApi } from '../vpc-lattice/api.js';
import { albTestDoors, planAlbTestTraffic } from './alb.js';
import { meshTestDoors, planMeshTestTraffic } from './app-mesh.js';
import type { TestTrafficDoor } from './door.js';
import type { TestTrafficPlan } from './plan.js';
import { latticeTestDoors, planLatticeTestTraffic } from './vpc-lattice.js';

export { closeTestTraffic, openTestTraffic, type TestTrafficClose, type TestTrafficDoor } from './door.js';
export { deploymentTagKey, type TestTrafficPlan, testTrafficPlanSchema } from './plan.js';

function apiOptions(options: RoutingOptions) {
  return { ...(options.retry ? { retry: options.retry } : {}), ...(options.log ? { log: options.log } : {}) };
}

/** Pre-flight, read-only: what the test traffic will create on the deployment's router, or an InputError. */
export function planTestTraffic(
  settings: TestTrafficSettings,
  snapshot: TrafficSnapshot,
  clients: RoutingClients,
  options: RoutingOptions,
): Promise<TestTrafficPlan> {
  switch (snapshot.router) {
    case 'app-mesh':
      return planMeshTestTraffic(
        new MeshApi(clients.appMesh, snapshot, apiOptions(options)),
        snapshot,
        settings,
        options.deploymentId,
      );
    case 'alb':
      return planAlbTestTraffic(new AlbApi(clients.elbv2, apiOptions(options)), snapshot, settings);
    case 'vpc-lattice':
      return planLatticeTestTraffic(
        new LatticeApi(clients.vpcLattice, apiOptions(options)),
        snapshot,
        settings,
        options.deploymentId,
      );
  }
}

/** The routes or rules a plan creates, each readable, creatable and removable. */
export function testTrafficDoors(
  plan: TestTrafficPlan,
  snapshot: TrafficSnapshot,
  clients: RoutingClients,
  options: RoutingOptions,
): TestTrafficDoor[] {
  if (plan.router === 'app-mesh' && snapshot.router === 'app-mesh')
    return meshTestDoors(
      new MeshApi(clients.appMesh, snapshot, apiOptions(options)),
      plan,
      snapshot,
      options.deploymentId,
    );
  if (plan.router === 'alb' && snapshot.router === 'alb')
    return albTestDoors(new AlbApi(clients.elbv2, apiOptions(options)), plan, snapshot, options.deploymentId);
  if (plan.router === 'vpc-lattice' && snapshot.router === 'vpc-lattice')
    return latticeTestDoors(
      new LatticeApi(clients.vpcLattice, apiOptions(options)),
      plan,
      snapshot,
      options.deploymentId,
    );
  throw new Error(`test traffic planned for ${plan.router}, but the snapshot is of ${snapshot.router}`);
}
