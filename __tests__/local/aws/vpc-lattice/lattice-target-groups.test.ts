import {
  ConflictException,
  CreateTargetGroupCommand,
  DeleteTargetGroupCommand,
  GetTargetGroupCommand,
  ListTagsForResourceCommand,
  UpdateRuleCommand,
  ValidationException,
  VPCLatticeClient,
} from '@aws-sdk/client-vpc-lattice';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type LocalStack, latticeSeedNames, startLocalStack } from '../../../../local/index.js';

/** The target group calls init makes, as VPC Lattice answers and validates them. */
let stack: LocalStack;
let client: VPCLatticeClient;

beforeAll(async () => {
  stack = await startLocalStack({ seed: 'stable-only' });
  client = new VPCLatticeClient({
    endpoint: stack.endpoint,
    region: stack.region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
});

afterAll(async () => {
  client?.destroy();
  await stack?.stop();
});

const config = { port: 9080, protocol: 'HTTP' as const, vpcIdentifier: latticeSeedNames.vpc };

describe('CreateTargetGroup, ListTagsForResource, DeleteTargetGroup', () => {
  it('creates a group with defaults filled and its tags, readable by ID and ARN', async () => {
    const created = await client.send(
      new CreateTargetGroupCommand({
        name: 'orders-canary',
        type: 'IP',
        config: { ...config, healthCheck: { path: '/health', healthCheckIntervalSeconds: 15 } },
        tags: { team: 'payments' },
      }),
    );
    expect(created.id).toMatch(/^tg-[0-9a-z]{17}$/);
    const read = await client.send(new GetTargetGroupCommand({ targetGroupIdentifier: created.arn }));
    expect(read.config).toEqual(
      expect.objectContaining({
        port: 9080,
        protocol: 'HTTP',
        protocolVersion: 'HTTP1',
        ipAddressType: 'IPV4',
        healthCheck: expect.objectContaining({
          path: '/health',
          healthCheckIntervalSeconds: 15,
          enabled: true,
        }),
      }),
    );
    const { tags } = await client.send(new ListTagsForResourceCommand({ resourceArn: created.arn }));
    expect(tags).toEqual({ team: 'payments' });

    await client.send(new DeleteTargetGroupCommand({ targetGroupIdentifier: created.id }));
    await expect(
      client.send(new GetTargetGroupCommand({ targetGroupIdentifier: created.id })),
    ).rejects.toThrow('not found');
  });

  it.each([
    ['an upper-case name', { name: 'Orders', type: 'IP', config }, /name/],
    ['a name starting with tg-', { name: 'tg-orders', type: 'IP', config }, /name/],
    ['no VPC', { name: 'orders', type: 'IP', config: { port: 80, protocol: 'HTTP' } }, /vpcIdentifier/],
    ['a port out of range', { name: 'orders', type: 'IP', config: { ...config, port: 0 } }, /config.port/],
    ['an aws: tag', { name: 'orders', type: 'IP', config, tags: { 'aws:x': 'y' } }, /aws: prefix/],
  ])('refuses %s (ValidationException)', async (_what, input, message) => {
    const error = await client.send(new CreateTargetGroupCommand(input as never)).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ValidationException);
    expect((error as Error).message).toMatch(message);
  });

  it('refuses a second group of the same name, and deleting a group an action forwards to (ConflictException)', async () => {
    const duplicate = await client
      .send(new CreateTargetGroupCommand({ name: latticeSeedNames.stableTargetGroup, type: 'IP', config }))
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );
    expect(duplicate).toBeInstanceOf(ConflictException);

    const created = await client.send(new CreateTargetGroupCommand({ name: 'in-use', type: 'IP', config }));
    const { serviceId, listenerId, ruleId } = stack.vpcLattice.resolve({
      service: latticeSeedNames.service,
      listener: latticeSeedNames.listener,
      rule: latticeSeedNames.rule,
    });
    const stable = stack.vpcLattice.targetGroupByName(latticeSeedNames.stableTargetGroup)!.id;
    const where = { serviceIdentifier: serviceId, listenerIdentifier: listenerId, ruleIdentifier: ruleId };
    await client.send(
      new UpdateRuleCommand({
        ...where,
        action: {
          forward: {
            targetGroups: [
              { targetGroupIdentifier: stable, weight: 100 },
              { targetGroupIdentifier: created.id, weight: 0 },
            ],
          },
        },
      }),
    );
    const inUse = await client.send(new DeleteTargetGroupCommand({ targetGroupIdentifier: created.id })).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(inUse).toBeInstanceOf(ConflictException);
    await client.send(
      new UpdateRuleCommand({
        ...where,
        action: { forward: { targetGroups: [{ targetGroupIdentifier: stable, weight: 100 }] } },
      }),
    );
    await client.send(new DeleteTargetGroupCommand({ targetGroupIdentifier: created.id }));
  });
});
