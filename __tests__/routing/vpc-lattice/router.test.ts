import {
  GetListenerCommand,
  GetRuleCommand,
  GetServiceCommand,
  GetTargetGroupCommand,
  ListListenersCommand,
  ListRulesCommand,
  ListServicesCommand,
  ListTargetGroupsCommand,
  UpdateListenerCommand,
  UpdateRuleCommand,
  VPCLatticeClient,
} from '@aws-sdk/client-vpc-lattice';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import { AwsCallError } from '../../../src/errors.js';
import {
  CanaryGroupNotAtZeroError,
  DriftError,
  PreflightError,
  RoutedResourceDriftError,
  RoutingResourceNotFoundError,
  TrafficStateError,
} from '../../../src/routing/errors.js';
import { type LatticeShiftResult, latticeLockKey } from '../../../src/routing/vpc-lattice/index.js';
import { fakeClock } from '../app-mesh/helpers.js';
import { accessDenied, type FakeLattice, serverError, throttled } from './fake-lattice.js';
import { apiMatch, byName, carried, type LatticeWorld, latticeRouterOf, seedLattice } from './helpers.js';

const latticeMock = mockClient(VPCLatticeClient);
let world: LatticeWorld;
let fake: FakeLattice;

beforeEach(() => {
  latticeMock.reset();
  world = seedLattice();
  fake = world.fake;
  fake.install(latticeMock);
});

const byArn = () => ({
  'lattice-service': fake.services.values().next().value!.arn,
  'lattice-listener': world.listener.arn,
  'lattice-rule': world.rule.arn,
  'stable-target-group': world.stable.arn,
  'canary-target-group': world.canary.arn,
});

function ruleUpdates() {
  return latticeMock.commandCalls(UpdateRuleCommand).map((call) => call.args[0].input);
}

function expectNothingWritten(): void {
  expect(latticeMock).not.toHaveReceivedCommand(UpdateRuleCommand);
  expect(latticeMock).not.toHaveReceivedCommand(UpdateListenerCommand);
}

const weights = (targetGroups: Array<{ targetGroupIdentifier?: string; weight?: number }> | undefined) =>
  Object.fromEntries(
    (targetGroups ?? []).map((group) => [
      [world.stable, world.canary, world.legacy].find((tg) => tg.id === group.targetGroupIdentifier)?.name,
      group.weight,
    ]),
  );

describe('snapshot', () => {
  it('resolves names to ARNs with List calls and reads the rule as it is', async () => {
    const snapshot = await latticeRouterOf().snapshot();

    expect(snapshot).toEqual({
      router: 'vpc-lattice',
      serviceArn: fake.services.values().next().value!.arn,
      listenerArn: world.listener.arn,
      ruleArn: world.rule.arn,
      stableTargetGroupArn: world.stable.arn,
      canaryTargetGroupArn: world.canary.arn,
      names: {
        service: 'checkout',
        listener: 'http-80',
        rule: 'api',
        stableTargetGroup: 'checkout-v1',
        canaryTargetGroup: 'checkout-v2',
      },
      spec: {
        match: apiMatch,
        priority: 10,
        action: {
          forward: {
            targetGroups: [
              { targetGroupIdentifier: world.stable.id, weight: 80 },
              { targetGroupIdentifier: world.legacy.id, weight: 20 },
            ],
          },
        },
      },
    });
    expect(latticeMock).toHaveReceivedCommand(ListServicesCommand);
    expect(latticeMock).toHaveReceivedCommand(ListRulesCommand);
    expectNothingWritten();
  });

  it('reads by ARN without listing: GetService, GetListener, GetRule, two GetTargetGroup', async () => {
    const snapshot = await latticeRouterOf(byArn()).snapshot();

    expect(snapshot.ruleArn).toBe(world.rule.arn);
    expect(latticeMock.calls().map((call) => call.args[0].constructor.name)).toEqual([
      GetServiceCommand.name,
      GetListenerCommand.name,
      GetRuleCommand.name,
      GetTargetGroupCommand.name,
      GetTargetGroupCommand.name,
    ]);
  });

  it('accepts IDs', async () => {
    const service = fake.services.values().next().value!;
    const router = latticeRouterOf({
      'lattice-service': service.id,
      'lattice-listener': world.listener.id,
      'lattice-rule': world.rule.id,
      'stable-target-group': world.stable.id,
      'canary-target-group': world.canary.id,
    });
    expect((await router.snapshot()).names.rule).toBe('api');
    expect(latticeMock).not.toHaveReceivedCommand(ListTargetGroupsCommand);
    expect(latticeMock).not.toHaveReceivedCommand(ListListenersCommand);
  });

  it('gives one lock key whatever names the inputs use', async () => {
    const byNames = await latticeRouterOf().snapshot();
    const byArns = await latticeRouterOf(byArn()).snapshot();
    expect(latticeLockKey(byNames)).toBe(`vpc-lattice:rule:${world.rule.arn}`);
    expect(latticeLockKey(byArns)).toBe(latticeLockKey(byNames));
    const { 'lattice-rule': _rule, ...listenerOnly } = byName;
    expect(latticeLockKey(await latticeRouterOf(listenerOnly).snapshot())).toBe(
      `vpc-lattice:listener-default-action:${world.listener.arn}`,
    );
  });
});

