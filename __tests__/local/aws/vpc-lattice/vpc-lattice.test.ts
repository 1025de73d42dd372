import {
  ConflictException,
  GetListenerCommand,
  GetRuleCommand,
  GetServiceCommand,
  GetTargetGroupCommand,
  ListListenersCommand,
  ListRulesCommand,
  ListServicesCommand,
  ListTargetGroupsCommand,
  ResourceNotFoundException,
  type RuleAction,
  ThrottlingException,
  UpdateListenerCommand,
  UpdateRuleCommand,
  ValidationException,
  VPCLatticeClient,
} from '@aws-sdk/client-vpc-lattice';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type LocalStack, latticeSeedNames, startLocalStack } from '../../../../local/index.js';

let stack: LocalStack;
let client: VPCLatticeClient;
/** The seeded service, listener, rules and target groups, as the API lists them. */
const seeded = {
  service: { id: '', arn: '' },
  listener: { id: '', arn: '' },
  rule: { id: '', arn: '' },
  defaultRule: { id: '' },
  stable: { id: '', arn: '' },
  canary: { id: '', arn: '' },
};

beforeAll(async () => {
  stack = await startLocalStack();
  client = new VPCLatticeClient({
    endpoint: stack.endpoint,
    region: stack.region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  const [service] = (await client.send(new ListServicesCommand({}))).items ?? [];
  seeded.service = { id: service!.id!, arn: service!.arn! };
  const [listener] = (await client.send(new ListListenersCommand({ serviceIdentifier: service!.id }))).items!;
  seeded.listener = { id: listener!.id!, arn: listener!.arn! };
  const rules = (
    await client.send(
      new ListRulesCommand({ serviceIdentifier: service!.id, listenerIdentifier: listener!.id }),
    )
  ).items!;
  const rule = rules.find((one) => one.name === latticeSeedNames.rule)!;
  seeded.rule = { id: rule.id!, arn: rule.arn! };
  seeded.defaultRule = { id: rules.find((one) => one.isDefault)!.id! };
  const groups = (await client.send(new ListTargetGroupsCommand({}))).items!;
  const byName = (name: string) => groups.find((group) => group.name === name)!;
  seeded.stable = { id: byName('serviceb').id!, arn: byName('serviceb').arn! };
  seeded.canary = { id: byName('servicebv2').id!, arn: byName('servicebv2').arn! };
});

afterAll(async () => {
  client.destroy();
  await stack.stop();
});

const onRule = () => ({
  serviceIdentifier: seeded.service.id,
  listenerIdentifier: seeded.listener.id,
  ruleIdentifier: seeded.rule.id,
});

function split(stable: number, canary: number): RuleAction {
  return {
    forward: {
      targetGroups: [
        { targetGroupIdentifier: seeded.stable.id, weight: stable },
        { targetGroupIdentifier: seeded.canary.id, weight: canary },
      ],
    },
  };
}

describe('the seeded VPC Lattice service', () => {
  it('lists the service serviceb, found by its ID or its ARN', async () => {
    expect(seeded.service.arn).toBe(
      `arn:aws:vpc-lattice:us-west-2:123456789012:service/${seeded.service.id}`,
    );
    expect(seeded.service.id).toMatch(/^svc-[0-9a-z]{17}$/);
    for (const identifier of [seeded.service.id, seeded.service.arn]) {
      const service = await client.send(new GetServiceCommand({ serviceIdentifier: identifier }));
      expect(service).toMatchObject({ name: 'serviceb', status: 'ACTIVE', authType: 'NONE' });
      expect(service.createdAt).toBeInstanceOf(Date);
      expect(service.dnsEntry?.domainName).toMatch(/^serviceb-.*\.vpc-lattice-svcs\.us-west-2\.on\.aws$/);
    }
  });

  it('holds the listener http-80, whose default action forwards to serviceb alone at weight 100', async () => {
    for (const identifier of [seeded.listener.id, seeded.listener.arn]) {
      const listener = await client.send(
        new GetListenerCommand({ serviceIdentifier: seeded.service.arn, listenerIdentifier: identifier }),
      );
      expect(listener).toMatchObject({
        name: 'http-80',
        protocol: 'HTTP',
        port: 80,
        serviceId: seeded.service.id,
        defaultAction: {
          forward: { targetGroups: [{ targetGroupIdentifier: seeded.stable.id, weight: 100 }] },
        },
      });
    }
  });

  it('lists the listeners of the service, named by its ARN too', async () => {
    const { items } = await client.send(new ListListenersCommand({ serviceIdentifier: seeded.service.arn }));
    expect(items).toEqual([
      expect.objectContaining({ id: seeded.listener.id, name: 'http-80', protocol: 'HTTP', port: 80 }),
    ]);
    expect(items![0]!.createdAt).toBeInstanceOf(Date);
    await expect(
      client.send(new ListListenersCommand({ serviceIdentifier: 'svc-0000000000000000a' })),
    ).rejects.toBeInstanceOf(ResourceNotFoundException);
  });

  it('lists the rule all-paths, then the default rule, which GetRule also answers', async () => {
    const { items } = await client.send(
      new ListRulesCommand({ serviceIdentifier: seeded.service.id, listenerIdentifier: seeded.listener.id }),
    );
    expect(items?.map((rule) => [rule.name, rule.isDefault, rule.priority])).toEqual([
      ['all-paths', false, 10],
      ['default', true, undefined],
    ]);
    const rule = await client.send(new GetRuleCommand(onRule()));
    expect(rule).toMatchObject({
      isDefault: false,
      priority: 10,
      match: { httpMatch: { pathMatch: { match: { prefix: '/' } } } },
      action: { forward: { targetGroups: [{ targetGroupIdentifier: seeded.stable.id, weight: 100 }] } },
    });
    const byArn = await client.send(
      new GetRuleCommand({
        ...onRule(),
        ruleIdentifier: seeded.rule.arn,
        serviceIdentifier: seeded.service.arn,
      }),
    );
    expect(byArn.id).toBe(seeded.rule.id);
    const defaultRule = await client.send(
      new GetRuleCommand({ ...onRule(), ruleIdentifier: seeded.defaultRule.id }),
    );
    expect(defaultRule.isDefault).toBe(true);
  });

  it('describes both target groups, serviceb used by the service, servicebv2 by none yet', async () => {
    const stable = await client.send(new GetTargetGroupCommand({ targetGroupIdentifier: seeded.stable.arn }));
    expect(stable).toMatchObject({
      name: 'serviceb',
      type: 'IP',
      status: 'ACTIVE',
      config: { port: 9080, protocol: 'HTTP', vpcIdentifier: latticeSeedNames.vpc },
      serviceArns: [seeded.service.arn],
    });
    const canary = await client.send(new GetTargetGroupCommand({ targetGroupIdentifier: seeded.canary.id }));
    expect(canary.serviceArns).toEqual([]);
  });

  it('filters ListTargetGroups by VPC and type', async () => {
    const inVpc = await client.send(new ListTargetGroupsCommand({ vpcIdentifier: latticeSeedNames.vpc }));
    expect(inVpc.items?.map((group) => group.name).sort()).toEqual(['serviceb', 'servicebv2']);
    const other = await client.send(new ListTargetGroupsCommand({ vpcIdentifier: 'vpc-0123456789abcdef0' }));
    expect(other.items).toEqual([]);
    const lambdas = await client.send(new ListTargetGroupsCommand({ targetGroupType: 'LAMBDA' }));
    expect(lambdas.items).toEqual([]);
  });

  it('pages ListTargetGroups with maxResults and nextToken', async () => {
    const first = await client.send(new ListTargetGroupsCommand({ maxResults: 1 }));
    expect(first.items).toHaveLength(1);
    const rest = await client.send(
      new ListTargetGroupsCommand({ maxResults: 1, nextToken: first.nextToken }),
    );
    expect(rest.items).toHaveLength(1);
    expect(rest.nextToken).toBeUndefined();
    expect(rest.items![0]!.id).not.toBe(first.items![0]!.id);
  });
});

describe('identifiers and errors on reads', () => {
  it.each([
    [
      'a service by name',
      () => client.send(new GetServiceCommand({ serviceIdentifier: 'serviceb' })),
      'serviceIdentifier',
    ],
    [
      'a listener by name',
      () =>
        client.send(
          new GetListenerCommand({ serviceIdentifier: seeded.service.id, listenerIdentifier: 'http-80' }),
        ),
      'listenerIdentifier',
    ],
    [
      'a target group by name',
      () => client.send(new GetTargetGroupCommand({ targetGroupIdentifier: 'serviceb' })),
      'targetGroupIdentifier',
    ],
  ])(
    'refuses %s with ValidationException (400) naming the field: Lattice takes IDs or ARNs',
    async (_, call, field) => {
      const refused = call();
      await expect(refused).rejects.toBeInstanceOf(ValidationException);
      await expect(refused).rejects.toMatchObject({
        $metadata: { httpStatusCode: 400 },
        reason: 'fieldValidationFailed',
        fieldList: [expect.objectContaining({ name: field })],
      });
    },
  );

  it.each([
    [
      'a service',
      () => client.send(new GetServiceCommand({ serviceIdentifier: 'svc-0000000000000000a' })),
      'SERVICE',
    ],
    [
      'a listener',
      () =>
        client.send(
          new GetListenerCommand({
            serviceIdentifier: seeded.service.id,
            listenerIdentifier: 'listener-0000000000000000a',
          }),
        ),
      'LISTENER',
    ],
    [
      'a rule',
      () => client.send(new GetRuleCommand({ ...onRule(), ruleIdentifier: 'rule-0000000000000000a' })),
      'RULE',
    ],
    [
      'a target group',
      () => client.send(new GetTargetGroupCommand({ targetGroupIdentifier: 'tg-0000000000000000a' })),
      'TARGET_GROUP',
    ],
    [
      "a listener ARN under another service's ID",
      () =>
        client.send(
          new ListRulesCommand({
            serviceIdentifier: seeded.service.id,
            listenerIdentifier: seeded.listener.arn.replace(seeded.service.id, 'svc-0000000000000000a'),
          }),
        ),
      'LISTENER',
    ],
  ])('answers ResourceNotFoundException (404) for %s that does not exist', async (_, call, type) => {
    const missing = call();
    await expect(missing).rejects.toBeInstanceOf(ResourceNotFoundException);
    await expect(missing).rejects.toMatchObject({ $metadata: { httpStatusCode: 404 }, resourceType: type });
  });

  it('refuses maxResults out of 1-100 with ValidationException', async () => {
    await expect(client.send(new ListServicesCommand({ maxResults: 101 }))).rejects.toBeInstanceOf(
      ValidationException,
    );
  });
});

describe('UpdateRule', () => {
  it('replaces the action, storing target groups by ID whichever identifier was sent, and keeps the write', async () => {
    const before = stack.latticeWrites().length;
    const at = stack.clock.nowMs();
    const updated = await client.send(
      new UpdateRuleCommand({
        ...onRule(),
        action: {
          forward: {
            targetGroups: [
              { targetGroupIdentifier: seeded.stable.arn, weight: 750 },
              { targetGroupIdentifier: seeded.canary.id, weight: 250 },
            ],
          },
        },
      }),
    );
    expect(updated.action).toEqual(split(750, 250));
    expect(updated.priority).toBe(10);
    expect((await client.send(new GetRuleCommand(onRule()))).action).toEqual(split(750, 250));
    const writes = stack.latticeWrites().slice(before);
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatchObject({ ruleId: seeded.rule.id, isDefault: false, action: split(750, 250) });
    expect(writes[0]!.at).toBeGreaterThanOrEqual(at);
    expect(stack.latticeForward().map((one) => [one.targetGroup, one.weight])).toEqual([
      ['serviceb', 750],
      ['servicebv2', 250],
    ]);
    const canary = await client.send(new GetTargetGroupCommand({ targetGroupIdentifier: seeded.canary.id }));
    expect(canary.serviceArns).toEqual([seeded.service.arn]);
  });

  it('changes only the priority when only the priority is sent, and writes no action', async () => {
    const before = stack.latticeWrites().length;
    const updated = await client.send(new UpdateRuleCommand({ ...onRule(), priority: 20 }));
    expect(updated.priority).toBe(20);
    expect(updated.action).toEqual(split(750, 250));
    expect(stack.latticeWrites()).toHaveLength(before);
  });

  const many = (count: number): RuleAction => ({
    forward: {
      targetGroups: Array.from({ length: count }, () => ({
        targetGroupIdentifier: seeded.stable.id,
        weight: 1,
      })),
    },
  });

  it.each([
    ['a weight of 1000', () => split(0, 1000), /weight/],
    ['a negative weight', () => split(-1, 100), /weight/],
    ['no target group', () => many(0), /from 1 to 10 target groups/],
    ['eleven target groups', () => many(11), /from 1 to 10 target groups/],
    ['the same target group twice', () => many(2), /listed twice/],
    [
      'two target groups, one without a weight',
      (): RuleAction => ({
        forward: {
          targetGroups: [
            { targetGroupIdentifier: seeded.stable.id, weight: 1 },
            { targetGroupIdentifier: seeded.canary.id },
          ],
        },
      }),
      /required when the action has several/,
    ],
    [
      'a target group named by its name',
      (): RuleAction => ({ forward: { targetGroups: [{ targetGroupIdentifier: 'servicebv2', weight: 1 }] } }),
      /not a valid ID or ARN/,
    ],
    ['a fixed response of 503', (): RuleAction => ({ fixedResponse: { statusCode: 503 } }), /404 and 500/],
  ])('refuses %s with ValidationException and changes nothing', async (_, action, message) => {
    const before = await client.send(new GetRuleCommand(onRule()));
    const writes = stack.latticeWrites().length;
    const refused = client.send(new UpdateRuleCommand({ ...onRule(), action: action() }));
    await expect(refused).rejects.toBeInstanceOf(ValidationException);
    await expect(refused).rejects.toThrow(message);
    await expect(refused).rejects.toMatchObject({
      fieldList: [expect.objectContaining({ name: expect.any(String) })],
    });
    expect((await client.send(new GetRuleCommand(onRule()))).action).toEqual(before.action);
    expect(stack.latticeWrites()).toHaveLength(writes);
  });

  it('answers ResourceNotFoundException for a target group that does not exist, and changes nothing', async () => {
    const before = await client.send(new GetRuleCommand(onRule()));
    const refused = client.send(
      new UpdateRuleCommand({
        ...onRule(),
        action: { forward: { targetGroups: [{ targetGroupIdentifier: 'tg-0000000000000000a', weight: 1 }] } },
      }),
    );
    await expect(refused).rejects.toBeInstanceOf(ResourceNotFoundException);
    await expect(refused).rejects.toMatchObject({
      resourceId: 'tg-0000000000000000a',
      resourceType: 'TARGET_GROUP',
    });
    expect((await client.send(new GetRuleCommand(onRule()))).action).toEqual(before.action);
  });

  it('refuses the default rule: its action changes through UpdateListener', async () => {
    const refused = client.send(
      new UpdateRuleCommand({ ...onRule(), ruleIdentifier: seeded.defaultRule.id, action: split(1, 1) }),
    );
    await expect(refused).rejects.toBeInstanceOf(ValidationException);
    await expect(refused).rejects.toThrow(/UpdateListener/);
  });

  it('answers ConflictException (409) for a priority another rule of the listener holds', async () => {
    stack.vpcLattice.createRule({
      service: latticeSeedNames.service,
      listener: latticeSeedNames.listener,
      name: 'v2-paths',
      priority: 30,
      match: { httpMatch: { pathMatch: { match: { prefix: '/v2' } } } },
      action: split(0, 1),
    });
    const taken = client.send(new UpdateRuleCommand({ ...onRule(), priority: 30 }));
    await expect(taken).rejects.toBeInstanceOf(ConflictException);
    await expect(taken).rejects.toMatchObject({ $metadata: { httpStatusCode: 409 }, resourceType: 'RULE' });
    expect((await client.send(new GetRuleCommand(onRule()))).priority).toBe(20);
  });

  it('answers ThrottlingException (429) when throttling is injected, writes nothing, and recovers', async () => {
    const writes = stack.latticeWrites().length;
    stack.injectFault({ service: 'vpc-lattice', operation: 'UpdateRule', times: 1 });
    const throttled = client.send(new UpdateRuleCommand({ ...onRule(), action: split(1, 0) }));
    await expect(throttled).rejects.toBeInstanceOf(ThrottlingException);
    await expect(throttled).rejects.toMatchObject({ $metadata: { httpStatusCode: 429 } });
    expect(stack.latticeWrites()).toHaveLength(writes);
    await client.send(new UpdateRuleCommand({ ...onRule(), action: split(1, 0) }));
    expect(stack.latticeWrites()).toHaveLength(writes + 1);
  });
});

describe('UpdateListener', () => {
  const onListener = () => ({
    serviceIdentifier: seeded.service.id,
    listenerIdentifier: seeded.listener.arn,
  });

  it('replaces the default action, which the default rule and the write history show', async () => {
    const updated = await client.send(
      new UpdateListenerCommand({ ...onListener(), defaultAction: split(3, 1) }),
    );
    expect(updated.defaultAction).toEqual(split(3, 1));
    const defaultRule = await client.send(
      new GetRuleCommand({ ...onRule(), ruleIdentifier: seeded.defaultRule.id }),
    );
    expect(defaultRule.action).toEqual(split(3, 1));
    expect(stack.latticeWrites().at(-1)).toMatchObject({ isDefault: true, action: split(3, 1) });
    expect(
      stack.latticeForward({ service: latticeSeedNames.service, listener: latticeSeedNames.listener }),
    ).toMatchObject([
      { targetGroup: 'serviceb', weight: 3 },
      { targetGroup: 'servicebv2', weight: 1 },
    ]);
  });

  it('accepts a fixed response of 404', async () => {
    const updated = await client.send(
      new UpdateListenerCommand({ ...onListener(), defaultAction: { fixedResponse: { statusCode: 404 } } }),
    );
    expect(updated.defaultAction).toEqual({ fixedResponse: { statusCode: 404 } });
  });

  it('refuses a weight above 999 and an unknown listener, changing nothing', async () => {
    const before = await client.send(new GetListenerCommand(onListener()));
    await expect(
      client.send(new UpdateListenerCommand({ ...onListener(), defaultAction: split(1000, 0) })),
    ).rejects.toBeInstanceOf(ValidationException);
    await expect(
      client.send(
        new UpdateListenerCommand({
          serviceIdentifier: seeded.service.id,
          listenerIdentifier: 'listener-0000000000000000a',
          defaultAction: split(1, 0),
        }),
      ),
    ).rejects.toBeInstanceOf(ResourceNotFoundException);
    expect((await client.send(new GetListenerCommand(onListener()))).defaultAction).toEqual(
      before.defaultAction,
    );
  });
});
