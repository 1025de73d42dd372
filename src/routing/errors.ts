import { DriftError, PreflightError } from '../mesh/errors.js';
import type { TargetGroupWeight } from './group-weights.js';
import { describeGroups } from './target-groups.js';

/**
 * Errors shared by the target-group routers. They extend the App Mesh router's classes where the engine
 * already tells them apart (DriftError, PreflightError), so it handles every router alike.
 */

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
        'a canary is running or a previous one was left behind. Roll it back, or set the canary weight to 0 by hand ' +
        'once no deployment is running.',
    );
  }
}
