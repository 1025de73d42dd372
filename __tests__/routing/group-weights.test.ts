import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  GroupWeightError,
  maxTargetGroupWeight,
  shiftGroupWeights,
  type TargetGroupWeight,
} from '../../src/routing/group-weights.js';
import { groupPair as pair, percentArbitrary, snapshotGroupsArbitrary } from './arbitraries.js';

const total = (groups: readonly TargetGroupWeight[]) => groups.reduce((sum, group) => sum + group.weight, 0);
const weight = (groups: readonly TargetGroupWeight[], id: string) =>
  groups.find((group) => group.id === id)?.weight ?? 0;
const shift = (groups: TargetGroupWeight[], percent: number, max = 10) =>
  shiftGroupWeights(groups, pair, percent, max).groups;

/** |canary share − p% of the stable's share|, exactly: as a fraction num / den. */
function canaryError(
  before: readonly TargetGroupWeight[],
  after: readonly TargetGroupWeight[],
  percent: number,
) {
  const pairBefore = weight(before, pair.stable) + weight(before, pair.canary);
  // canary/T' − S·p/(100·T) = (100·canary·T − S·p·T') / (100·T·T')
  const num = Math.abs(
    100 * weight(after, pair.canary) * total(before) - pairBefore * percent * total(after),
  );
  return { num, den: 100 * total(before) * total(after) };
}

describe('shiftGroupWeights: examples', () => {
  it('moves p% of the stable share and keeps the others (stable 80 / other 20 at 50%)', () => {
    expect(
      shift(
        [
          { id: 'stable', weight: 80 },
          { id: 'other', weight: 20 },
        ],
        50,
      ),
    ).toEqual([
      { id: 'stable', weight: 40 },
      { id: 'other', weight: 20 },
      { id: 'canary', weight: 40 },
    ]);
  });

  it.each([
    [25, 3, 1, 4],
    [50, 1, 1, 2],
    [10, 9, 1, 10],
    [33, 59, 29, 88],
    [1, 95, 1, 96],
    [100, 0, 1, 1],
  ])(
    'scales a lone group of weight 1 at %i%% to stable %i, canary %i (factor %i)',
    (percent, stable, canary, factor) => {
      const result = shiftGroupWeights([{ id: 'stable', weight: 1 }], pair, percent, 10);
      expect(result.groups).toEqual([
        { id: 'stable', weight: stable },
        { id: 'canary', weight: canary },
      ]);
      expect(result.factor).toBe(factor);
    },
  );

  it('splits a weight of 100 without scaling at every percent', () => {
    for (let percent = 0; percent <= 100; percent++) {
      const result = shiftGroupWeights([{ id: 'stable', weight: 100 }], pair, percent, 10);
      expect(result.factor).toBe(1);
      expect(weight(result.groups, pair.canary)).toBe(percent);
    }
  });

  it('scales every group by the same factor, keeping the others shares (stable 2, other 1 at 25%)', () => {
    const result = shiftGroupWeights(
      [
        { id: 'stable', weight: 2 },
        { id: 'other', weight: 1 },
      ],
      pair,
      25,
      10,
    );
    expect(result).toEqual({
      groups: [
        { id: 'stable', weight: 3 },
        { id: 'other', weight: 2 },
        { id: 'canary', weight: 1 },
      ],
      factor: 2,
    });
  });

  it('leaves the groups as they are at 0%, without adding the canary', () => {
    const groups = [
      { id: 'other', weight: 7 },
      { id: 'stable', weight: 3 },
    ];
    expect(shiftGroupWeights(groups, pair, 0, 10)).toEqual({ groups, factor: 1 });
  });

  it('counts a canary that already has weight with the stable (a shift by hand from any point)', () => {
    expect(
      shift(
        [
          { id: 'stable', weight: 30 },
          { id: 'canary', weight: 70 },
        ],
        25,
      ),
    ).toEqual([
      { id: 'stable', weight: 75 },
      { id: 'canary', weight: 25 },
    ]);
  });

  it('falls back to the most exact factor when none reaches half a permille, within one permille', () => {
    // Stable 1 of 998: K = 1, the canary gets 0 or 1 of 998 units.
    const groups = [
      { id: 'stable', weight: 1 },
      { id: 'other', weight: 997 },
    ];
    const after = shift(groups, 50);
    expect(after).toEqual([
      { id: 'stable', weight: 0 },
      { id: 'other', weight: 997 },
      { id: 'canary', weight: 1 },
    ]);
    const { num, den } = canaryError(groups, after, 50);
    expect(num / den).toBeGreaterThan(0.0005);
    expect(num / den).toBeLessThanOrEqual(0.001);
  });
});

