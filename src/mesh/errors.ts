import { messageOf } from '../errors.js';
import { describeTargets, type WeightedTarget } from './route-spec.js';

/** A mesh, virtual router, route or virtual node that does not exist (App Mesh NotFoundException). */
export class MeshResourceNotFoundError extends Error {
  override readonly name = 'MeshResourceNotFoundError';
  constructor(
    /** e.g. "route serviceB" */
    readonly resource: string,
    /** e.g. "virtual router serviceB of mesh apps"; empty for a mesh */
    where: string,
    hint: string,
    options: { cause?: unknown } = {},
  ) {
    super(`${resource} not found${where ? ` in ${where}` : ''}; ${hint}`, options);
  }
}

/** The routes are not in a state a canary can start from; nothing was written. */
export class PreflightError extends Error {
  override readonly name: string = 'PreflightError';
}

export class StableTargetMissingError extends PreflightError {
  override readonly name = 'StableTargetMissingError';
  constructor(
    readonly routeName: string,
    readonly stableNode: string,
    targets: readonly WeightedTarget[],
  ) {
    super(
      `route ${routeName} has no weighted target on stable node ${stableNode} (its targets: ${describeTargets(targets)}); ` +
        'set stable-node to the node that serves production, or leave this route out of route.',
    );
  }
}

export class CanaryNotAtZeroError extends PreflightError {
  override readonly name = 'CanaryNotAtZeroError';
  constructor(
    readonly routeName: string,
    readonly canaryNode: string,
    readonly targets: readonly WeightedTarget[],
  ) {
    super(
      `route ${routeName} already sends traffic to canary node ${canaryNode} (${describeTargets(targets)}): ` +
        'a canary is running or a previous one was left behind (run mode: rollback, which stops a running ' +
        "canary or restores the last one's snapshot), or the weights were set by hand (appmesh-canary " +
        'set-weight --canary-percent 0).',
    );
  }
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
      `${drifts.map((drift) => `route ${drift.routeName}: ${drift.differences.join('; ')}`).join('. ')}. ` +
        'The route was changed outside this deployment, so nothing was written; check who changed it, then roll back or start again.',
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
      `shifting to ${canaryPercent}% stopped at route ${failedRoute}: ${messageOf(options.cause)}. ` +
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
      `restore failed for ${failures.map((failure) => `route ${failure.routeName} (${messageOf(failure.error)})`).join(', ')}; ` +
        `restored: ${restored.length > 0 ? restored.join(', ') : 'none'}. Restore is safe to run again.`,
      { cause: failures[0]?.error },
    );
  }
}
