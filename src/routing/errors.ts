import { messageOf } from '../errors.js';
import type { TargetGroupWeight } from './group-weights.js';
import { resourcesPhrase } from './resource-phrase.js';
import { describeGroups } from './target-groups.js';

/** Errors every router raises alike, so the engine tells them apart the same way. */

/** The routes are not in a state a canary can start from; nothing was written. */
export class PreflightError extends Error {
  override readonly name: string = 'PreflightError';
}

export interface RouteDrift {
  routeName: string;
  differences: string[];
}

/** A route differs from what this deployment last wrote (someone edited it): nothing was written. */
export class DriftError extends Error {
  override readonly name = 'DriftError';
  constructor(readonly drifts: readonly RouteDrift[]) {
    super(
      `${drifts.map((drift) => `${resourcesPhrase([drift.routeName])}: ${drift.differences.join('; ')}`).join('. ')}. ` +
        `${drifts.some((drift) => drift.routeName.includes(' ')) ? 'It' : 'The route'} was changed outside this deployment, so nothing was written; check who changed it, then roll back or start again.`,
    );
  }
}

/** The state passed to shift/restore does not belong to this router or is malformed. */
export class TrafficStateError extends Error {
  override readonly name = 'TrafficStateError';
}

/** A shift over several routes stopped part-way: `written` routes carry the new weights, the others not. */
export class ShiftIncompleteError extends Error {
  override readonly name = 'ShiftIncompleteError';
  constructor(
    readonly canaryPercent: number,
    readonly written: readonly string[],
    readonly failedRoute: string,
    readonly notWritten: readonly string[],
    options: { cause: unknown },
  ) {
    super(
      `shifting to ${canaryPercent}% stopped at ${resourcesPhrase([failedRoute])}: ${messageOf(options.cause)}. ` +
        `Written: ${written.length > 0 ? written.join(', ') : 'none'}; not written: ${notWritten.join(', ')}. ` +
        'Restoring the snapshot undoes the written routes.',
      options,
    );
  }
}

export interface RouteFailure {
  routeName: string;
  error: unknown;
}

/** Restore went through every route, but some could not be written back. */
export class RestoreIncompleteError extends Error {
  override readonly name = 'RestoreIncompleteError';
  constructor(
    readonly restored: readonly string[],
    readonly failures: readonly RouteFailure[],
  ) {
    super(
      `restore failed for ${failures.map((failure) => `${resourcesPhrase([failure.routeName])} (${messageOf(failure.error)})`).join(', ')}; ` +
        `restored: ${restored.length > 0 ? restored.join(', ') : 'none'}. Restore is safe to run again.`,
      { cause: failures[0]?.error },
    );
  }
}

/** Errors of the target-group routers (VPC Lattice, ALB). */

/** A service, listener, rule or target group that does not exist (or is not visible to this account). */
export class RoutingResourceNotFoundError extends Error {
  override readonly name = 'RoutingResourceNotFoundError';
  constructor(
    /** e.g. "VPC Lattice listener checkout" */
    readonly resource: string,
    /** What to check, naming the input: "check lattice-listener (a name, ID or ARN of a listener of lattice-service)." */
    hint: string,
    options: { cause?: unknown } = {},
  ) {
    super(`${resource} not found; ${hint}`, options);
  }
}

/** The rule or listener differs from what this deployment last wrote (someone edited it): nothing was written. */
export class RoutedResourceDriftError extends DriftError {
  constructor(
    /** e.g. "VPC Lattice rule checkout of listener http-80" */
    readonly resource: string,
    readonly differences: readonly string[],
  ) {
    super([{ routeName: resource, differences: [...differences] }]);
    this.message =
      `${resource}: ${differences.join('; ')}. ` +
      'It was changed outside this deployment, so nothing was written; check who changed it, then roll back or start again.';
  }
}

/** The canary group already receives traffic: another canary is running, or one was left behind. */
export class CanaryGroupNotAtZeroError extends PreflightError {
  override readonly name = 'CanaryNotAtZeroError';
  constructor(
    readonly resource: string,
    readonly canaryTargetGroup: string,
    readonly groups: readonly TargetGroupWeight[],
  ) {
    super(
      `${resource} already sends traffic to canary target group ${canaryTargetGroup} (${describeGroups(groups)}): ` +
        'a canary is running or a previous one was left behind. Roll it back (mode: rollback), or, once no ' +
        'deployment runs, give its share back to the stable group with appmesh-canary set-weight --canary-percent 0 ' +
        '(the other groups keep theirs).',
    );
  }
}