describe('shiftGroupWeights: refusals', () => {
  it.each([
    [
      'the stable is missing',
      [{ id: 'other', weight: 1 }],
      25,
      'stable target group stable is not in the forward action',
    ],
    [
      'the stable holds 0',
      [
        { id: 'stable', weight: 0 },
        { id: 'other', weight: 5 },
      ],
      25,
      'holds weight 0',
    ],
    [
      'a weight above 999',
      [{ id: 'stable', weight: 1000 }],
      25,
      'must be a whole number from 0 to 999; got 1000',
    ],
    ['a fractional weight', [{ id: 'stable', weight: 1.5 }], 25, 'got 1.5'],
    [
      'stable and canary together above 999',
      [
        { id: 'stable', weight: 600 },
        { id: 'canary', weight: 600 },
      ],
      25,
      'together weigh 1200',
    ],
    ['a percent above 100', [{ id: 'stable', weight: 1 }], 101, 'from 0 to 100; got 101'],
  ])('refuses when %s', (_case, groups, percent, message) => {
    expect(() => shiftGroupWeights(groups, pair, percent, 10)).toThrow(GroupWeightError);
    expect(() => shiftGroupWeights(groups, pair, percent, 10)).toThrow(message);
  });

  it('refuses to add the canary beyond the group limit', () => {
    const groups = ['stable', 'a', 'b', 'c', 'd'].map((id) => ({ id, weight: 1 }));
    expect(() => shiftGroupWeights(groups, pair, 25, 5)).toThrow(
      'adding canary target group canary would make 6 target groups; the action takes at most 5.',
    );
    expect(shiftGroupWeights(groups, pair, 0, 5).groups).toEqual(groups);
  });

  it('refuses the same group as stable and canary', () => {
    expect(() => shiftGroupWeights([{ id: 'x', weight: 1 }], { stable: 'x', canary: 'x' }, 10, 10)).toThrow(
      'stable and canary are the same target group (x).',
    );
  });
});

describe.each([
  ['VPC Lattice', 10],
  ['ALB', 5],
])('shiftGroupWeights over any %s forward action (fast-check)', (_router, maxGroups) => {
  const groupsArbitrary = snapshotGroupsArbitrary(maxGroups).filter(
    (groups) => groups.length < maxGroups || groups.some((group) => group.id === pair.canary),
  );

  it('keeps whole weights 0-999, the others shares and the stable+canary share; the canary share is p% of it to 0.1%', () => {
    fc.assert(
      fc.property(groupsArbitrary, percentArbitrary, (before, percent) => {
        const { groups: after, factor } = shiftGroupWeights(before, pair, percent, maxGroups);
        for (const group of after) {
          expect(Number.isInteger(group.weight)).toBe(true);
          expect(group.weight).toBeGreaterThanOrEqual(0);
          expect(group.weight).toBeLessThanOrEqual(maxTargetGroupWeight);
        }
        expect(after.length).toBeLessThanOrEqual(maxGroups);
        // Shares compared exactly, by cross-multiplication.
        for (const group of before.filter((g) => g.id !== pair.stable && g.id !== pair.canary)) {
          expect(weight(after, group.id) * total(before)).toBe(group.weight * total(after));
          expect(weight(after, group.id)).toBe(group.weight * factor);
        }
        const pairBefore = weight(before, pair.stable) + weight(before, pair.canary);
        expect((weight(after, pair.stable) + weight(after, pair.canary)) * total(before)).toBe(
          pairBefore * total(after),
        );
        const { num, den } = canaryError(before, after, percent);
        expect(1000 * num).toBeLessThanOrEqual(den);
      }),
      { numRuns: 500 },
    );
  });

  it('is exact to half a permille whenever a factor keeping weights ≤ 999 can be, with the smallest such factor', () => {
    fc.assert(
      fc.property(groupsArbitrary, percentArbitrary, (before, percent) => {
        const { factor } = shiftGroupWeights(before, pair, percent, maxGroups);
        const S = weight(before, pair.stable) + weight(before, pair.canary);
        const T = total(before);
        const largest = Math.max(S, ...before.map((group) => group.weight));
        const withinHalf = (k: number) =>
          20 * Math.abs(100 * Math.round((k * S * percent) / 100) - k * S * percent) <= k * T;
        const achievable = [...Array(Math.floor(999 / largest)).keys()].map((i) => i + 1).filter(withinHalf);
        if (achievable.length > 0) expect(factor).toBe(achievable[0]);
      }),
      { numRuns: 300 },
    );
  });

  it('is monotonic in p, exact at 0% (nothing changes) and at 100% (the stable at 0)', () => {
    fc.assert(
      fc.property(groupsArbitrary, (before) => {
        let previous = { num: 0, den: 1 };
        for (let percent = 0; percent <= 100; percent++) {
          const after = shift(before, percent, maxGroups);
          const share = { num: weight(after, pair.canary), den: total(after) };
          expect(share.num * previous.den).toBeGreaterThanOrEqual(previous.num * share.den);
          previous = share;
        }
        expect(shift(before, 0, maxGroups)).toEqual(before);
        const full = shift(before, 100, maxGroups);
        expect(weight(full, pair.stable)).toBe(0);
        expect(weight(full, pair.canary)).toBe(weight(before, pair.stable));
        expect(full.filter((g) => g.id !== pair.canary)).toEqual(
          before
            .filter((g) => g.id !== pair.canary)
            .map((g) => (g.id === pair.stable ? { ...g, weight: 0 } : g)),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the order of the groups and appends an absent canary only once it has weight', () => {
    fc.assert(
      fc.property(groupsArbitrary, percentArbitrary, (before, percent) => {
        const after = shift(before, percent, maxGroups);
        expect(after.slice(0, before.length).map((g) => g.id)).toEqual(before.map((g) => g.id));
        const added = after.slice(before.length);
        expect(added.every((g) => g.id === pair.canary && g.weight > 0)).toBe(true);
      }),
    );
  });
});
