import {
  type Action,
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
  DescribeRulesCommand,
  DescribeTargetGroupsCommand,
  ElasticLoadBalancingV2Client,
  ElasticLoadBalancingV2ServiceException,
  IncompatibleProtocolsException,
  InvalidConfigurationRequestException,
  ListenerNotFoundException,
  LoadBalancerNotFoundException,
  ModifyListenerCommand,
  ModifyRuleCommand,
  OperationNotPermittedException,
  RuleNotFoundException,
  TargetGroupAssociationLimitException,
  TargetGroupNotFoundException,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { albSeedNames, type LocalStack, startLocalStack } from '../../../../local/index.js';

let stack: LocalStack;
let client: ElasticLoadBalancingV2Client;
/** The seeded ALB's ARNs, as the API describes them. */
const seeded = { loadBalancer: '', listener: '', rule: '', defaultRule: '', stable: '', canary: '' };

beforeAll(async () => {
  stack = await startLocalStack();
  client = new ElasticLoadBalancingV2Client({
    endpoint: stack.endpoint,
    region: stack.region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  const [balancer] = (await client.send(new DescribeLoadBalancersCommand({ Names: ['apps'] })))
    .LoadBalancers!;
  seeded.loadBalancer = balancer!.LoadBalancerArn!;
  const [listener] = (
    await client.send(new DescribeListenersCommand({ LoadBalancerArn: seeded.loadBalancer }))
  ).Listeners!;
  seeded.listener = listener!.ListenerArn!;
  const rules = (await client.send(new DescribeRulesCommand({ ListenerArn: seeded.listener }))).Rules!;
  seeded.rule = rules.find((rule) => !rule.IsDefault)!.RuleArn!;
  seeded.defaultRule = rules.find((rule) => rule.IsDefault)!.RuleArn!;
  const groups = (await client.send(new DescribeTargetGroupsCommand({}))).TargetGroups!;
  seeded.stable = groups.find((group) => group.TargetGroupName === 'serviceB')!.TargetGroupArn!;
  seeded.canary = groups.find((group) => group.TargetGroupName === 'serviceBv2')!.TargetGroupArn!;
});

afterAll(async () => {
  client.destroy();
  await stack.stop();
});

function weighted(
  stable: number,
  canary: number,
  stickiness?: { Enabled: boolean; DurationSeconds?: number },
): Action[] {
  return [
    {
      Type: 'forward',
      ForwardConfig: {
        TargetGroups: [
          { TargetGroupArn: seeded.stable, Weight: stable },
          { TargetGroupArn: seeded.canary, Weight: canary },
        ],
        ...(stickiness ? { TargetGroupStickinessConfig: stickiness } : {}),
      },
    },
  ];
}

async function ruleActions(arn = seeded.rule) {
  return (await client.send(new DescribeRulesCommand({ RuleArns: [arn] }))).Rules![0]!.Actions;
}

describe('the seeded Application Load Balancer, parsed by the SDK from XML', () => {
  it('describes the internal ALB apps with typed members', async () => {
    const { LoadBalancers } = await client.send(new DescribeLoadBalancersCommand({}));
    expect(LoadBalancers).toHaveLength(1);
    const balancer = LoadBalancers![0]!;
    expect(balancer).toMatchObject({
      LoadBalancerName: 'apps',
      Type: 'application',
      Scheme: 'internal',
      VpcId: albSeedNames.vpc,
      State: { Code: 'active' },
      IpAddressType: 'ipv4',
    });
    expect(balancer.LoadBalancerArn).toMatch(
      /^arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer\/app\/apps\/[0-9a-f]{16}$/,
    );
    expect(balancer.CreatedTime).toBeInstanceOf(Date);
    expect(balancer.AvailabilityZones?.map((zone) => zone.ZoneName)).toEqual(['us-west-2a', 'us-west-2b']);
    expect(balancer.SecurityGroups).toHaveLength(1);
  });

  it('returns the single-group default action as AWS does: TargetGroupArn and a ForwardConfig of weight 1', async () => {
    const { Listeners } = await client.send(
      new DescribeListenersCommand({ ListenerArns: [seeded.listener] }),
    );
    expect(Listeners).toEqual([
      {
        ListenerArn: seeded.listener,
        LoadBalancerArn: seeded.loadBalancer,
        Port: 80,
        Protocol: 'HTTP',
        DefaultActions: [
          {
            Type: 'forward',
            TargetGroupArn: seeded.stable,
            ForwardConfig: {
              TargetGroups: [{ TargetGroupArn: seeded.stable, Weight: 1 }],
              TargetGroupStickinessConfig: { Enabled: false },
            },
          },
        ],
      },
    ]);
  });

  it('lists the rule of priority 10 (stable 1, canary 0), then the default rule', async () => {
    const { Rules } = await client.send(new DescribeRulesCommand({ ListenerArn: seeded.listener }));
    expect(Rules?.map((rule) => [rule.Priority, rule.IsDefault])).toEqual([
      ['10', false],
      ['default', true],
    ]);
    expect(Rules![0]).toMatchObject({
      Conditions: [{ Field: 'path-pattern', Values: ['/*'], PathPatternConfig: { Values: ['/*'] } }],
      Actions: weighted(1, 0, { Enabled: false }),
    });
    expect(Rules![0]!.Actions![0]!.TargetGroupArn).toBeUndefined();
    expect(Rules![1]!.Conditions).toEqual([]);
    expect(Rules![1]!.Actions![0]!.TargetGroupArn).toBe(seeded.stable);
  });

  it('describes the target groups, each used by the ALB', async () => {
    const { TargetGroups } = await client.send(
      new DescribeTargetGroupsCommand({ Names: ['serviceB', 'serviceBv2'] }),
    );
    expect(TargetGroups?.map((group) => group.TargetGroupName)).toEqual(['serviceB', 'serviceBv2']);
    expect(TargetGroups![0]).toMatchObject({
      Protocol: 'HTTP',
      Port: 9080,
      TargetType: 'ip',
      VpcId: albSeedNames.vpc,
      HealthCheckEnabled: true,
      Matcher: { HttpCode: '200' },
      LoadBalancerArns: [seeded.loadBalancer],
    });
    expect(seeded.stable).toMatch(/:targetgroup\/serviceB\/[0-9a-f]{16}$/);
    const byBalancer = await client.send(
      new DescribeTargetGroupsCommand({ LoadBalancerArn: seeded.loadBalancer }),
    );
    expect(byBalancer.TargetGroups).toHaveLength(2);
  });

  it('pages with PageSize and Marker', async () => {
    const first = await client.send(new DescribeTargetGroupsCommand({ PageSize: 1 }));
    expect(first.TargetGroups).toHaveLength(1);
    expect(first.NextMarker).toBeDefined();
    const rest = await client.send(
      new DescribeTargetGroupsCommand({ PageSize: 1, Marker: first.NextMarker }),
    );
    expect(rest.TargetGroups?.[0]?.TargetGroupArn).not.toBe(first.TargetGroups?.[0]?.TargetGroupArn);
  });
});

describe('the wire format', () => {
  it('takes the form the SDK sends (lists as member.N, nested members dotted) and answers in the AWS envelope', async () => {
    let sent = '';
    const capture = new ElasticLoadBalancingV2Client({
      endpoint: stack.endpoint,
      region: stack.region,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      maxAttempts: 1,
    });
    capture.middlewareStack.add(
      (next) => async (args) => {
        sent = String((args.request as { body?: unknown }).body);
        return next(args);
      },
      { step: 'finalizeRequest' },
    );
    await capture.send(
      new ModifyRuleCommand({ RuleArn: seeded.rule, Actions: weighted(1, 0, { Enabled: false }) }),
    );
    capture.destroy();
    const form = new URLSearchParams(sent);
    expect(form.get('Action')).toBe('ModifyRule');
    expect(form.get('Version')).toBe('2015-12-01');
    expect(form.get('Actions.member.1.ForwardConfig.TargetGroups.member.2.Weight')).toBe('0');
    expect(form.get('Actions.member.1.ForwardConfig.TargetGroupStickinessConfig.Enabled')).toBe('false');

    const raw = await fetch(`${stack.endpoint}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `Action=DescribeListeners&Version=2015-12-01&ListenerArns.member.1=${encodeURIComponent(seeded.listener)}`,
    });
    const xml = await raw.text();
    expect(raw.status).toBe(200);
    expect(xml).toMatch(
      /^<DescribeListenersResponse xmlns="http:\/\/elasticloadbalancing\.amazonaws\.com\/doc\/2015-12-01\/"><DescribeListenersResult><Listeners><member>/,
    );
    expect(xml).toMatch(
      /<\/DescribeListenersResult><ResponseMetadata><RequestId>[0-9a-f-]{36}<\/RequestId><\/ResponseMetadata><\/DescribeListenersResponse>$/,
    );

    const missing = await fetch(`${stack.endpoint}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `Action=DescribeListeners&Version=2015-12-01&ListenerArns.member.1=${encodeURIComponent(seeded.listener.replace(/.$/, '0'))}`,
    });
    expect(missing.status).toBe(400);
    expect(await missing.text()).toMatch(
      /^<ErrorResponse xmlns="http:\/\/elasticloadbalancing\.amazonaws\.com\/doc\/2015-12-01\/"><Error><Type>Sender<\/Type><Code>ListenerNotFound<\/Code><Message>One or more listeners not found<\/Message><\/Error><RequestId>[0-9a-f-]{36}<\/RequestId><\/ErrorResponse>$/,
    );
  });
});

describe('errors on reads', () => {
  it.each([
    [
      'a load balancer name that does not exist',
      () => client.send(new DescribeLoadBalancersCommand({ Names: ['other'] })),
      LoadBalancerNotFoundException,
    ],
    [
      'listeners of a load balancer that does not exist',
      () =>
        client.send(
          new DescribeListenersCommand({ LoadBalancerArn: seeded.loadBalancer.replace(/.$/, '0') }),
        ),
      LoadBalancerNotFoundException,
    ],
    [
      'a listener that does not exist',
      () => client.send(new DescribeListenersCommand({ ListenerArns: [seeded.listener.replace(/.$/, '0')] })),
      ListenerNotFoundException,
    ],
    [
      'rules of a listener that does not exist',
      () => client.send(new DescribeRulesCommand({ ListenerArn: seeded.listener.replace(/.$/, '0') })),
      ListenerNotFoundException,
    ],
    [
      'a rule that does not exist',
      () => client.send(new DescribeRulesCommand({ RuleArns: [seeded.rule.replace(/.$/, '0')] })),
      RuleNotFoundException,
    ],
    [
      'a target group that does not exist',
      () =>
        client.send(new DescribeTargetGroupsCommand({ TargetGroupArns: [seeded.canary.replace(/.$/, '0')] })),
      TargetGroupNotFoundException,
    ],
  ])('answers %s with its error (400, Sender)', async (_, call, type) => {
    const refused = call();
    await expect(refused).rejects.toBeInstanceOf(type);
    await expect(refused).rejects.toMatchObject({ $metadata: { httpStatusCode: 400 }, Type: 'Sender' });
  });

  it.each([
    [
      'load balancer names with ARNs',
      () =>
        client.send(
          new DescribeLoadBalancersCommand({ Names: ['apps'], LoadBalancerArns: [seeded.loadBalancer] }),
        ),
    ],
    [
      'listeners without a load balancer or listener ARNs',
      () => client.send(new DescribeListenersCommand({})),
    ],
    ['rules without a listener or rule ARNs', () => client.send(new DescribeRulesCommand({}))],
    [
      'a listener ARN that is not one',
      () => client.send(new DescribeListenersCommand({ ListenerArns: ['listener-1'] })),
    ],
    ['a page size of 401', () => client.send(new DescribeTargetGroupsCommand({ PageSize: 401 }))],
  ])('refuses %s with ValidationError', async (_, call) => {
    const refused = call();
    await expect(refused).rejects.toBeInstanceOf(ElasticLoadBalancingV2ServiceException);
    await expect(refused).rejects.toMatchObject({
      name: 'ValidationError',
      Code: 'ValidationError',
      $metadata: { httpStatusCode: 400 },
    });
  });
});

describe('ModifyRule', () => {
  it('replaces the actions, keeps stickiness, and keeps the write with its simulated time', async () => {
    const before = stack.albWrites().length;
    const at = stack.clock.nowMs();
    const { Rules } = await client.send(
      new ModifyRuleCommand({
        RuleArn: seeded.rule,
        Actions: weighted(75, 25, { Enabled: true, DurationSeconds: 300 }),
      }),
    );
    expect(Rules?.[0]?.Actions).toEqual(weighted(75, 25, { Enabled: true, DurationSeconds: 300 }));
    expect(await ruleActions()).toEqual(weighted(75, 25, { Enabled: true, DurationSeconds: 300 }));
    const writes = stack.albWrites().slice(before);
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatchObject({ ruleArn: seeded.rule, isDefault: false });
    expect(writes[0]!.at).toBeGreaterThanOrEqual(at);
    expect(stack.albForward().map((one) => [one.targetGroup, one.weight])).toEqual([
      ['serviceB', 75],
      ['serviceBv2', 25],
    ]);
  });

  it('stores a bare TargetGroupArn as a one-group ForwardConfig of weight 1, and returns both', async () => {
    await client.send(
      new ModifyRuleCommand({
        RuleArn: seeded.rule,
        Actions: [{ Type: 'forward', TargetGroupArn: seeded.canary }],
      }),
    );
    expect(await ruleActions()).toEqual([
      {
        Type: 'forward',
        TargetGroupArn: seeded.canary,
        ForwardConfig: {
          TargetGroups: [{ TargetGroupArn: seeded.canary, Weight: 1 }],
          TargetGroupStickinessConfig: { Enabled: false },
        },
      },
    ]);
    await client.send(new ModifyRuleCommand({ RuleArn: seeded.rule, Actions: weighted(1, 0) }));
  });

  const six = (): Action[] => [
    {
      Type: 'forward',
      ForwardConfig: {
        TargetGroups: Array.from({ length: 6 }, (_, index) => ({
          TargetGroupArn: index % 2 ? seeded.canary : seeded.stable,
          Weight: 1,
        })),
      },
    },
  ];

  it.each([
    ['a weight of 1000', () => weighted(1000, 0), /between 0 and 999/],
    ['a negative weight', () => weighted(-1, 1), /between 0 and 999/],
    ['six target groups', six, /at most 5 target groups/],
    [
      'the same target group twice',
      (): Action[] => [
        {
          Type: 'forward',
          ForwardConfig: {
            TargetGroups: [
              { TargetGroupArn: seeded.stable, Weight: 1 },
              { TargetGroupArn: seeded.stable, Weight: 1 },
            ],
          },
        },
      ],
      /listed twice/,
    ],
    [
      'a TargetGroupArn unlike its ForwardConfig',
      (): Action[] => [
        {
          Type: 'forward',
          TargetGroupArn: seeded.canary,
          ForwardConfig: { TargetGroups: [{ TargetGroupArn: seeded.stable, Weight: 1 }] },
        },
      ],
      /must hold that one target group only/,
    ],
    ['stickiness without a duration', () => weighted(1, 1, { Enabled: true }), /DurationSeconds/],
    [
      'a target group ARN that is not one',
      (): Action[] => [{ Type: 'forward', TargetGroupArn: 'serviceB' }],
      /not a valid target group ARN/,
    ],
    ['no actions', (): Action[] => [], /at least one action/],
  ])('refuses %s with ValidationError and changes nothing', async (_, actions, message) => {
    const before = await ruleActions();
    const writes = stack.albWrites().length;
    const refused = client.send(new ModifyRuleCommand({ RuleArn: seeded.rule, Actions: actions() }));
    await expect(refused).rejects.toMatchObject({
      name: 'ValidationError',
      $metadata: { httpStatusCode: 400 },
    });
    await expect(refused).rejects.toThrow(message);
    expect(await ruleActions()).toEqual(before);
    expect(stack.albWrites()).toHaveLength(writes);
  });

  it('answers TargetGroupNotFound, InvalidConfigurationRequest, IncompatibleProtocols and TargetGroupAssociationLimit for target groups that do not fit, changing nothing', async () => {
    const otherVpc = stack.elbv2.createTargetGroup({
      name: 'other-vpc',
      port: 9080,
      vpcId: 'vpc-0123456789abcdef0',
    });
    const tcp = stack.elbv2.createTargetGroup({
      name: 'tcp',
      port: 9080,
      vpcId: albSeedNames.vpc,
      protocol: 'TCP',
    });
    const elsewhere = stack.elbv2.createTargetGroup({
      name: 'elsewhere',
      port: 9080,
      vpcId: albSeedNames.vpc,
    });
    const otherBalancer = stack.elbv2.createLoadBalancer({ name: 'other', vpcId: albSeedNames.vpc });
    stack.elbv2.createListener({
      loadBalancerArn: otherBalancer,
      port: 80,
      defaultActions: [{ Type: 'forward', TargetGroupArn: elsewhere }],
    });
    const before = await ruleActions();
    const cases: Array<[string, unknown]> = [
      [seeded.canary.replace(/.$/, '0'), TargetGroupNotFoundException],
      [otherVpc, InvalidConfigurationRequestException],
      [tcp, IncompatibleProtocolsException],
      [elsewhere, TargetGroupAssociationLimitException],
    ];
    for (const [arn, type] of cases) {
      const refused = client.send(
        new ModifyRuleCommand({
          RuleArn: seeded.rule,
          Actions: [{ Type: 'forward', TargetGroupArn: arn as string }],
        }),
      );
      await expect(refused).rejects.toBeInstanceOf(type);
    }
    expect(await ruleActions()).toEqual(before);
  });

  it('refuses the default rule (OperationNotPermitted) and a rule that does not exist (RuleNotFound)', async () => {
    await expect(
      client.send(new ModifyRuleCommand({ RuleArn: seeded.defaultRule, Actions: weighted(1, 0) })),
    ).rejects.toBeInstanceOf(OperationNotPermittedException);
    await expect(
      client.send(
        new ModifyRuleCommand({ RuleArn: seeded.rule.replace(/.$/, '0'), Actions: weighted(1, 0) }),
      ),
    ).rejects.toBeInstanceOf(RuleNotFoundException);
  });

  it('answers Throttling (400) when throttling is injected, writes nothing, and recovers', async () => {
    const writes = stack.albWrites().length;
    stack.injectFault({ service: 'elbv2', operation: 'ModifyRule', times: 1 });
    const throttled = client.send(new ModifyRuleCommand({ RuleArn: seeded.rule, Actions: weighted(1, 0) }));
    await expect(throttled).rejects.toMatchObject({ name: 'Throttling', $metadata: { httpStatusCode: 400 } });
    expect(stack.albWrites()).toHaveLength(writes);
    await client.send(new ModifyRuleCommand({ RuleArn: seeded.rule, Actions: weighted(1, 0) }));
    expect(stack.albWrites()).toHaveLength(writes + 1);
  });
});

describe('ModifyListener', () => {
  it('replaces the default actions, which the default rule and the write history show', async () => {
    const { Listeners } = await client.send(
      new ModifyListenerCommand({ ListenerArn: seeded.listener, DefaultActions: weighted(3, 1) }),
    );
    expect(Listeners?.[0]?.DefaultActions).toEqual(weighted(3, 1, { Enabled: false }));
    expect(await ruleActions(seeded.defaultRule)).toEqual(weighted(3, 1, { Enabled: false }));
    expect(stack.albWrites().at(-1)).toMatchObject({ isDefault: true, ruleArn: seeded.defaultRule });
    expect(
      stack
        .albForward({ loadBalancer: 'apps', listenerPort: 80 })
        .map((one) => [one.targetGroup, one.weight]),
    ).toEqual([
      ['serviceB', 3],
      ['serviceBv2', 1],
    ]);
  });

  it('accepts a fixed response', async () => {
    const fixed: Action = {
      Type: 'fixed-response',
      FixedResponseConfig: { StatusCode: '503', ContentType: 'text/plain' },
    };
    const { Listeners } = await client.send(
      new ModifyListenerCommand({ ListenerArn: seeded.listener, DefaultActions: [fixed] }),
    );
    expect(Listeners?.[0]?.DefaultActions).toEqual([fixed]);
    expect(stack.albForward({ loadBalancer: 'apps', listenerPort: 80 })).toEqual([]);
  });

  it('answers ListenerNotFound, and ValidationError for what it does not model, changing nothing', async () => {
    const before = (await client.send(new DescribeListenersCommand({ ListenerArns: [seeded.listener] })))
      .Listeners;
    await expect(
      client.send(
        new ModifyListenerCommand({
          ListenerArn: seeded.listener.replace(/.$/, '0'),
          DefaultActions: weighted(1, 0),
        }),
      ),
    ).rejects.toBeInstanceOf(ListenerNotFoundException);
    await expect(
      client.send(
        new ModifyListenerCommand({
          ListenerArn: seeded.listener,
          Protocol: 'HTTPS',
          DefaultActions: weighted(1, 0),
        }),
      ),
    ).rejects.toMatchObject({ name: 'ValidationError' });
    expect(
      (await client.send(new DescribeListenersCommand({ ListenerArns: [seeded.listener] }))).Listeners,
    ).toEqual(before);
  });
});
