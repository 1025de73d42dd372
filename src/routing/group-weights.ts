/**
 * Weight math for forward actions over target groups (VPC Lattice, ALB): whole weights 0-999, each group
 * receiving weight / total of the traffic. Pure.
 *
 * A canary percent p means what it means for App Mesh: p% of the stable group's share moves to the canary.
 * The stable's share is S / T, where S is the stable's weight plus the canary's (a shift only moves weight
 * between the two, so S is the stable's weight before the canary started) and T the total of all weights.
 * The target canary share is therefore S·p / (100·T).
 *
 * Every group's weight is multiplied by one whole factor k (1 when nothing needs scaling), and S·k is split
 * into canary = round(k·S·p/100) (a half rounds up) and stable = k·S − canary. Every other group keeps its
 * share exactly (its weight and the total both grow by k).
 *
 * "Exact to the permille": the canary's share of the total differs from the target share by at most half a
 * permille (0.05 percentage point), so it rounds to the same 0.1%. k is the smallest factor that achieves
 * it; when no factor keeping every weight at 999 or less does, the factor with the smallest error (the
 * smallest such factor on a tie). That error is never above one permille: with m the largest of S and the
 * other weights, the largest factor K = floor(999/m) gives K·m ≥ 500 (m ≥ 500: K ≥ 1; m < 500: K ≥ 2 and
 * K·m > 999 − m), T ≥ m, and rounding errs by at most half a weight unit, i.e. 0.5 / (K·T) ≤ 1/1000.
 *
 * Examples (stable s, canary c, other o): s 80, o 20 at 50% → s 40, c 40, o 20 (k 1). A single group of
 * weight 1 at 25% → s 3, c 1 (k 4); at 10% → s 9, c 1 (k 10); at 33% → s 59, c 29 (k 88: 32.95%).
 * s 100 alone at any percent → k 1. 0% leaves every weight as it is; 100% gives c = S, s 0, k 1.
 */

export const maxTargetGroupWeight = 999;

/** One group of a forward action: `id` is whatever identifies it for the router (ID or ARN). */
export interface TargetGroupWeight {
  id: string;
  weight: number;
}

/** The two target groups a canary moves traffic between. */
export interface TargetGroupPair {
  stable: string;
  canary: string;
}

/** Weights that cannot be shifted as asked; the caller names the rule or listener. */
export class GroupWeightError extends Error {
  override readonly name = 'GroupWeightError';
}

export interface GroupShift {
  groups: TargetGroupWeight[];
  /** The whole factor every weight was multiplied by. */
  factor: number;
}

/**
 * The groups with the canary at `canaryPercent` (0-100), in their order; a canary group that is absent is
 * appended once it gets weight (never at 0). `maxGroups` is the service's limit per forward action.
 */
export function shiftGroupWeights(
  groups: readonly TargetGroupWeight[],
  pair: TargetGroupPair,
  canaryPercent: number,
  maxGroups: number,
): GroupShift {
  if (!Number.isInteger(canaryPercent) || canaryPercent < 0 || canaryPercent > 100) {
    throw new GroupWeightError(
      `the canary percent must be a whole number from 0 to 100; got ${canaryPercent}.`,
    );
  }
  if (pair.stable === pair.canary) {
    throw new GroupWeightError(`stable and canary are the same target group (${pair.stable}).`);
  }
  for (const group of groups) checkWeight(group);
  const stable = groups.find((group) => group.id === pair.stable);
  if (!stable) throw new GroupWeightError(`stable target group ${pair.stable} is not in the forward action.`);
  const canary = groups.find((group) => group.id === pair.canary);
  const pairWeight = stable.weight + (canary?.weight ?? 0);
  if (pairWeight === 0) {
    throw new GroupWeightError(
      `stable target group ${pair.stable} holds weight 0${canary ? ' (and the canary too)' : ''}: there is no traffic to shift.`,
    );
  }
  const total = groups.reduce((sum, group) => sum + group.weight, 0);
  const largest = Math.max(pairWeight, ...groups.map((group) => group.weight));
  const maxFactor = Math.floor(maxTargetGroupWeight / largest);
  if (maxFactor < 1) {
    throw new GroupWeightError(
      `stable and canary together weigh ${pairWeight}; the canary at 100% could not hold it (at most ${maxTargetGroupWeight}). Lower the weights by hand first.`,
    );
  }
  const { factor, canaryWeight } = bestFactor(pairWeight, total, canaryPercent, maxFactor);
  const shifted = groups.map((group) => {
    if (group.id === pair.stable) return { ...group, weight: factor * pairWeight - canaryWeight };
    if (group.id === pair.canary) return { ...group, weight: canaryWeight };
    return { ...group, weight: group.weight * factor };
  });
  if (!canary && canaryWeight > 0) {
    if (shifted.length >= maxGroups) {
      throw new GroupWeightError(
        `adding canary target group ${pair.canary} would make ${shifted.length + 1} target groups; the action takes at most ${maxGroups}.`,
      );
    }
    shifted.push({ id: pair.canary, weight: canaryWeight });
  }
  return { groups: shifted, factor };
}

/**
 * The smallest factor within half a permille, else the most exact one. Integer arithmetic only: with
 * error = |100·c − k·S·p| / (100·k·T), "within half a permille" is 20·|100·c − k·S·p| ≤ k·T.
 */
function bestFactor(
  pairWeight: number,
  total: number,
  percent: number,
  maxFactor: number,
): { factor: number; canaryWeight: number } {
  let best: { factor: number; canaryWeight: number; error: number } | undefined;
  for (let factor = 1; factor <= maxFactor; factor++) {
    const exact = factor * pairWeight * percent;
    const canaryWeight = Math.floor((exact + 50) / 100);
    const deviation = Math.abs(100 * canaryWeight - exact);
    if (20 * deviation <= factor * total) return { factor, canaryWeight };
    const error = deviation / factor;
    if (!best || error < best.error) best = { factor, canaryWeight, error };
  }
  // maxFactor ≥ 1, so the loop ran and `best` is set whenever it did not return.
  return best!;
}

function checkWeight(group: TargetGroupWeight): void {
  if (!Number.isInteger(group.weight) || group.weight < 0 || group.weight > maxTargetGroupWeight) {
    throw new GroupWeightError(
      `the weight of target group ${group.id} must be a whole number from 0 to ${maxTargetGroupWeight}; got ${group.weight}.`,
    );
  }
}

/** The weight of a group in the action; 0 when it is absent. */
export function weightOf(groups: readonly TargetGroupWeight[], id: string): number {
  return groups.find((group) => group.id === id)?.weight ?? 0;
}

/** A group's share of the total weight (0 when everything weighs 0). */
export function shareOf(groups: readonly TargetGroupWeight[], id: string): number {
  const total = groups.reduce((sum, group) => sum + group.weight, 0);
  return total === 0 ? 0 : weightOf(groups, id) / total;
}