describe('shift and restore of a rule', () => {
  it('moves 50% of the stable share (80/20 → 40/20/40), sending only the action, then restores it', async () => {
    const router = latticeRouterOf();
    const snapshot = await router.snapshot();
    const result = await router.shift(50, carried(snapshot));

    const [update] = ruleUpdates();
    expect(Object.keys(update!).sort()).toEqual([
      'action',
      'listenerIdentifier',
      'ruleIdentifier',
      'serviceIdentifier',
    ]);
    expect(update!.action).toEqual({
      forward: {
        targetGroups: [
          { targetGroupIdentifier: world.stable.id, weight: 40 },
          { targetGroupIdentifier: world.legacy.id, weight: 20 },
          { targetGroupIdentifier: world.canary.id, weight: 40 },
        ],
      },
    });
    expect(result.written).toEqual(['VPC Lattice rule api of listener http-80']);
    expect(world.rule.match).toEqual(apiMatch);
    expect(world.rule.priority).toBe(10);

    expect(await router.restore(carried(snapshot))).toEqual({
      restored: ['VPC Lattice rule api of listener http-80'],
      unchanged: [],
    });
    expect(world.rule.action).toEqual(snapshot.spec.action);
    expect(world.rule.match).toEqual(apiMatch);
  });

  it('steps 25 → 50 → 100 from each result, every step computed from the snapshot', async () => {
    const router = latticeRouterOf();
    const snapshot = await router.snapshot();
    const seen: Array<Record<string, number | undefined>> = [];
    let state: LatticeShiftResult | typeof snapshot = snapshot;
    for (const percent of [25, 50, 100]) {
      state = await router.shift(percent, carried(state));
      seen.push(weights(world.rule.action.forward?.targetGroups));
    }
    expect(seen).toEqual([
      { 'checkout-v1': 60, legacy: 20, 'checkout-v2': 20 },
      { 'checkout-v1': 40, legacy: 20, 'checkout-v2': 40 },
      { 'checkout-v1': 0, legacy: 20, 'checkout-v2': 80 },
    ]);
    // Back to 0 from 100 gives the snapshot exactly: the canary group added by the first step goes again.
    await router.shift(0, carried(state));
    expect(world.rule.action).toEqual(snapshot.spec.action);
  });

  it('does nothing when a retried step finds the target weights already there', async () => {
    const router = latticeRouterOf();
    const snapshot = await router.snapshot();
    const first = await router.shift(25, snapshot);
    latticeMock.resetHistory();

    const again = await router.shift(25, carried(snapshot));

    expectNothingWritten();
    expect(again.written).toEqual([]);
    expect(again.spec).toEqual(first.spec);
    expect(latticeMock.calls()).toHaveLength(1);
  });

  it('leaves an action equal to the snapshot alone on restore', async () => {
    const router = latticeRouterOf();
    const snapshot = await router.snapshot();
    expect(await router.restore(snapshot)).toEqual({
      restored: [],
      unchanged: ['VPC Lattice rule api of listener http-80'],
    });
    expectNothingWritten();
  });

  it('restores only the action, keeping an edit of the priority made meanwhile', async () => {
    const router = latticeRouterOf();
    const snapshot = await router.snapshot();
    await router.shift(50, snapshot);
    world.rule.priority = 7;

    await router.restore(snapshot);

    expect(world.rule.priority).toBe(7);
    expect(world.rule.action).toEqual(snapshot.spec.action);
  });

  it('costs one GetRule and one UpdateRule per shift', async () => {
    const router = latticeRouterOf();
    const snapshot = await router.snapshot();
    latticeMock.resetHistory();
    await router.shift(25, snapshot);
    expect(latticeMock.calls().map((call) => call.args[0].constructor.name)).toEqual([
      GetRuleCommand.name,
      UpdateRuleCommand.name,
    ]);
  });
});

