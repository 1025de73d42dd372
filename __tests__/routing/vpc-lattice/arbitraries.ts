import fc from 'fast-check';
import type { TargetGroupPair } from '../../../src/routing/group-weights.js';
import type { LatticeRouteSpec } from '../../../src/routing/vpc-lattice/spec.js';
import { groupPair, snapshotGroupsArbitrary } from '../arbitraries.js';

/** A valid target group ID made from a short name: tg- and 17 of [0-9a-z]. */
export function tgId(name: string): string {
  return `tg-${name
    .replace(/[^0-9a-z]/g, '')
    .padEnd(17, '0')
    .slice(0, 17)}`;
}

export const latticePair: TargetGroupPair = {
  stable: tgId(groupPair.stable),
  canary: tgId(groupPair.canary),
};

const header = fc.record(
  {
    name: fc.constantFrom('x-canary', 'user-agent', 'x-tenant'),
    match: fc.oneof(
      fc.record({ exact: fc.string() }),
      fc.record({ prefix: fc.string() }),
      fc.record({ contains: fc.string() }),
    ),
    caseSensitive: fc.boolean(),
  },
  { requiredKeys: ['name', 'match'] },
);

const match = fc.record({
  httpMatch: fc.record(
    {
      method: fc.constantFrom('GET', 'POST', 'PUT'),
      pathMatch: fc.record(
        {
          match: fc.oneof(
            fc.record({ exact: fc.constant('/health') }),
            fc.record({ prefix: fc.constantFrom('/', '/api') }),
          ),
          caseSensitive: fc.boolean(),
        },
        { requiredKeys: ['match'] },
      ),
      headerMatches: fc.array(header, { maxLength: 3 }),
    },
    { requiredKeys: [] },
  ),
});

/**
 * A rule (match, priority, forward) or a default action (forward only) before a canary: 1-10 groups with
 * the stable weighted, the canary at 0 or absent; identifiers as IDs or ARNs; a lone group maybe without
 * a weight.
 */
export const latticeRouteSpecArbitrary: fc.Arbitrary<LatticeRouteSpec> = fc
  .record({
    groups: snapshotGroupsArbitrary(10).filter(
      (groups) => groups.length < 10 || groups.some((g) => g.id === groupPair.canary),
    ),
    isRule: fc.boolean(),
    match,
    priority: fc.integer({ min: 1, max: 100 }),
    asArn: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
    dropLoneWeight: fc.boolean(),
  })
  .map(({ groups, isRule, match: ruleMatch, priority, asArn, dropLoneWeight }) => {
    const targetGroups = groups.map((group, index) => {
      const id = tgId(group.id);
      const identifier = asArn[index] ? `arn:aws:vpc-lattice:us-west-2:123456789012:targetgroup/${id}` : id;
      return groups.length === 1 && dropLoneWeight
        ? { targetGroupIdentifier: identifier }
        : { targetGroupIdentifier: identifier, weight: group.weight };
    });
    const action = { forward: { targetGroups } };
    return isRule ? { match: ruleMatch, priority, action } : { action };
  });
