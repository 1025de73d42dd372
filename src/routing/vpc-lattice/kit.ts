import { shareOf, type TargetGroupPair } from '../group-weights.js';
import type { ResourceKit } from '../resources.js';
import { groupDifferences } from '../target-groups.js';
import {
  canaryWeight,
  differences,
  type LatticeRouteSpec,
  parseLatticeSpec,
  shift,
  specsEqual,
  targetGroupsOf,
  withTargetGroupsOf,
} from './spec.js';

/** The spec operations of a VPC Lattice rule (or listener default action) between `pair`'s groups. Pure. */
export function latticeKit(resource: string, pair: TargetGroupPair): ResourceKit<LatticeRouteSpec> {
  return {
    parse: (raw) => parseLatticeSpec(raw, resource),
    equal: specsEqual,
    differences,
    targetsEqual: (actual, expected) =>
      groupDifferences(targetGroupsOf(actual), targetGroupsOf(expected)).length === 0,
    withTargetsOf: withTargetGroupsOf,
    // Every step is computed from the snapshot: what a deployment wrote depends on the weight alone.
    written: (snapshot, weights) => [0, ...weights].map((weight) => shift(snapshot, pair, weight, resource)),
    canaryWeight: (spec) => canaryWeight(spec, pair),
    canaryShare: (spec) => shareOf(targetGroupsOf(spec), pair.canary),
  };
}
