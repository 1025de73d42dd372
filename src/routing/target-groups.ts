import type { TargetGroupPair, TargetGroupWeight } from './group-weights.js';

/**
 * Comparisons of forward actions' target groups, by id and never by order, shared by the routers. Pure.
 */

/** "tg-a 75, tg-b 25" */
export function describeGroups(groups: readonly TargetGroupWeight[]): string {
  return groups.map((group) => `${group.id} ${group.weight}`).join(', ');
}

/** "tg-a 60 (expected 75)", "tg-c 40 (not expected)", "tg-b missing (expected 25)". */
export function groupDifferences(
  actual: readonly TargetGroupWeight[],
  expected: readonly TargetGroupWeight[],
): string[] {
  const byId = new Map(actual.map((group) => [group.id, group]));
  const differences: string[] = [];
  for (const wanted of expected) {
    const found = byId.get(wanted.id);
    byId.delete(wanted.id);
    if (found === undefined) differences.push(`${wanted.id} missing (expected ${wanted.weight})`);
    else if (found.weight !== wanted.weight)
      differences.push(`${wanted.id} ${found.weight} (expected ${wanted.weight})`);
  }
  for (const [id, extra] of byId) differences.push(`${id} ${extra.weight} (not expected)`);
  return differences;
}

/**
 * Whether `current` could be a shift of `source`: the same groups (the canary may be present in only one
 * of them), and one whole factor k ≥ 1 with every other group at k times its weight in `source` and the
 * stable and canary together at k times theirs. Then only weights a shift moves differ.
 */
export function isShiftOf(
  current: readonly TargetGroupWeight[],
  source: readonly TargetGroupWeight[],
  pair: TargetGroupPair,
): boolean {
  const others = (groups: readonly TargetGroupWeight[]) =>
    groups.filter((group) => group.id !== pair.stable && group.id !== pair.canary);
  const pairWeight = (groups: readonly TargetGroupWeight[]) =>
    groups
      .filter((group) => group.id === pair.stable || group.id === pair.canary)
      .reduce((sum, group) => sum + group.weight, 0);
  const hasStable = (groups: readonly TargetGroupWeight[]) =>
    groups.some((group) => group.id === pair.stable);
  if (!hasStable(current) || !hasStable(source)) return false;
  const currentOthers = others(current);
  const sourceOthers = new Map(others(source).map((group) => [group.id, group.weight]));
  if (currentOthers.length !== sourceOthers.size) return false;
  if (currentOthers.some((group) => !sourceOthers.has(group.id))) return false;
  const sourcePair = pairWeight(source);
  const currentPair = pairWeight(current);
  if (sourcePair === 0) return false;
  const factor = currentPair / sourcePair;
  if (!Number.isInteger(factor) || factor < 1) return false;
  return currentOthers.every((group) => group.weight === factor * (sourceOthers.get(group.id) ?? Number.NaN));
}
