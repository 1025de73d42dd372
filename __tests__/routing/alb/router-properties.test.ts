import {
  type Action,
  ElasticLoadBalancingV2Client,
  ModifyListenerCommand,
  ModifyRuleCommand,
  type RuleCondition,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import fc from 'fast-check';
import type { AlbShiftResult, AlbSnapshot } from '../../../src/routing/alb/index.js';
import { parseAlbSpec, withPairWeightsFrom } from '../../../src/routing/alb/spec.js';
import { percentArbitrary } from '../arbitraries.js';
import { carried } from '../vpc-lattice/helpers.js';
import { albPair, albRouteSpecArbitrary } from './arbitraries.js';
import { FakeElbv2 } from './fake-elbv2.js';
import { albRouterOf } from './helpers.js';

const elbMock = mockClient(ElasticLoadBalancingV2Client);

describe('AlbRouter over any rule or default actions of 1-5 groups, in either shape (fast-check)', () => {
  it('sends only weight changes at every step, and restore writes the snapshot back exactly', async () => {
    await fc.assert(
      fc.asyncProperty(
        albRouteSpecArbitrary,
        fc.array(percentArbitrary, { minLength: 1, maxLength: 4 }),
        async (base, percents) => {
          elbMock.reset();
          const fake = new FakeElbv2();
          const listener = fake.addListener('shop', base.Actions as Action[]);
          const arns = new Set([albPair.stable, albPair.canary]);
          for (const action of base.Actions) {
            for (const tuple of action.ForwardConfig?.TargetGroups ?? []) arns.add(tuple.TargetGroupArn);
            if (action.TargetGroupArn) arns.add(action.TargetGroupArn);
          }
          for (const arn of arns) {
            fake.targetGroups.set(arn, {
              TargetGroupArn: arn,
              TargetGroupName: arn.split('/').at(-2)!,
              LoadBalancerArns: [listener.LoadBalancerArn],
            });
          }
          const rule = base.Conditions
            ? fake.addRule(listener, {
                Actions: base.Actions as Action[],
                Conditions: base.Conditions as RuleCondition[],
                Priority: base.Priority!,
              })
            : undefined;
          fake.install(elbMock);
          const router = albRouterOf({
            'listener-arn': listener.ListenerArn,
            ...(rule ? { 'listener-rule-arn': rule.RuleArn } : {}),
            'stable-target-group': albPair.stable,
            'canary-target-group': albPair.canary,
          });

          const snapshot: AlbSnapshot = await router.snapshot();
          expect(snapshot.spec).toEqual(base);
          let state: AlbSnapshot | AlbShiftResult = snapshot;
          for (const percent of percents) state = await router.shift(percent, carried(state));

          const sent = [
            ...elbMock.commandCalls(ModifyRuleCommand).map((call) => {
              expect(Object.keys(call.args[0].input).sort()).toEqual(['Actions', 'RuleArn']);
              return call.args[0].input.Actions;
            }),
            ...elbMock.commandCalls(ModifyListenerCommand).map((call) => {
              expect(Object.keys(call.args[0].input).sort()).toEqual(['DefaultActions', 'ListenerArn']);
              return call.args[0].input.DefaultActions;
            }),
          ];
          for (const actions of sent) {
            const written = parseAlbSpec({ ...base, Actions: actions }, 'written');
            expect(withPairWeightsFrom(written, base, albPair)).toEqual(base);
          }

          elbMock.resetHistory();
          await router.restore(carried(snapshot));
          const stored = rule
            ? { Actions: rule.Actions, Conditions: rule.Conditions, Priority: rule.Priority }
            : { Actions: listener.DefaultActions };
          expect(stored).toEqual(base);
        },
      ),
      { numRuns: 60 },
    );
  });
});