describe("the listener's default action (no lattice-rule)", () => {
  const { 'lattice-rule': _rule, ...inputs } = byName;

  it('scales a lone weight of 1 so the canary share is exact (25% → 3/1), through UpdateListener only', async () => {
    const router = latticeRouterOf(inputs);
    const snapshot = await router.snapshot();
    await router.shift(25, snapshot);

    const [update] = latticeMock.commandCalls(UpdateListenerCommand).map((call) => call.args[0].input);
    expect(update).toEqual({
      serviceIdentifier: snapshot.serviceArn,
      listenerIdentifier: world.listener.arn,
      defaultAction: {
        forward: {
          targetGroups: [
            { targetGroupIdentifier: world.stable.id, weight: 3 },
            { targetGroupIdentifier: world.canary.id, weight: 1 },
          ],
        },
      },
    });
    expect(latticeMock).not.toHaveReceivedCommand(UpdateRuleCommand);

    await router.restore(snapshot);
    expect(world.listener.defaultAction).toEqual({
      forward: { targetGroups: [{ targetGroupIdentifier: world.stable.id, weight: 1 }] },
    });
  });
});

describe('drift: an edited rule is never written', () => {
  it('names a changed priority after a step, and sends no UpdateRule', async () => {
    const router = latticeRouterOf();
    const state = await router.shift(25, await router.snapshot());
    world.rule.priority = 5;
    latticeMock.resetHistory();

    const shift = router.shift(50, carried(state));

    await expect(shift).rejects.toThrow(RoutedResourceDriftError);
    await expect(shift).rejects.toThrow(DriftError);
    await expect(shift).rejects.toThrow(
      'VPC Lattice rule api of listener http-80: priority changed: 5 (expected 10). It was changed outside this deployment, so nothing was written',
    );
    expectNothingWritten();
    expect(world.rule.priority).toBe(5);
  });

  it('names changed weights by target group, whatever their order', async () => {
    const router = latticeRouterOf();
    const snapshot = await router.snapshot();
    world.rule.action = {
      forward: {
        targetGroups: [
          { targetGroupIdentifier: world.legacy.id, weight: 30 },
          { targetGroupIdentifier: world.stable.id, weight: 70 },
        ],
      },
    };

    await expect(router.shift(25, snapshot)).rejects.toThrow(
      `targetGroups changed: ${world.stable.id} 70 (expected 80), ${world.legacy.id} 30 (expected 20)`,
    );
    expectNothingWritten();
  });

  it('does not see drift in a mere reordering of the groups', async () => {
    const router = latticeRouterOf();
    const snapshot = await router.snapshot();
    world.rule.action.forward!.targetGroups!.reverse();
    await router.shift(25, snapshot);
    expect(ruleUpdates()).toHaveLength(1);
  });
});

