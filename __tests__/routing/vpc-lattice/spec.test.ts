import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  actionsEqual,
  canaryWeight,
  describeTargets,
  differences,
  type LatticeRouteSpec,
  LatticeSpecError,
  parseLatticeSpec,
  shift,
  specsEqual,
  targetGroupsOf,
  withPairWeightsFrom,
} from '../../../src/routing/vpc-lattice/spec.js';
import { percentArbitrary } from '../arbitraries.js';
import { latticeRouteSpecArbitrary, latticePair as pair, tgId } from './arbitraries.js';

const arn = (id: string) => `arn:aws:vpc-lattice:us-west-2:123456789012:targetgroup/${id}`;
const stable = tgId('stable');
const canary = tgId('canary');
const legacy = tgId('legacy');

const rule: LatticeRouteSpec = {
  match: { httpMatch: { pathMatch: { match: { prefix: '/api' }, caseSensitive: true } } },
  priority: 10,
  action: {
    forward: {
      targetGroups: [
        { targetGroupIdentifier: stable, weight: 80 },
        { targetGroupIdentifier: legacy, weight: 20 },
      ],
    },
  },
};

describe('parseLatticeSpec', () => {
  it('returns a plain copy without undefined fields', () => {
    expect(parseLatticeSpec({ ...rule, match: { ...rule.match, extra: undefined } }, 'rule api')).toEqual(
      rule,
    );
  });

  it.each([
    [
      'a fixed response',
      { action: { fixedResponse: { statusCode: 404 } } },
      'the action is a fixed response (status 404), not a forward',
    ],
    [
      'no target group',
      { action: { forward: { targetGroups: [] } } },
      'the forward action has no target groups',
    ],
    [
      'eleven target groups',
      {
        action: {
          forward: {
            targetGroups: [...Array(11).keys()].map((i) => ({
              targetGroupIdentifier: tgId(`g${i}`),
              weight: 1,
            })),
          },
        },
      },
      'the forward action has 11 target groups; VPC Lattice allows at most 10.',
    ],
    [
      'a group twice, once by ARN',
      {
        action: {
          forward: {
            targetGroups: [
              { targetGroupIdentifier: stable, weight: 1 },
              { targetGroupIdentifier: arn(stable), weight: 1 },
            ],
          },
        },
      },
      `target group ${stable} appears twice`,
    ],
    [
      'a weight of 1000',
      { action: { forward: { targetGroups: [{ targetGroupIdentifier: stable, weight: 1000 }] } } },
      'must be a whole number from 0 to 999; got 1000',
    ],
    [
      'a missing weight beside another group',
      {
        action: {
          forward: {
            targetGroups: [{ targetGroupIdentifier: stable }, { targetGroupIdentifier: legacy, weight: 1 }],
          },
        },
      },
      `target group ${stable} has no weight beside other groups`,
    ],
    ['an unknown union member', { action: { $unknown: ['redirect', {}] } }, 'refusing to rewrite it'],
    ['an unknown field', { ...rule, name: 'api' }, 'unknown field name'],
    ['a fractional priority', { ...rule, priority: 1.5 }, 'priority must be a whole number; got 1.5'],
  ])('refuses %s, naming the resource', (_case, value, message) => {
    expect(() => parseLatticeSpec(value, 'VPC Lattice rule api')).toThrow(LatticeSpecError);
    expect(() => parseLatticeSpec(value, 'VPC Lattice rule api')).toThrow(`VPC Lattice rule api: `);
    expect(() => parseLatticeSpec(value, 'VPC Lattice rule api')).toThrow(message);
  });

  it('reads a lone group without weight as weight 100', () => {
    const spec = parseLatticeSpec(
      { action: { forward: { targetGroups: [{ targetGroupIdentifier: arn(stable) }] } } },
      'x',
    );
    expect(targetGroupsOf(spec)).toEqual([{ id: stable, weight: 100 }]);
  });
});

describe('shift', () => {
  it('changes only the two weights, adding the canary after the others', () => {
    expect(shift(rule, pair, 50)).toEqual({
      ...rule,
      action: {
        forward: {
          targetGroups: [
            { targetGroupIdentifier: stable, weight: 40 },
            { targetGroupIdentifier: legacy, weight: 20 },
            { targetGroupIdentifier: canary, weight: 40 },
          ],
        },
      },
    });
  });

  it('returns the spec as it is when no weight changes (0%, a lone group without weight)', () => {
    const lone: LatticeRouteSpec = {
      action: { forward: { targetGroups: [{ targetGroupIdentifier: stable }] } },
    };
    expect(shift(lone, pair, 0)).toEqual(lone);
    expect(shift(rule, pair, 0)).toEqual(rule);
    expect(shift(lone, pair, 25).action.forward.targetGroups).toEqual([
      { targetGroupIdentifier: stable, weight: 75 },
      { targetGroupIdentifier: canary, weight: 25 },
    ]);
  });

  it('matches groups given by ARN to the pair of IDs, keeping the identifier as written', () => {
    const byArn: LatticeRouteSpec = {
      action: { forward: { targetGroups: [{ targetGroupIdentifier: arn(stable), weight: 1 }] } },
    };
    expect(shift(byArn, pair, 50).action.forward.targetGroups).toEqual([
      { targetGroupIdentifier: arn(stable), weight: 1 },
      { targetGroupIdentifier: canary, weight: 1 },
    ]);
  });

  it('names the resource when the weights cannot be shifted', () => {
    expect(() => shift(rule, { stable: tgId('gone'), canary }, 10, 'VPC Lattice rule api')).toThrow(
      `VPC Lattice rule api: stable target group ${tgId('gone')} is not in the forward action.`,
    );
  });
});

