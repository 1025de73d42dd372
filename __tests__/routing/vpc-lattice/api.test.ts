import { VPCLatticeClient } from '@aws-sdk/client-vpc-lattice';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import { AwsCallError } from '../../../src/errors.js';
import { RoutingResourceNotFoundError } from '../../../src/routing/errors.js';
import { LatticeApi, type LatticeResource } from '../../../src/routing/vpc-lattice/api.js';
import { fakeClock } from '../app-mesh/helpers.js';
import { accessDenied, type LatticeOperation, notFound, serverError, throttled } from './fake-lattice.js';
import { client, type LatticeWorld, seedLattice } from './helpers.js';

const latticeMock = mockClient(VPCLatticeClient);
let world: LatticeWorld;
let clock: ReturnType<typeof fakeClock>;
let api: LatticeApi;

beforeEach(() => {
  latticeMock.reset();
  world = seedLattice();
  world.fake.install(latticeMock);
  clock = fakeClock();
  api = new LatticeApi(client, { retry: { ...clock, deadlineMs: 60_000 } });
});

const service = (): LatticeResource => world.fake.services.values().next().value!;
const listener = (): LatticeResource => world.listener;
const action = { forward: { targetGroups: [{ targetGroupIdentifier: 'tg-00000000000000001', weight: 1 }] } };

/** Every call the router makes, with the operation it sends and the input a not-found answer names. */
const paths: Array<[string, LatticeOperation, string | undefined, () => Promise<unknown>]> = [
  // Listing all services or target groups has nothing to miss: a not-found there is passed on as is.
  ['service by name', 'ListServices', undefined, () => api.service('checkout')],
  ['service by ARN', 'GetService', 'lattice-service', () => api.service(service().arn)],
  ['listener by name', 'ListListeners', 'lattice-service', () => api.listener(service(), 'http-80')],
  ['listener by ID', 'GetListener', 'lattice-listener', () => api.listener(service(), world.listener.id)],
  ['rule by name', 'ListRules', 'lattice-listener', () => api.rule(service(), listener(), 'api')],
  ['rule by ID', 'GetRule', 'lattice-rule', () => api.rule(service(), listener(), world.rule.id)],
  [
    'target group by name',
    'ListTargetGroups',
    undefined,
    () => api.targetGroup('checkout-v1', 'stable-target-group'),
  ],
  [
    'target group by ID',
    'GetTargetGroup',
    'canary-target-group',
    () => api.targetGroup(world.canary.id, 'canary-target-group'),
  ],
  [
    'UpdateRule',
    'UpdateRule',
    'lattice-rule',
    () => api.updateRuleAction(service().arn, world.listener.arn, world.rule.arn, action),
  ],
  [
    'UpdateListener',
    'UpdateListener',
    'lattice-listener',
    () => api.updateListenerAction(service().arn, world.listener.arn, action),
  ],
];

describe.each(paths)('LatticeApi: %s', (_path, operation, input, call) => {
  it('answers', async () => {
    await expect(call()).resolves.toBeDefined();
    expect(clock.sleeps).toEqual([]);
  });

  it('retries throttling and a 5xx, then answers', async () => {
    world.fake.failNext(operation, throttled(), serverError());
    await expect(call()).resolves.toBeDefined();
    expect(clock.sleeps).toEqual([150, 300]);
  });

  it('does not retry access denied', async () => {
    world.fake.failAlways(operation, accessDenied());
    const attempt = call();
    await expect(attempt).rejects.toThrow(AwsCallError);
    await expect(attempt).rejects.toThrow('AccessDeniedException: not authorized');
    expect(clock.sleeps).toEqual([]);
  });

  it(`turns not found into a named error pointing at ${input ?? 'no input'}`, async () => {
    world.fake.failNext(operation, notFound('x', 'RESOURCE'));
    const attempt = call();
    if (input === undefined) {
      await expect(attempt).rejects.toThrow(AwsCallError);
      return;
    }
    await expect(attempt).rejects.toThrow(RoutingResourceNotFoundError);
    await expect(attempt).rejects.toThrow(`check ${input}`);
  });
});

describe('LatticeApi names', () => {
  it('follows every page of a list', async () => {
    for (const name of ['a-one', 'b-two', 'c-three', 'd-four']) world.fake.addService(name);
    expect((await api.service('d-four')).name).toBe('d-four');
  });

  it('refuses a name two resources share, asking for the ARN', async () => {
    world.fake.addService('checkout');
    await expect(api.service('checkout')).rejects.toThrow(
      'lattice-service: 2 VPC Lattice services are named checkout',
    );
  });
});