describe('VPC Lattice errors', () => {
  it('retries throttling and 5xx with jittered waits, then succeeds', async () => {
    const clock = fakeClock();
    const warnings: string[] = [];
    const router = latticeRouterOf(byName, {
      retry: { ...clock, deadlineMs: 60_000 },
      log: { info: () => {}, warn: (line) => warnings.push(line) },
    });
    const snapshot = await router.snapshot();
    fake.failNext('GetRule', throttled()).failNext('UpdateRule', serverError(), throttled());

    const result = await router.shift(25, snapshot);

    expect(result.written).toHaveLength(1);
    expect(clock.sleeps).toEqual([150, 150, 300]);
    expect(ruleUpdates()).toHaveLength(3);
    expect(warnings[0]).toContain('Rate exceeded; attempt 2 in 150 ms');
  });

  it('gives up when throttling outlasts the deadline, without writing', async () => {
    const clock = fakeClock();
    const router = latticeRouterOf(byName, { retry: { ...clock, deadlineMs: 2_000 } });
    const snapshot = await router.snapshot();
    fake.failAlways('GetRule', throttled());

    await expect(router.shift(25, snapshot)).rejects.toThrow(AwsCallError);
    expect(clock.now()).toBeLessThanOrEqual(2_000);
    expectNothingWritten();
  });

  it('does not retry access denied, and writes nothing', async () => {
    const clock = fakeClock();
    const router = latticeRouterOf(byName, { retry: { ...clock } });
    const snapshot = await router.snapshot();
    fake.failAlways('GetRule', accessDenied());

    const shift = router.shift(25, snapshot);
    await expect(shift).rejects.toThrow(
      `reading VPC Lattice rule ${world.rule.arn}: AccessDeniedException: not authorized to perform vpc-lattice:GetRule`,
    );
    expect(clock.sleeps).toEqual([]);
    expectNothingWritten();
  });

  it.each([
    [
      'lattice-service',
      { 'lattice-service': 'payments' },
      'VPC Lattice service named payments not found; check lattice-service',
    ],
    [
      'lattice-listener',
      { 'lattice-listener': 'https-443' },
      'VPC Lattice listener named https-443 not found; check lattice-listener',
    ],
    [
      'lattice-rule',
      { 'lattice-rule': 'web' },
      'VPC Lattice listener rule named web not found; check lattice-rule',
    ],
    [
      'stable-target-group',
      { 'stable-target-group': 'checkout-v0' },
      'VPC Lattice target group named checkout-v0 not found; check stable-target-group',
    ],
    [
      'canary-target-group (by ID)',
      { 'canary-target-group': 'tg-0000000000000000z' },
      'VPC Lattice target group tg-0000000000000000z not found; check canary-target-group',
    ],
  ])('turns a missing %s into a named error', async (_input, inputs, message) => {
    const attempt = latticeRouterOf({ ...byName, ...inputs }).snapshot();
    await expect(attempt).rejects.toThrow(RoutingResourceNotFoundError);
    await expect(attempt).rejects.toThrow(message);
    expectNothingWritten();
  });

  it('reports a rule deleted after the snapshot', async () => {
    const router = latticeRouterOf();
    const snapshot = await router.snapshot();
    fake.rules.delete(world.rule.id);
    await expect(router.shift(25, snapshot)).rejects.toThrow(
      `VPC Lattice rule ${world.rule.arn} not found; check lattice-rule.`,
    );
  });
});

