import { readableCause } from '../errors.js';
import type { RouteDrift } from '../routing/errors.js';
import type { StableRevert } from './services.js';

/*
 * A rollback's report and the words of its cause, apart from the rollback itself: the steps that announce a
 * rollback (every step may) load this, never the rollback's router code.
 */

/** What a rollback did; small enough to carry in the state and to log. */
export interface RollbackReport {
  restoredRoutes: string[];
  unchangedRoutes: string[];
  /** Routes whose weights went back to the snapshot while someone's edit of another field was kept. */
  restoredKeepingEdits: RouteDrift[];
  /** Routes someone else changed (targets or weights): kept as they are, reported. */
  keptEditedRoutes: RouteDrift[];
  /** Routes left as they are for a reason of their own, e.g. the stable service has no task to take traffic. */
  notRestored: Array<{ routeName: string; reason: string }>;
  /** Test routes or rules removed (as this deployment created them). */
  removedTestRoutes?: string[];
  /** Test routes or rules changed outside this deployment: kept as they are, reported. */
  keptEditedTestRoutes?: RouteDrift[];
  /** What happened to the services: "stable service serviceB: …taskB:8 -> …taskB:7", "canary service serviceBv2: scaled to 0". */
  services: string[];
  /** The stable service: left on its pre-deploy revision, reverted to it, or kept on someone else's. */
  stable: StableRevert['kind'] | 'unread';
  /** The canary service: scaled to 0 (or already), or kept (someone else's revision, or still routed). */
  canary: 'scaled-to-zero' | 'already-at-zero' | 'kept' | 'unread';
  /** Routes that may still send the canary traffic: its tasks keep serving it. Empty once traffic is back. */
  canaryStillRouted: string[];
  /** The canary's share of each still-routed resource's traffic, in percent, where it could be read. */
  canarySharePct: Record<string, number>;
  /** True when every route sends the canary nothing and every service is where this deployment can put it. */
  complete: boolean;
  /** One line of all of the above. */
  summary: string;
}

/**
 * The cause an execution ends with when its rollback could not send every route back (RollbackIncomplete):
 * why it rolled back, then what was and was not done.
 */
export function incompleteCause(failure: unknown, report: Pick<RollbackReport, 'summary'>): string {
  const why = failureReason(failure);
  return `${why ? `${why.replace(/\.$/, '')}. ` : ''}Rolled back as far as it may: ${report.summary}`;
}

/** Why the execution rolls back, from the state's failure ({Error, Cause}): "HealthCheckFailed: FAIL at …". */
export function failureReason(failure: unknown): string | undefined {
  const { Error: error, Cause: cause } = (typeof failure === 'object' && failure !== null ? failure : {}) as {
    Error?: unknown;
    Cause?: unknown;
  };
  const why = [
    typeof error === 'string' ? error : undefined,
    typeof cause === 'string' ? readableCause(cause) : undefined,
  ].filter(Boolean);
  return why.length > 0 ? why.join(': ') : undefined;
}
