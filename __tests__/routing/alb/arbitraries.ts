import fc from 'fast-check';
import type { AlbAction, AlbRouteSpec } from '../../../src/routing/alb/spec.js';
import type { TargetGroupPair } from '../../../src/routing/group-weights.js';
import { groupPair, snapshotGroupsArbitrary } from '../arbitraries.js';

export const tgArn = (name: string) =>
  `arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/${name}/${name.padEnd(16, '0').slice(0, 16)}`;

export const albPair: TargetGroupPair = { stable: tgArn(groupPair.stable), canary: tgArn(groupPair.canary) };

const stickiness = fc.option(
  fc.oneof(
    fc.constant({ Enabled: false }),
    fc.record({ Enabled: fc.constant(true), DurationSeconds: fc.integer({ min: 1, max: 604800 }) }),
  ),
  { nil: undefined },
);

const condition = fc.oneof(
  fc.record({
    Field: fc.constant('path-pattern'),
    PathPatternConfig: fc.record({
      Values: fc.array(fc.constantFrom('/api/*', '/v2/*'), { minLength: 1, maxLength: 2 }),
    }),
  }),
  fc.record({
    Field: fc.constant('host-header'),
    HostHeaderConfig: fc.record({ Values: fc.constant(['shop.example.com']) }),
  }),
  fc.record({
    Field: fc.constant('http-header'),
    HttpHeaderConfig: fc.record({
      HttpHeaderName: fc.constant('x-canary'),
      Values: fc.array(fc.string(), { minLength: 1, maxLength: 2 }),
    }),
  }),
);

const cognito: AlbAction = {
  Type: 'authenticate-cognito',
  Order: 1,
  AuthenticateCognitoConfig: {
    UserPoolArn: 'arn:aws:cognito-idp:us-west-2:123456789012:userpool/us-west-2_abc',
    UserPoolClientId: 'client',
    UserPoolDomain: 'shop',
  },
};

/**
 * A rule (conditions, priority, actions) or default actions before a canary: one forward of 1-5 groups in
 * either shape (a bare TargetGroupArn for one group, a ForwardConfig, or both), with any stickiness, maybe
 * after an authentication action.
 */
export const albRouteSpecArbitrary: fc.Arbitrary<AlbRouteSpec> = fc
  .record({
    groups: snapshotGroupsArbitrary(5).filter(
      (groups) => groups.length < 5 || groups.some((g) => g.id === groupPair.canary),
    ),
    shape: fc.constantFrom('bare', 'config', 'both'),
    stickiness,
    authenticate: fc.boolean(),
    isRule: fc.boolean(),
    conditions: fc.array(condition, { minLength: 1, maxLength: 3 }),
    priority: fc.integer({ min: 1, max: 50000 }).map(String),
  })
  .map(({ groups, shape, stickiness: sticky, authenticate, isRule, conditions, priority }) => {
    const tuples = groups.map((group) => ({ TargetGroupArn: tgArn(group.id), Weight: group.weight }));
    const single = tuples.length === 1;
    const forward: AlbAction = { Type: 'forward', ...(authenticate ? { Order: 2 } : {}) };
    if (single && shape !== 'config') forward.TargetGroupArn = tuples[0]!.TargetGroupArn;
    if (!single || shape !== 'bare') {
      forward.ForwardConfig = {
        TargetGroups: tuples,
        ...(sticky ? { TargetGroupStickinessConfig: sticky } : {}),
      };
    }
    const Actions = authenticate ? [cognito, forward] : [forward];
    return isRule ? { Actions, Conditions: conditions, Priority: priority } : { Actions };
  });