describe('pre-flight refusals (nothing written)', () => {
  it.each([
    [
      'a fixed-response action',
      () => ({ fixedResponse: { statusCode: 404 } }),
      PreflightError,
      'lattice-rule: VPC Lattice rule api of listener http-80: the action is a fixed response (status 404), not a forward to target groups',
    ],
    [
      'a forward without the stable group',
      (w: LatticeWorld) => ({
        forward: { targetGroups: [{ targetGroupIdentifier: w.legacy.id, weight: 1 }] },
      }),
      PreflightError,
      'stable-target-group: VPC Lattice rule api of listener http-80 does not forward to target group checkout-v1',
    ],
    [
      'a canary that already has weight',
      (w: LatticeWorld) => ({
        forward: {
          targetGroups: [
            { targetGroupIdentifier: w.stable.id, weight: 90 },
            { targetGroupIdentifier: w.canary.id, weight: 10 },
          ],
        },
      }),
      CanaryGroupNotAtZeroError,
      'already sends traffic to canary target group checkout-v2',
    ],
    [
      'a stable at weight 0',
      (w: LatticeWorld) => ({
        forward: {
          targetGroups: [
            { targetGroupIdentifier: w.stable.id, weight: 0 },
            { targetGroupIdentifier: w.legacy.id, weight: 5 },
          ],
        },
      }),
      PreflightError,
      'gives target group checkout-v1 weight 0: there is no traffic to shift',
    ],
  ])('refuses %s', async (_case, action, errorClass, message) => {
    world = seedLattice(action as never);
    fake = world.fake;
    latticeMock.reset();
    fake.install(latticeMock);

    const attempt = latticeRouterOf().snapshot();
    await expect(attempt).rejects.toThrow(errorClass);
    await expect(attempt).rejects.toThrow(message);
    expectNothingWritten();
  });

  it('refuses to add the canary to a forward that already holds 10 groups, and accepts 9', async () => {
    const others = (count: number, w: LatticeWorld) =>
      [...Array(count).keys()].map((index) => ({
        targetGroupIdentifier: w.fake.addTargetGroup(`other-${index}`).id,
        weight: 1,
      }));
    world = seedLattice((w) => ({
      forward: { targetGroups: [{ targetGroupIdentifier: w.stable.id, weight: 1 }, ...others(9, w)] },
    }));
    latticeMock.reset();
    world.fake.install(latticeMock);
    await expect(latticeRouterOf().snapshot()).rejects.toThrow(
      'canary-target-group: VPC Lattice rule api of listener http-80 already forwards to 10 target groups, the most VPC Lattice allows',
    );

    world = seedLattice((w) => ({
      forward: { targetGroups: [{ targetGroupIdentifier: w.stable.id, weight: 1 }, ...others(8, w)] },
    }));
    latticeMock.reset();
    world.fake.install(latticeMock);
    const router = latticeRouterOf();
    await router.shift(50, await router.snapshot());
    expect(world.rule.action.forward?.targetGroups).toHaveLength(10);
  });

  it('refuses the default rule given as lattice-rule', async () => {
    const defaultRule = [...fake.rules.values()].find((rule) => rule.isDefault)!;
    await expect(latticeRouterOf({ ...byName, 'lattice-rule': defaultRule.id }).snapshot()).rejects.toThrow(
      "lattice-rule: default is the default rule of listener http-80; leave lattice-rule unset to shift the listener's default action.",
    );
  });

  it('refuses a rule of another listener, by ID (not found under this listener)', async () => {
    const service = fake.services.values().next().value!;
    const other = fake.addListener(service, 'http-8080', { fixedResponse: { statusCode: 404 } });
    const foreign = fake.addRule(other, 'api', {
      priority: 1,
      action: { forward: { targetGroups: [{ targetGroupIdentifier: world.stable.id, weight: 1 }] } },
    });
    await expect(latticeRouterOf({ ...byName, 'lattice-rule': foreign.id }).snapshot()).rejects.toThrow(
      `VPC Lattice rule ${foreign.id} not found; check lattice-rule (a rule of listener http-80: name, ID or ARN)`,
    );
    expectNothingWritten();
  });

  it('refuses a canary group used by another service', async () => {
    world.canary.serviceArns = [`arn:aws:vpc-lattice:us-west-2:123456789012:service/svc-${'9'.repeat(17)}`];
    await expect(latticeRouterOf().snapshot()).rejects.toThrow(
      'canary-target-group: target group checkout-v2 is used by service',
    );
  });

  it('refuses a canary group that is not ACTIVE', async () => {
    world.canary.status = 'CREATE_FAILED';
    await expect(latticeRouterOf().snapshot()).rejects.toThrow(
      'canary-target-group: target group checkout-v2 is CREATE_FAILED, not ACTIVE.',
    );
  });

  it('refuses a match holding a member this client does not know', async () => {
    world.rule.match = { $unknown: ['grpcMatch', { service: 'x' }] } as never;
    await expect(latticeRouterOf().snapshot()).rejects.toThrow('refusing to rewrite it');
  });
});

