import { PreflightError } from '../errors.js';
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
