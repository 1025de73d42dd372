import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { InputError } from '../../../src/errors.js';
import { RouteSpecError, StableTargetMissingError } from '../../../src/routing/app-mesh/index.js';
import {
  routeTypeOf,
  type WeightedTarget,
  weightedTargetsOf,
  withWeightedTargets,
} from '../../../src/routing/app-mesh/route-spec.js';
import { canaryWeight, shiftRouteSpec, shiftTargets } from '../../../src/routing/app-mesh/weights.js';
import { checkCanaryPercent } from '../../../src/routing/percent.js';
import { pair, percentArbitrary, routeSpecArbitrary, targetsArbitrary } from './arbitraries.js';

const sum = (targets: readonly WeightedTarget[]) =>
  targets.reduce((total, target) => total + target.weight, 0);
const weightOf = (targets: readonly WeightedTarget[], node: string) =>
  sum(targets.filter((t) => t.virtualNode === node));
const others = (targets: readonly WeightedTarget[]) =>
  targets.filter(
    (target) => target.virtualNode !== pair.stableNode && target.virtualNode !== pair.canaryNode,
  );

describe('canaryWeight', () => {
  it('rounds half up: 25 at 50% gives the canary 13', () => {
    expect(canaryWeight(25, 50)).toBe(13);
    expect(canaryWeight(1, 50)).toBe(1);
    expect(canaryWeight(3, 50)).toBe(2);
    expect(canaryWeight(100, 25)).toBe(25);
    expect(canaryWeight(90, 10)).toBe(9);
  });

  it('is exact at 0% and 100%', () => {
    for (const weight of [0, 1, 37, 100]) {
      expect(canaryWeight(weight, 0)).toBe(0);
      expect(canaryWeight(weight, 100)).toBe(weight);
    }
  });
});

describe('checkCanaryPercent', () => {
  it.each([150, -1, 33.3, 101, Number.NaN, '25', undefined])('refuses %p', (value) => {
    expect(() => checkCanaryPercent(value)).toThrow(InputError);
    expect(() => checkCanaryPercent(value)).toThrow(
      'input "canary-percent": must be a whole number from 0 to 100',
    );
  });

  it('accepts 0 and 100', () => {
    expect(checkCanaryPercent(0)).toBe(0);
    expect(checkCanaryPercent(100)).toBe(100);
  });
});

describe('shiftTargets', () => {
  it('splits the seed 100 into 75/25 and appends the canary', () => {
    expect(shiftTargets([{ virtualNode: 'serviceB', weight: 100 }], pair, 25, 'serviceB')).toEqual([
      { virtualNode: 'serviceB', weight: 75 },
      { virtualNode: 'serviceBv2', weight: 25 },
    ]);
  });

  it('splits each port of the stable node separately and gives the canary the same port', () => {
    const targets = [
      { virtualNode: 'serviceB', weight: 60, port: 8080 },
      { virtualNode: 'serviceB', weight: 40, port: 9090 },
    ];
    expect(shiftTargets(targets, pair, 50, 'r')).toEqual([
      { virtualNode: 'serviceB', weight: 30, port: 8080 },
      { virtualNode: 'serviceB', weight: 20, port: 9090 },
      { virtualNode: 'serviceBv2', weight: 30, port: 8080 },
      { virtualNode: 'serviceBv2', weight: 20, port: 9090 },
    ]);
  });

  it('refuses a route without the stable node, and the same node on both sides', () => {
    expect(() => shiftTargets([{ virtualNode: 'serviceA', weight: 100 }], pair, 25, 'r')).toThrow(
      StableTargetMissingError,
    );
    expect(() =>
      shiftTargets(
        [{ virtualNode: 'serviceB', weight: 100 }],
        { stableNode: 'serviceB', canaryNode: 'serviceB' },
        25,
        'r',
      ),
    ).toThrow(RouteSpecError);
  });
});

describe('properties (fast-check)', () => {
  it('preserves the total weight and keeps integer weights in 0-100 and at most 10 targets', () => {
    fc.assert(
      fc.property(targetsArbitrary, percentArbitrary, (targets, percent) => {
        const shifted = shiftTargets(targets, pair, percent, 'r');
        expect(sum(shifted)).toBe(sum(targets));
        expect(shifted.length).toBeLessThanOrEqual(10);
        for (const target of shifted) {
          expect(Number.isInteger(target.weight)).toBe(true);
          expect(target.weight).toBeGreaterThanOrEqual(0);
          expect(target.weight).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it('gives the canary a weight monotonic in p, from 0 at 0% to the stable weight at 100%', () => {
    fc.assert(
      fc.property(targetsArbitrary, percentArbitrary, percentArbitrary, (targets, p1, p2) => {
        const [low, high] = p1 <= p2 ? [p1, p2] : [p2, p1];
        const canaryAt = (percent: number) =>
          weightOf(shiftTargets(targets, pair, percent, 'r'), pair.canaryNode);
        expect(canaryAt(low)).toBeLessThanOrEqual(canaryAt(high));
        expect(canaryAt(0)).toBe(0);
        expect(canaryAt(100)).toBe(weightOf(targets, pair.stableNode));
      }),
    );
  });

  it('leaves the other targets exactly as they were, in order', () => {
    fc.assert(
      fc.property(targetsArbitrary, percentArbitrary, (targets, percent) => {
        expect(others(shiftTargets(targets, pair, percent, 'r'))).toEqual(others(targets));
      }),
    );
  });

  it('does not depend on the path: stepping p1 then p2 equals going to p2 at once', () => {
    fc.assert(
      fc.property(targetsArbitrary, percentArbitrary, percentArbitrary, (targets, p1, p2) => {
        const stepped = shiftTargets(shiftTargets(targets, pair, p1, 'r'), pair, p2, 'r');
        const direct = shiftTargets(targets, pair, p2, 'r');
        expect(weightOf(stepped, pair.canaryNode)).toBe(weightOf(direct, pair.canaryNode));
        expect(weightOf(stepped, pair.stableNode)).toBe(weightOf(direct, pair.stableNode));
      }),
    );
  });

  it('changes only the weighted targets of any route spec, and writing the old targets back gives the spec', () => {
    fc.assert(
      fc.property(routeSpecArbitrary, percentArbitrary, (spec, percent) => {
        const original = structuredClone(spec);
        const shifted = shiftRouteSpec(spec, pair, percent, 'r');
        expect(spec).toEqual(original);
        expect(routeTypeOf(shifted)).toBe(routeTypeOf(spec));
        expect(withWeightedTargets(shifted, weightedTargetsOf(spec))).toEqual(spec);
      }),
    );
  });
});