describe('states', () => {
  it('refuses a state of another rule: by ARN, or by name when built from names', async () => {
    const snapshot = carried(await latticeRouterOf().snapshot());
    latticeMock.resetHistory();
    const otherArn = `${world.listener.arn}/rule/rule-${'7'.repeat(17)}`;
    const other = { ...snapshot, ruleArn: otherArn };
    await expect(latticeRouterOf(byArn()).shift(25, other)).rejects.toThrow(TrafficStateError);
    await expect(latticeRouterOf(byArn()).shift(25, other)).rejects.toThrow(
      `the expected state is for lattice-rule "${otherArn}", but this router shifts "${world.rule.arn}".`,
    );
    const renamed = { ...other, names: { ...other.names, rule: 'web' } };
    await expect(latticeRouterOf().shift(25, renamed)).rejects.toThrow(
      'the expected state is for lattice-rule',
    );
    // Refused before any call.
    expect(latticeMock.calls()).toHaveLength(0);
  });

  it('refuses a malformed state, naming the field', async () => {
    const router = latticeRouterOf();
    const snapshot = carried(await router.snapshot());
    await expect(router.shift(25, { ...snapshot, stableTargetGroupArn: 'checkout-v1' })).rejects.toThrow(
      'the expected state is not a VPC Lattice state: stableTargetGroupArn: a VPC Lattice targetgroup ARN',
    );
    await expect(router.shift(25, { ...snapshot, router: 'alb' } as never)).rejects.toThrow(
      TrafficStateError,
    );
  });

  it('refuses a shift result whose spec is not a shift of its base', async () => {
    const router = latticeRouterOf();
    const result = carried(await router.shift(25, await router.snapshot()));
    result.spec.priority = 99;
    await expect(router.shift(50, result)).rejects.toThrow(
      "the expected state's spec is not a shift of its base",
    );
  });

  it('refuses a shift result given to restore', async () => {
    const router = latticeRouterOf();
    const result = await router.shift(25, await router.snapshot());
    await expect(router.restore(result as never)).rejects.toThrow('the snapshot state is a shift result');
  });
});

describe('describe', () => {
  it('shows the weights as they are, by target group name, even of an action a canary could not start from', async () => {
    world.rule.action = {
      forward: {
        targetGroups: [
          { targetGroupIdentifier: world.legacy.id, weight: 30 },
          { targetGroupIdentifier: world.canary.id, weight: 70 },
        ],
      },
    };
    expect(await latticeRouterOf().describe()).toEqual([
      {
        route: 'VPC Lattice rule api of listener http-80',
        type: 'vpc-lattice rule',
        version: 0,
        targets: [
          { target: world.legacy.name, weight: 30 },
          { target: world.canary.name, weight: 70 },
        ],
      },
    ]);
    expectNothingWritten();
  });
});
