import type { EngineRouter, SnapshotResource, TrafficState } from './deployment-router.js';
import type { ForwardAccess } from './forward-shift.js';
import type { RouteWeights } from './router.js';

/** What a target-group router (VPC Lattice, ALB) lends the engine for one deployment. */
export interface ForwardRouter {
  shift(percent: number, expected: TrafficState): Promise<{ written: string[] } & TrafficState>;
  describe(): Promise<RouteWeights[]>;
}

/** A target-group router's engine: one routed resource, the rule or the listener's default action. */
export function forwardEngine(
  router: ForwardRouter,
  access: ForwardAccess,
  resource: SnapshotResource,
): EngineRouter {
  return {
    async shift(percent, expected) {
      const result = await router.shift(percent, expected);
      return { state: result, written: result.written };
    },
    resources: () => [
      {
        ...resource,
        read: async () => ({ raw: await access.read(), version: 0 }),
        // Only the action(s) are sent: an edit of the match, priority or conditions is never overwritten.
        write: async (spec) => {
          await access.write(spec);
        },
      },
    ],
    lastWritten: (state) => new Map([[resource.name, (state as { spec: unknown }).spec]]),
    describe: () => router.describe(),
  };
}
