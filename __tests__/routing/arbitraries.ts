import fc from 'fast-check';
import type { TargetGroupPair, TargetGroupWeight } from '../../src/routing/group-weights.js';

export const groupPair: TargetGroupPair = { stable: 'stable', canary: 'canary' };

const otherIds = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];

/** A weight as people set them: often small or round, sometimes anything up to 999. */
export const weightArbitrary = fc.oneof(
  fc.integer({ min: 0, max: 999 }),
  fc.integer({ min: 0, max: 5 }),
  fc.constantFrom(1, 10, 50, 100, 500, 999),
);

/**
 * A forward action before a canary: the stable group (weight ≥ 1), up to `maxGroups - 1` others, and the
 * canary group at weight 0 or absent; the groups in any order.
 */
export function snapshotGroupsArbitrary(maxGroups: number): fc.Arbitrary<TargetGroupWeight[]> {
  return fc
    .record({
      stable: fc.oneof(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 5 })),
      others: fc.uniqueArray(fc.record({ id: fc.constantFrom(...otherIds), weight: weightArbitrary }), {
        maxLength: maxGroups - 1,
        selector: (group) => group.id,
      }),
      canaryPresent: fc.boolean(),
      stableAt: fc.nat(),
      canaryAt: fc.nat(),
    })
    .map(({ stable, others, canaryPresent, stableAt, canaryAt }) => {
      const groups = [...others];
      groups.splice(stableAt % (groups.length + 1), 0, { id: groupPair.stable, weight: stable });
      if (canaryPresent && groups.length < maxGroups) {
        groups.splice(canaryAt % (groups.length + 1), 0, { id: groupPair.canary, weight: 0 });
      }
      return groups;
    });
}

export const percentArbitrary = fc.oneof(
  fc.integer({ min: 0, max: 100 }),
  fc.constantFrom(0, 1, 10, 25, 33, 50, 66, 99, 100),
);
