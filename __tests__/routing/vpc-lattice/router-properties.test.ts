import {
  type RuleAction,
  type RuleMatch,
  UpdateListenerCommand,
  UpdateRuleCommand,
  VPCLatticeClient,
} from '@aws-sdk/client-vpc-lattice';
import { describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import fc from 'fast-check';
import type { LatticeShiftResult, LatticeSnapshot } from '../../../src/routing/vpc-lattice/index.js';
import { parseLatticeSpec, withPairWeightsFrom } from '../../../src/routing/vpc-lattice/spec.js';
import { percentArbitrary } from '../arbitraries.js';
import { latticePair, latticeRouteSpecArbitrary } from './arbitraries.js';
import { FakeLattice } from './fake-lattice.js';
import { carried, latticeRouterOf } from './helpers.js';

const latticeMock = mockClient(VPCLatticeClient);

describe('VpcLatticeRouter over any rule or default action of 1-10 groups (fast-check)', () => {
  it('sends only weight changes at every step, and restore leaves the snapshot exactly', async () => {
    await fc.assert(
      fc.asyncProperty(
        latticeRouteSpecArbitrary,
        fc.array(percentArbitrary, { minLength: 1, maxLength: 4 }),
        async (base, percents) => {
          latticeMock.reset();
          const fake = new FakeLattice();
          const service = fake.addService('checkout');
          const ids = new Set([latticePair.stable, latticePair.canary]);
          for (const group of base.action.forward.targetGroups)
            ids.add(group.targetGroupIdentifier.replace(/^.*\//, ''));
          for (const id of ids) fake.addTargetGroup(`group-${id.slice(3, 9)}`, { id });
          const listener = fake.addListener(service, 'http-80', base.action as RuleAction);
          const rule = base.match
            ? fake.addRule(listener, 'api', {
                match: base.match as unknown as RuleMatch,
                priority: base.priority!,
                action: base.action as RuleAction,
              })
            : undefined;
          fake.install(latticeMock);
          const router = latticeRouterOf({
            'lattice-service': service.id,
            'lattice-listener': listener.id,
            ...(rule ? { 'lattice-rule': rule.id } : {}),
            'stable-target-group': latticePair.stable,
            'canary-target-group': latticePair.canary,
          });

          const snapshot: LatticeSnapshot = await router.snapshot();
          expect(snapshot.spec).toEqual(base);
          let state: LatticeSnapshot | LatticeShiftResult = snapshot;
          for (const percent of percents) state = await router.shift(percent, carried(state));

          const sent = [
            ...latticeMock.commandCalls(UpdateRuleCommand).map((call) => {
              expect(Object.keys(call.args[0].input).sort()).toEqual([
                'action',
                'listenerIdentifier',
                'ruleIdentifier',
                'serviceIdentifier',
              ]);
              return call.args[0].input.action;
            }),
            ...latticeMock
              .commandCalls(UpdateListenerCommand)
              .map((call) => call.args[0].input.defaultAction),
          ];
          for (const action of sent) {
            const written = parseLatticeSpec({ ...base, action }, 'written');
            expect(withPairWeightsFrom(written, base, latticePair)).toEqual(base);
          }

          await router.restore(carried(snapshot));
          if (rule) {
            expect({ match: rule.match, priority: rule.priority, action: rule.action }).toEqual(base);
          } else {
            expect(listener.defaultAction).toEqual(base.action);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
