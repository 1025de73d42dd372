import { shareOf, type TargetGroupPair } from '../group-weights.js';
import type { ResourceKit } from '../resources.js';
import { groupDifferences } from '../target-groups.js';
import {
  type AlbRouteSpec,
  canaryWeight,
  differences,
  parseAlbSpec,
  shift,
  specsEqual,
  targetGroupsOf,
  withPairWeightsFrom,
} from './spec.js';

/** The spec operations of an ALB rule (or listener default actions) between `pair`'s groups. Pure. */
export function albKit(resource: string, pair: TargetGroupPair): ResourceKit<AlbRouteSpec> {
  return {
    parse: (raw) => parseAlbSpec(raw, resource),
    equal: specsEqual,
    differences,
    targetsEqual: (actual, expected) =>
      groupDifferences(targetGroupsOf(actual), targetGroupsOf(expected)).length === 0,
    // Our targets with someone's edit: they are a shift of the snapshot's, so the forward takes its groups back.
    withTargetsOf: (current, source) =>
      withPairWeightsFrom(current, source, pair) ?? {
        ...structuredClone(current),
        Actions: structuredClone(source.Actions),
      },
    written: (snapshot, weights) => [0, ...weights].map((weight) => shift(snapshot, pair, weight, resource)),
    canaryWeight: (spec) => canaryWeight(spec, pair),
    canaryShare: (spec) => shareOf(targetGroupsOf(spec), pair.canary),
  };
}
