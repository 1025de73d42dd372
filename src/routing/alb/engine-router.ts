import type { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { type RoutingOptions, routingApiOptions, type SnapshotResource } from '../deployment-router.js';
import { forwardEngine } from '../forward-engine.js';
import { AlbRouter } from './router.js';
import { type AlbShiftResult, type AlbTrafficState, albSettingsOf } from './state.js';

/** The engine's ALB router of one deployment: loaded only by deployments on ALB. */
export function albEngineRouter(
  snapshot: AlbTrafficState,
  client: ElasticLoadBalancingV2Client,
  options: RoutingOptions,
  resource: SnapshotResource,
) {
  const router = new AlbRouter(client, albSettingsOf(snapshot), routingApiOptions(options));
  return forwardEngine(
    {
      shift: (percent, expected) => router.shift(percent, expected as AlbTrafficState | AlbShiftResult),
      describe: () => router.describe(),
    },
    router.resourceAccess(snapshot),
    resource,
  );
}
