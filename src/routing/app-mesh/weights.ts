import { checkCanaryPercent } from '../percent.js';
import { StableTargetMissingError } from './errors.js';
import {
  maxWeightedTargets,
  type RouteSpec,
  RouteSpecError,
  type WeightedTarget,
  weightedTargetsOf,
  withWeightedTargets,
} from './route-spec.js';

/** The two virtual nodes a canary moves traffic between. */
export interface CanaryPair {
  stableNode: string;
  canaryNode: string;
}

/**
 * The canary's share of a stable weight W at p percent: round(W·p/100). W·p is a whole number, so
 * W·p/100 is exact, and a half rounds up (Math.round): W 25 at 50% gives the canary 13 and stable 12.
 * Monotonic in p; 0% gives 0 and 100% gives W.
 */
export function canaryWeight(stableWeight: number, canaryPercent: number): number {
  return Math.round((stableWeight * canaryPercent) / 100);
}

/**
 * The weighted targets with the canary at p percent. For each stable target (per port), its weight W,
 * counted together with the canary target on the same port (W is the stable's original weight, since a
 * previous shift only moved weight between the two), is split into canary = round(W·p/100) and
 * stable = W - canary. Other targets and all other target fields are kept; a missing canary target is
 * added after the others, with the stable target's port, once it gets weight.
 */
export function shiftTargets(
  targets: readonly WeightedTarget[],
  pair: CanaryPair,
  canaryPercent: number,
  routeName: string,
): WeightedTarget[] {
  checkCanaryPercent(canaryPercent);
  if (pair.stableNode === pair.canaryNode) {
    throw new RouteSpecError(routeName, `stable and canary are the same virtual node (${pair.stableNode}).`);
  }
  const shifted = targets.map((target) => ({ ...target }));
  const stables = shifted.filter((target) => target.virtualNode === pair.stableNode);
  if (stables.length === 0) throw new StableTargetMissingError(routeName, pair.stableNode, targets);
  for (const stable of stables) {
    const canary = shifted.find(
      (target) => target.virtualNode === pair.canaryNode && target.port === stable.port,
    );
    const total = stable.weight + (canary?.weight ?? 0);
    const canaryShare = canaryWeight(total, canaryPercent);
    stable.weight = total - canaryShare;
    if (canary) canary.weight = canaryShare;
    else if (canaryShare > 0) {
      shifted.push({
        virtualNode: pair.canaryNode,
        weight: canaryShare,
        ...(stable.port === undefined ? {} : { port: stable.port }),
      });
    }
  }
  if (shifted.length > maxWeightedTargets) {
    throw new RouteSpecError(
      routeName,
      `adding canary target ${pair.canaryNode} would make ${shifted.length} weighted targets; App Mesh allows at most ${maxWeightedTargets}.`,
    );
  }
  return shifted;
}

/** The spec with only the weights of the stable and canary targets changed. */
export function shiftRouteSpec(
  spec: RouteSpec,
  pair: CanaryPair,
  canaryPercent: number,
  routeName: string,
): RouteSpec {
  return withWeightedTargets(spec, shiftTargets(weightedTargetsOf(spec), pair, canaryPercent, routeName));
}

export function targetsOn(targets: readonly WeightedTarget[], virtualNode: string): WeightedTarget[] {
  return targets.filter((target) => target.virtualNode === virtualNode);
}
