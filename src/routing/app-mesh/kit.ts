import type { ResourceKit } from '../resources.js';
import {
  parseRouteSpec,
  type RouteSpec,
  specDifferences,
  specsEqual,
  targetsEqual,
  weightedTargetsOf,
  withWeightedTargets,
} from './route-spec.js';
import { type CanaryPair, shiftRouteSpec, targetsOn } from './weights.js';

/** The spec operations of one App Mesh route of a canary between `pair`'s nodes. Pure. */
export function routeKit(routeName: string, pair: CanaryPair): ResourceKit<RouteSpec> {
  const shift = (spec: RouteSpec, weight: number) => shiftRouteSpec(spec, pair, weight, routeName);
  return {
    parse: (raw) => parseRouteSpec(raw, routeName),
    equal: specsEqual,
    differences: specDifferences,
    targetsEqual: (actual, expected) => targetsEqual(weightedTargetsOf(actual), weightedTargetsOf(expected)),
    withTargetsOf: (current, source) => withWeightedTargets(current, weightedTargetsOf(source)),
    // A shift only moves weight between the two nodes, so each is the same from any start, except that a
    // canary target the first shift added stays (at 0) after a shift back to 0: both forms are listed.
    written: (snapshot, weights) => {
      const withCanaryTarget = shift(snapshot, 100);
      return [0, ...weights].flatMap((weight) =>
        weight === 0 ? [shift(snapshot, 0), shift(withCanaryTarget, 0)] : [shift(snapshot, weight)],
      );
    },
    canaryWeight: (spec) => canaryWeightOf(spec),
    canaryShare: (spec) => {
      const total = weightedTargetsOf(spec).reduce((sum, target) => sum + target.weight, 0);
      return total === 0 ? 0 : canaryWeightOf(spec) / total;
    },
  };

  function canaryWeightOf(spec: RouteSpec): number {
    return targetsOn(weightedTargetsOf(spec), pair.canaryNode).reduce(
      (sum, target) => sum + target.weight,
      0,
    );
  }
}
