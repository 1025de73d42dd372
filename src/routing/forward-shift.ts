import type { RouterLog } from './aws-call.js';
import { RoutedResourceDriftError } from './errors.js';
import type { TargetGroupPair } from './group-weights.js';

/**
 * Shift and restore shared by the target-group routers (VPC Lattice, ALB).
 *
 * Every shift is computed from the snapshot's weights, never from the previous step's: what a deployment
 * may have written is then a function of (snapshot, percent) alone, the same whatever path the steps took
 * (which a guard or a three-way restore can enumerate), and a shift to 0% writes the snapshot's target
 * groups back exactly. So a canary group absent at the snapshot is added at its first non-zero weight and
 * leaves the action again at 0% (App Mesh keeps an added target at 0 instead): at weight 0 it carries no
 * traffic, and leaving it would make "back at 0%" differ from the snapshot.
 */

/** The pure operations of one router's spec module, as the shared shift and restore use them. */
export interface ForwardSpecOps<Spec> {
  parse(value: unknown, resource: string): Spec;
  shift(base: Spec, pair: TargetGroupPair, canaryPercent: number, resource: string): Spec;
  differences(actual: Spec, expected: Spec): string[];
  specsEqual(actual: Spec, expected: Spec): boolean;
  /** Whether the part a write sends (the action or actions) is the same. */
  writtenPartEqual(actual: Spec, expected: Spec): boolean;
  describeTargets(spec: Spec): string;
}

/** Reading and writing the one routed resource (a rule, or a listener's default action). */
export interface ForwardAccess {
  read(): Promise<unknown>;
  /** Sends the action(s) of `spec`; returns the resource as stored. */
  write(spec: unknown): Promise<unknown>;
}

export interface ShiftRequest<Spec> {
  resource: string;
  pair: TargetGroupPair;
  canaryPercent: number;
  /** What this deployment last wrote, or the snapshot. */
  expected: Spec;
  /** The snapshot: the shift is computed from it. */
  base: Spec;
  log?: RouterLog;
}

/**
 * One shift: the target is computed before any call; the resource is read once; equal to the target:
 * nothing is written; equal to `expected`: the target is written; anything else was edited by someone:
 * RoutedResourceDriftError, nothing written. Returns the resource as stored and whether it was written.
 */
export async function shiftForward<Spec>(
  ops: ForwardSpecOps<Spec>,
  access: ForwardAccess,
  request: ShiftRequest<Spec>,
): Promise<{ spec: Spec; written: boolean }> {
  const { resource } = request;
  const target = ops.shift(request.base, request.pair, request.canaryPercent, resource);
  const current = ops.parse(await access.read(), resource);
  if (ops.specsEqual(current, target)) return { spec: current, written: false };
  if (!ops.specsEqual(current, request.expected)) {
    throw new RoutedResourceDriftError(resource, ops.differences(current, request.expected));
  }
  const stored = storedSpec(ops, await access.write(target), target, resource);
  request.log?.info(`${resource}: ${ops.describeTargets(target)} (canary ${request.canaryPercent}%)`);
  return { spec: stored, written: true };
}

/**
 * Writes the snapshot's action(s) back whatever the weights are now; only the action(s) are sent, so an
 * edit of anything else made meanwhile is kept. Returns false when they already equal the snapshot's.
 */
export async function restoreForward<Spec>(
  ops: ForwardSpecOps<Spec>,
  access: ForwardAccess,
  request: { resource: string; snapshot: Spec; log?: RouterLog },
): Promise<boolean> {
  const { resource, snapshot } = request;
  const current = readable(ops, await access.read(), resource);
  if (current && ops.writtenPartEqual(current, snapshot)) return false;
  await access.write(snapshot);
  request.log?.info(`${resource}: restored ${ops.describeTargets(snapshot)}`);
  return true;
}

function readable<Spec>(ops: ForwardSpecOps<Spec>, value: unknown, resource: string): Spec | undefined {
  try {
    return ops.parse(value, resource);
  } catch {
    // Unreadable now: not the snapshot, so it is written back.
    return undefined;
  }
}

/** The spec AWS stored (what the next drift check compares with), or the one sent if it cannot be read. */
function storedSpec<Spec>(ops: ForwardSpecOps<Spec>, output: unknown, sent: Spec, resource: string): Spec {
  return readable(ops, output, resource) ?? sent;
}
