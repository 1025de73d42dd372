import type { VPCLatticeClient } from '@aws-sdk/client-vpc-lattice';
import { type RoutingOptions, routingApiOptions, type SnapshotResource } from '../deployment-router.js';
import { forwardEngine } from '../forward-engine.js';
import { VpcLatticeRouter } from './router.js';
import { type LatticeShiftResult, type LatticeTrafficState, latticeSettingsOf } from './state.js';

/** The engine's VPC Lattice router of one deployment: loaded only by deployments on VPC Lattice. */
export function latticeEngineRouter(
  snapshot: LatticeTrafficState,
  client: VPCLatticeClient,
  options: RoutingOptions,
  resource: SnapshotResource,
) {
  const router = new VpcLatticeRouter(client, latticeSettingsOf(snapshot), routingApiOptions(options));
  return forwardEngine(
    {
      shift: (percent, expected) =>
        router.shift(percent, expected as LatticeTrafficState | LatticeShiftResult),
      describe: () => router.describe(),
    },
    router.resourceAccess(snapshot),
    resource,
  );
}
