import {
  type Action,
  DescribeListenersCommand,
  DescribeRulesCommand,
  DescribeTargetGroupsCommand,
  ElasticLoadBalancingV2Client,
  ModifyListenerCommand,
  ModifyRuleCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import { AwsCallError } from '../../../src/errors.js';
import { type AlbShiftResult, type AlbSnapshot, albLockKey } from '../../../src/routing/alb/index.js';
import {
  CanaryGroupNotAtZeroError,
  DriftError,
  PreflightError,
  RoutingResourceNotFoundError,
  TrafficStateError,
} from '../../../src/routing/errors.js';
import { fakeClock } from '../app-mesh/helpers.js';
import { carried } from '../vpc-lattice/helpers.js';
import { accessDenied, elbHead, type FakeElbv2, internalFailure, throttling } from './fake-elbv2.js';
import { type AlbWorld, albInputsOf, albRouterOf, apiConditions, oidcAction, seedAlb } from './helpers.js';

const elbMock = mockClient(ElasticLoadBalancingV2Client);
let world: AlbWorld;
let fake: FakeElbv2;

function install(next: AlbWorld): void {
  world = next;
  fake = next.fake;
  elbMock.reset();
  fake.install(elbMock);
}

beforeEach(() => install(seedAlb()));

const rule = () => fake.rules.get(world.ruleArn)!;
const ruleLabel = () =>
  `ALB rule ${world.ruleArn.split('/').at(-1)} of listener ${world.listener.ListenerArn.split('/').at(-1)} (load balancer shop)`;

function expectNothingWritten(): void {
  expect(elbMock).not.toHaveReceivedCommand(ModifyRuleCommand);
  expect(elbMock).not.toHaveReceivedCommand(ModifyListenerCommand);
}

function ruleWrites() {
  return elbMock.commandCalls(ModifyRuleCommand).map((call) => call.args[0].input);
}

describe('snapshot', () => {
  it('reads the listener, the rule and both groups (by name or ARN), and writes nothing', async () => {
    const snapshot = await albRouterOf(albInputsOf(world)).snapshot();

    expect(snapshot).toEqual({
      router: 'alb',
      listenerArn: world.listener.ListenerArn,
      ruleArn: world.ruleArn,
      loadBalancerArn: world.listener.LoadBalancerArn,
      stableTargetGroupArn: world.stable.TargetGroupArn,
      canaryTargetGroupArn: world.canary.TargetGroupArn,
      spec: { Actions: rule().Actions, Conditions: apiConditions, Priority: '10' },
    });
    expect(elbMock.calls().map((call) => call.args[0].constructor.name)).toEqual([
      DescribeListenersCommand.name,
      DescribeRulesCommand.name,
      DescribeTargetGroupsCommand.name,
      DescribeTargetGroupsCommand.name,
    ]);
    expect(elbMock.commandCalls(DescribeTargetGroupsCommand)[0]!.args[0].input).toEqual({ Names: ['blue'] });
    expectNothingWritten();
    expect(albLockKey(snapshot)).toBe(`alb:rule:${world.ruleArn}`);
  });
});

describe('shift and restore of a rule (ForwardConfig, stickiness, OIDC before the forward)', () => {
  it('moves 50% of the stable share (80/20 → 40/20/40) sending only the actions, keeping stickiness', async () => {
    const router = albRouterOf(albInputsOf(world));
    const snapshot = await router.snapshot();
    const result = await router.shift(50, carried(snapshot));

    const [write] = ruleWrites();
    expect(Object.keys(write!).sort()).toEqual(['Actions', 'RuleArn']);
    expect(write!.Actions).toEqual([
      // ELBv2 returns no client secret; the write keeps the existing one.
      {
        ...oidcAction,
        AuthenticateOidcConfig: { ...oidcAction.AuthenticateOidcConfig, UseExistingClientSecret: true },
      },
      {
        Type: 'forward',
        Order: 2,
        ForwardConfig: {
          TargetGroups: [
            { TargetGroupArn: world.stable.TargetGroupArn, Weight: 40 },
            { TargetGroupArn: world.legacy.TargetGroupArn, Weight: 20 },
            { TargetGroupArn: world.canary.TargetGroupArn, Weight: 40 },
          ],
          TargetGroupStickinessConfig: { Enabled: true, DurationSeconds: 3600 },
        },
      },
    ]);
    expect(result.written).toEqual([ruleLabel()]);
    expect(rule().Conditions).toEqual(apiConditions);
    expect(rule().Priority).toBe('10');

    expect(await router.restore(carried(snapshot))).toEqual({ restored: [ruleLabel()], unchanged: [] });
    expect(rule().Actions).toEqual(snapshot.spec.Actions);
  });

  it('steps 25 → 50 → 100 from each result, then back to 0 gives the snapshot exactly', async () => {
    const router = albRouterOf(albInputsOf(world));
    const snapshot = await router.snapshot();
    let state: AlbSnapshot | AlbShiftResult = snapshot;
    const seen: number[][] = [];
    for (const percent of [25, 50, 100]) {
      state = await router.shift(percent, carried(state));
      seen.push(rule().Actions![1]!.ForwardConfig!.TargetGroups!.map((tuple) => tuple.Weight!));
    }
    expect(seen).toEqual([
      [60, 20, 20],
      [40, 20, 40],
      [0, 20, 80],
    ]);
    await router.shift(0, carried(state));
    expect(rule().Actions).toEqual(snapshot.spec.Actions);
  });

  it('writes nothing for a retried step, and nothing on restore when already at the snapshot', async () => {
    const router = albRouterOf(albInputsOf(world));
    const snapshot = await router.snapshot();
    await router.shift(25, snapshot);
    elbMock.resetHistory();
    expect((await router.shift(25, carried(snapshot))).written).toEqual([]);
    expectNothingWritten();

    await router.restore(snapshot);
    elbMock.resetHistory();
    expect(await router.restore(snapshot)).toEqual({ restored: [], unchanged: [ruleLabel()] });
    expectNothingWritten();
  });

  it('costs one DescribeRules and one ModifyRule per shift', async () => {
    const router = albRouterOf(albInputsOf(world));
    const snapshot = await router.snapshot();
    elbMock.resetHistory();
    await router.shift(25, snapshot);
    expect(elbMock.calls().map((call) => call.args[0].constructor.name)).toEqual([
      DescribeRulesCommand.name,
      ModifyRuleCommand.name,
    ]);
  });
});

describe("the listener's default action as a bare TargetGroupArn (no listener-rule-arn)", () => {
  const inputs = () => albInputsOf(world, { 'listener-rule-arn': undefined });

  it('writes a ForwardConfig through ModifyListener only (25% of a lone group → 3/1), and restores the bare shape', async () => {
    const router = albRouterOf(inputs());
    const snapshot = await router.snapshot();
    expect(albLockKey(snapshot)).toBe(`alb:listener-default-actions:${world.listener.ListenerArn}`);
    await router.shift(25, snapshot);

    const [write] = elbMock.commandCalls(ModifyListenerCommand).map((call) => call.args[0].input);
    expect(write).toEqual({
      ListenerArn: world.listener.ListenerArn,
      DefaultActions: [
        {
          Type: 'forward',
          ForwardConfig: {
            TargetGroups: [
              { TargetGroupArn: world.stable.TargetGroupArn, Weight: 3 },
              { TargetGroupArn: world.canary.TargetGroupArn, Weight: 1 },
            ],
          },
        },
      ],
    });
    expect(elbMock).not.toHaveReceivedCommand(ModifyRuleCommand);

    await router.restore(snapshot);
    expect(elbMock.commandCalls(ModifyListenerCommand).at(-1)!.args[0].input.DefaultActions).toEqual([
      { Type: 'forward', TargetGroupArn: world.stable.TargetGroupArn },
    ]);
    expect(world.listener.DefaultActions).toEqual([
      { Type: 'forward', TargetGroupArn: world.stable.TargetGroupArn },
    ]);
  });

  it('works the same against an ELBv2 that reports both shapes and stickiness off', async () => {
    install(seedAlb(undefined, { normalize: true }));
    // What AWS returns for a forward created with a bare TargetGroupArn.
    world.listener.DefaultActions = [
      {
        Type: 'forward',
        TargetGroupArn: world.stable.TargetGroupArn,
        ForwardConfig: {
          TargetGroups: [{ TargetGroupArn: world.stable.TargetGroupArn, Weight: 1 }],
          TargetGroupStickinessConfig: { Enabled: false },
        },
      },
    ];
    const router = albRouterOf(inputs());
    const snapshot = await router.snapshot();
    let state: AlbSnapshot | AlbShiftResult = snapshot;
    for (const percent of [10, 50, 100]) state = await router.shift(percent, carried(state));
    expect(world.listener.DefaultActions[0]!.ForwardConfig!.TargetGroups).toEqual([
      { TargetGroupArn: world.stable.TargetGroupArn, Weight: 0 },
      { TargetGroupArn: world.canary.TargetGroupArn, Weight: 1 },
    ]);
    // Retried step: the stored shape differs from the one written only in stickiness off.
    elbMock.resetHistory();
    await router.shift(100, carried(state));
    expectNothingWritten();

    await router.restore(carried(snapshot));
    expect(world.listener.DefaultActions).toEqual(snapshot.spec.Actions);
    elbMock.resetHistory();
    expect((await router.restore(carried(snapshot))).unchanged).toHaveLength(1);
    expectNothingWritten();
  });
});

describe('drift: an edited rule is never written', () => {
  it('names edited conditions after a step, and sends no ModifyRule', async () => {
    const router = albRouterOf(albInputsOf(world));
    const state = await router.shift(25, await router.snapshot());
    rule().Conditions = [
      { Field: 'path-pattern', PathPatternConfig: { Values: ['/v2/*'] }, Values: ['/v2/*'] },
    ];
    elbMock.resetHistory();

    const shift = router.shift(50, carried(state));
    await expect(shift).rejects.toThrow(DriftError);
    await expect(shift).rejects.toThrow(`${ruleLabel()}: Conditions`);
    expectNothingWritten();
  });

  it('names an edited stickiness and edited weights by group name', async () => {
    const router = albRouterOf(albInputsOf(world));
    const snapshot = await router.snapshot();
    const forward = rule().Actions![1]!;
    forward.ForwardConfig!.TargetGroupStickinessConfig = { Enabled: true, DurationSeconds: 60 };
    forward.ForwardConfig!.TargetGroups![1]!.Weight = 30;

    await expect(router.shift(25, snapshot)).rejects.toThrow(
      `${ruleLabel()}: target groups changed: legacy 30 (expected 20); Actions[1].ForwardConfig.TargetGroupStickinessConfig.DurationSeconds changed: 60 (expected 3600).`,
    );
    expectNothingWritten();
  });
});

describe('ELBv2 errors', () => {
  it('retries Throttling and 5xx with jittered waits, then succeeds', async () => {
    const clock = fakeClock();
    const router = albRouterOf(albInputsOf(world), { retry: { ...clock, deadlineMs: 60_000 } });
    const snapshot = await router.snapshot();
    fake.failNext('DescribeRules', throttling()).failNext('ModifyRule', internalFailure(), throttling());

    expect((await router.shift(25, snapshot)).written).toHaveLength(1);
    expect(clock.sleeps).toEqual([150, 150, 300]);
    expect(ruleWrites()).toHaveLength(3);
  });

  it('does not retry access denied, and writes nothing', async () => {
    const clock = fakeClock();
    const router = albRouterOf(albInputsOf(world), { retry: { ...clock } });
    const snapshot = await router.snapshot();
    fake.failAlways('DescribeRules', accessDenied());

    const shift = router.shift(25, snapshot);
    await expect(shift).rejects.toThrow(AwsCallError);
    await expect(shift).rejects.toThrow(`describing ALB rule ${world.ruleArn}: AccessDenied: not authorized`);
    expect(clock.sleeps).toEqual([]);
    expectNothingWritten();
  });

  it.each([
    [
      'listener-arn',
      () => ({
        'listener-arn': `${elbHead}:listener/app/shop/0000000000000abc/0000000000000def`,
        'listener-rule-arn': undefined,
      }),
      'ALB listener',
    ],
    [
      'listener-rule-arn',
      () => ({
        'listener-rule-arn': `${world.listener.ListenerArn.replace(':listener/', ':listener-rule/')}/00000000000fffff`,
      }),
      'ALB rule',
    ],
    ['stable-target-group', () => ({ 'stable-target-group': 'cyan' }), 'target group cyan'],
    [
      'canary-target-group',
      () => ({ 'canary-target-group': `${elbHead}:targetgroup/gone/00000000000000aa` }),
      `target group ${elbHead}:targetgroup/gone/00000000000000aa`,
    ],
  ])('turns a missing %s into a named error', async (input, overrides, resource) => {
    const attempt = albRouterOf(albInputsOf(world, overrides())).snapshot();
    await expect(attempt).rejects.toThrow(RoutingResourceNotFoundError);
    await expect(attempt).rejects.toThrow(`${resource}`);
    await expect(attempt).rejects.toThrow(`not found; check ${input}`);
    expectNothingWritten();
  });
});

describe('pre-flight refusals (nothing written)', () => {
  it.each([
    [
      'a fixed response',
      () => ({
        Type: 'fixed-response',
        Order: 2,
        FixedResponseConfig: { StatusCode: '503', ContentType: 'text/plain' },
      }),
      PreflightError,
      'listener-rule-arn: ALB rule',
    ],
    [
      'a redirect',
      () => ({
        Type: 'redirect',
        Order: 2,
        RedirectConfig: { Protocol: 'HTTPS', StatusCode: 'HTTP_301' as const },
      }),
      PreflightError,
      'the actions (authenticate-oidc, redirect) do not forward to target groups',
    ],
    [
      'a forward without the stable group',
      (w: Omit<AlbWorld, 'ruleArn' | 'listener'>) => ({
        Type: 'forward',
        Order: 2,
        TargetGroupArn: w.legacy.TargetGroupArn,
      }),
      PreflightError,
      'stable-target-group: ALB rule',
    ],
    [
      'a canary that already has weight',
      (w: Omit<AlbWorld, 'ruleArn' | 'listener'>) => ({
        Type: 'forward',
        Order: 2,
        ForwardConfig: {
          TargetGroups: [
            { TargetGroupArn: w.stable.TargetGroupArn, Weight: 9 },
            { TargetGroupArn: w.canary.TargetGroupArn, Weight: 1 },
          ],
        },
      }),
      CanaryGroupNotAtZeroError,
      'already sends traffic to canary target group green (blue 9, green 1)',
    ],
  ])('refuses %s', async (_case, forward, errorClass, message) => {
    install(seedAlb(forward as never));
    const attempt = albRouterOf(albInputsOf(world)).snapshot();
    await expect(attempt).rejects.toThrow(errorClass);
    await expect(attempt).rejects.toThrow(message);
    expectNothingWritten();
  });

  it('refuses to add the canary to a forward of 5 groups, and fills a forward of 4', async () => {
    const forwardOf =
      (others: number) =>
      (w: Omit<AlbWorld, 'ruleArn' | 'listener'>): Action => ({
        Type: 'forward',
        Order: 2,
        ForwardConfig: {
          TargetGroups: [
            { TargetGroupArn: w.stable.TargetGroupArn, Weight: 1 },
            ...[...Array(others).keys()].map((index) => ({
              TargetGroupArn: w.fake.addTargetGroup(`other-${index}`).TargetGroupArn,
              Weight: 1,
            })),
          ],
        },
      });
    install(seedAlb(forwardOf(4)));
    await expect(albRouterOf(albInputsOf(world)).snapshot()).rejects.toThrow('canary-target-group: ALB rule');
    await expect(albRouterOf(albInputsOf(world)).snapshot()).rejects.toThrow(
      'already forwards to 5 target groups, the most an ALB allows',
    );

    install(seedAlb(forwardOf(3)));
    const router = albRouterOf(albInputsOf(world));
    await router.shift(50, await router.snapshot());
    expect(rule().Actions![1]!.ForwardConfig!.TargetGroups).toHaveLength(5);
  });

  it('refuses the default rule given as listener-rule-arn', async () => {
    const defaultRule = fake.defaultRuleOf(world.listener).RuleArn!;
    await expect(
      albRouterOf(albInputsOf(world, { 'listener-rule-arn': defaultRule })).snapshot(),
    ).rejects.toThrow(
      'listener-rule-arn: ' +
        defaultRule +
        " is the default rule of listener-arn; leave listener-rule-arn unset to shift the listener's default actions.",
    );
    expectNothingWritten();
  });

  it('refuses a canary group used by another load balancer', async () => {
    world.canary.LoadBalancerArns = [`${elbHead}:loadbalancer/app/other/00000000000000ff`];
    await expect(albRouterOf(albInputsOf(world)).snapshot()).rejects.toThrow(
      'canary-target-group: target group green is used by load balancer',
    );
    expectNothingWritten();
  });

  it('refuses an action type this client does not know', async () => {
    rule().Actions!.unshift({ Type: 'authenticate-passkey' as never, Order: 0 });
    await expect(albRouterOf(albInputsOf(world)).snapshot()).rejects.toThrow(
      'action type "authenticate-passkey" is unknown to this client; refusing to rewrite the actions.',
    );
  });
});

describe('states', () => {
  it('refuses a state of another rule or target group, before any call', async () => {
    const snapshot = carried(await albRouterOf(albInputsOf(world)).snapshot());
    elbMock.resetHistory();
    const otherRule = `${world.listener.ListenerArn.replace(':listener/', ':listener-rule/')}/0000000000000777`;
    await expect(
      albRouterOf(albInputsOf(world)).shift(25, { ...snapshot, ruleArn: otherRule }),
    ).rejects.toThrow(
      `the expected state is for listener-rule-arn "${otherRule}", but this router shifts "${world.ruleArn}".`,
    );
    await expect(
      albRouterOf(albInputsOf(world, { 'stable-target-group': 'legacy' })).shift(25, snapshot),
    ).rejects.toThrow(TrafficStateError);
    expect(elbMock.calls()).toHaveLength(0);
  });

  it('refuses a malformed state, naming the field', async () => {
    const snapshot = carried(await albRouterOf(albInputsOf(world)).snapshot());
    await expect(
      albRouterOf(albInputsOf(world)).shift(25, { ...snapshot, canaryTargetGroupArn: 'green' }),
    ).rejects.toThrow('the expected state is not an ALB state: canaryTargetGroupArn: a target group ARN');
  });
});

describe('describe', () => {
  it('shows the weights by target group name, for the rule or the default actions', async () => {
    expect(await albRouterOf(albInputsOf(world)).describe()).toEqual([
      {
        route: ruleLabel(),
        type: 'alb rule',
        version: 0,
        targets: [
          { target: 'blue', weight: 80 },
          { target: 'legacy', weight: 20 },
        ],
      },
    ]);
    expect(
      (await albRouterOf(albInputsOf(world, { 'listener-rule-arn': undefined })).describe())[0]!.targets,
    ).toEqual([{ target: 'blue', weight: 1 }]);
    expectNothingWritten();
  });
});