describe('differences, specsEqual, actionsEqual', () => {
  it('compares target groups by ID, not by order or form', () => {
    const reordered: LatticeRouteSpec = {
      ...rule,
      action: {
        forward: {
          targetGroups: [
            { targetGroupIdentifier: arn(legacy), weight: 20 },
            { targetGroupIdentifier: stable, weight: 80 },
          ],
        },
      },
    };
    expect(differences(reordered, rule)).toEqual([]);
    expect(specsEqual(reordered, rule)).toBe(true);
  });

  it('names weight and field changes in words', () => {
    const edited = { ...shift(rule, pair, 25), priority: 3 };
    expect(differences(edited, rule)).toEqual([
      `targetGroups changed: ${stable} 60 (expected 80), ${canary} 20 (not expected)`,
      'priority changed: 3 (expected 10)',
    ]);
  });

  it('compares only the action for a restore', () => {
    expect(actionsEqual({ ...rule, priority: 4 }, rule)).toBe(true);
    expect(actionsEqual(shift(rule, pair, 1), rule)).toBe(false);
  });
});

describe('canaryWeight, describeTargets', () => {
  it('reads the canary weight (0 when absent) and describes the groups', () => {
    expect(canaryWeight(rule, pair)).toBe(0);
    expect(canaryWeight(shift(rule, pair, 25), pair)).toBe(20);
    expect(describeTargets(rule)).toBe(`${stable} 80, ${legacy} 20`);
  });
});

describe('withPairWeightsFrom', () => {
  it('puts the snapshot weights back while keeping an edit of the match and priority', () => {
    const edited = { ...shift(rule, pair, 50), priority: 2, match: { httpMatch: { method: 'GET' } } };
    expect(withPairWeightsFrom(edited, rule, pair)).toEqual({
      ...rule,
      priority: 2,
      match: { httpMatch: { method: 'GET' } },
    });
  });

  it('is undefined when another group was edited or removed', () => {
    const shifted = shift(rule, pair, 50);
    const otherEdited = structuredClone(shifted);
    otherEdited.action.forward.targetGroups[1]!.weight = 30;
    expect(withPairWeightsFrom(otherEdited, rule, pair)).toBeUndefined();
    const removed = structuredClone(shifted);
    removed.action.forward.targetGroups.splice(1, 1);
    expect(withPairWeightsFrom(removed, rule, pair)).toBeUndefined();
  });

  it('accepts a scaled shift (every weight times k)', () => {
    const lone: LatticeRouteSpec = {
      action: {
        forward: {
          targetGroups: [
            { targetGroupIdentifier: stable, weight: 2 },
            { targetGroupIdentifier: legacy, weight: 1 },
          ],
        },
      },
    };
    const scaled = shift(lone, pair, 25);
    expect(targetGroupsOf(scaled)).toEqual([
      { id: stable, weight: 3 },
      { id: legacy, weight: 2 },
      { id: canary, weight: 1 },
    ]);
    expect(withPairWeightsFrom(scaled, lone, pair)).toEqual(lone);
  });
});

describe('any rule or default action of 1-10 groups (fast-check)', () => {
  const share = (spec: LatticeRouteSpec, id: string) => {
    const groups = targetGroupsOf(spec);
    const total = groups.reduce((sum, group) => sum + group.weight, 0);
    return (groups.find((group) => group.id === id)?.weight ?? 0) / total;
  };

  it('shift then restore (withPairWeightsFrom) gives the snapshot back; only targetGroups differ; shares hold', () => {
    fc.assert(
      fc.property(latticeRouteSpecArbitrary, percentArbitrary, (base, percent) => {
        const shifted = shift(base, pair, percent);
        expect(withPairWeightsFrom(shifted, base, pair)).toEqual(base);
        expect(
          differences(shifted, base).filter((line) => !line.startsWith('targetGroups changed:')),
        ).toEqual([]);
        expect(shifted.action.forward.targetGroups.length).toBeLessThanOrEqual(10);
        const stableShare = share(base, pair.stable);
        expect(Math.abs(share(shifted, pair.canary) - (stableShare * percent) / 100)).toBeLessThanOrEqual(
          0.001 + 1e-12,
        );
        for (const group of targetGroupsOf(base).filter(
          (g) => g.id !== pair.stable && g.id !== pair.canary,
        )) {
          expect(share(shifted, group.id)).toBeCloseTo(share(base, group.id), 12);
        }
        expect(parseLatticeSpec(JSON.parse(JSON.stringify(shifted)), 'x')).toEqual(shifted);
      }),
      { numRuns: 300 },
    );
  });
});
