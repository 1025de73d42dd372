/**
 * Moves traffic between a stable and a canary target. App Mesh is the first implementation; callers depend
 * only on this interface so another router (e.g. VPC Lattice weighted target groups) can follow.
 *
 * Every value going in and out is plain JSON: the state machine carries it between Lambda invocations.
 */
export interface TrafficRouter<Snapshot, State = Snapshot> {
  /** Pre-flight checks (read-only), then the routes exactly as read. */
  snapshot(): Promise<Snapshot>;
  /**
   * Moves the canary to `canaryPercent` (0-100). `expected` is what this deployment last wrote (the previous
   * shift's result), or the snapshot before the first step: a route that differs from it was edited by someone
   * else and is not written. Returns the new state, to pass to the next shift.
   */
  shift(canaryPercent: number, expected: Snapshot | State): Promise<State>;
  /** Writes the snapshot back, whatever the current state; routes already equal to it are left alone. */
  restore(snapshot: Snapshot): Promise<RestoreResult>;
  /** The current weights, for people. */
  describe(): Promise<RouteWeights[]>;
}

export interface RestoreResult {
  restored: string[];
  unchanged: string[];
}

export interface TargetWeight {
  target: string;
  port?: number;
  weight: number;
}

export interface RouteWeights {
  route: string;
  /** e.g. http2Route */
  type: string;
  version: number;
  targets: TargetWeight[];
}
