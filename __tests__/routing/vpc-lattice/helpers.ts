import { type RuleAction, type RuleMatch, VPCLatticeClient } from '@aws-sdk/client-vpc-lattice';
import { readerOf } from '../../../src/config/inputs.js';
import type { RoutingApiOptions } from '../../../src/routing/aws-call.js';
import { latticeSettings, VpcLatticeRouter } from '../../../src/routing/vpc-lattice/index.js';
import { fakeClock } from '../app-mesh/helpers.js';
import { FakeLattice, type StoredListener, type StoredRule, type StoredTargetGroup } from './fake-lattice.js';

export const client = new VPCLatticeClient({ region: 'us-west-2' });

export interface LatticeWorld {
  fake: FakeLattice;
  listener: StoredListener;
  rule: StoredRule;
  stable: StoredTargetGroup;
  canary: StoredTargetGroup;
  legacy: StoredTargetGroup;
}

export const apiMatch: RuleMatch = {
  httpMatch: {
    method: 'POST',
    pathMatch: { match: { prefix: '/api' }, caseSensitive: false },
    headerMatches: [{ name: 'x-canary', match: { exact: 'yes' }, caseSensitive: true }],
  },
};

/**
 * Service checkout, listener http-80 (default action: checkout-v1 weight 1), rule api (POST /api with a
 * header match, priority 10, forward checkout-v1 80 / legacy 20); target groups checkout-v1 (stable),
 * checkout-v2 (canary) and legacy.
 */
export function seedLattice(ruleAction?: (groups: LatticeWorld) => RuleAction): LatticeWorld {
  const fake = new FakeLattice();
  const service = fake.addService('checkout');
  const stable = fake.addTargetGroup('checkout-v1', { serviceArns: [service.arn] });
  const canary = fake.addTargetGroup('checkout-v2');
  const legacy = fake.addTargetGroup('legacy', { serviceArns: [service.arn] });
  const listener = fake.addListener(service, 'http-80', {
    forward: { targetGroups: [{ targetGroupIdentifier: stable.id, weight: 1 }] },
  });
  const partial = { fake, listener, stable, canary, legacy } as LatticeWorld;
  const rule = fake.addRule(listener, 'api', {
    match: apiMatch,
    priority: 10,
    action: ruleAction?.(partial) ?? {
      forward: {
        targetGroups: [
          { targetGroupIdentifier: stable.id, weight: 80 },
          { targetGroupIdentifier: legacy.id, weight: 20 },
        ],
      },
    },
  });
  return { ...partial, rule };
}

export const byName = {
  'lattice-service': 'checkout',
  'lattice-listener': 'http-80',
  'lattice-rule': 'api',
  'stable-target-group': 'checkout-v1',
  'canary-target-group': 'checkout-v2',
};

export function latticeRouterOf(
  inputs: Record<string, string | undefined> = byName,
  options: RoutingApiOptions = {},
): VpcLatticeRouter {
  const clock = fakeClock();
  return new VpcLatticeRouter(client, latticeSettings(readerOf(inputs)), {
    retry: { sleep: clock.sleep, now: clock.now, random: clock.random, deadlineMs: 10_000 },
    ...options,
  });
}

/** A JSON round trip, as the state machine carries states. */
export function carried<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
