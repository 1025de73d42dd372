import {
  ElasticLoadBalancingV2Client,
  ListenerNotFoundException,
  RuleNotFoundException,
  TargetGroupNotFoundException,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import { AwsCallError } from '../../../src/errors.js';
import { AlbApi, writableActions } from '../../../src/routing/alb/api.js';
import { RoutingResourceNotFoundError } from '../../../src/routing/errors.js';
import { fakeClock } from '../app-mesh/helpers.js';
import { accessDenied, type ElbOperation, internalFailure, throttling } from './fake-elbv2.js';
import { type AlbWorld, elbClient, oidcAction, seedAlb } from './helpers.js';

const elbMock = mockClient(ElasticLoadBalancingV2Client);
let world: AlbWorld;
let clock: ReturnType<typeof fakeClock>;
let api: AlbApi;

beforeEach(() => {
  elbMock.reset();
  world = seedAlb();
  world.fake.install(elbMock);
  clock = fakeClock();
  api = new AlbApi(elbClient, { retry: { ...clock, deadlineMs: 60_000 } });
});

const forward = () => [{ Type: 'forward', TargetGroupArn: world.stable.TargetGroupArn }];
const metadata = { $metadata: {} };

const paths: Array<[string, ElbOperation, string, () => unknown, () => Promise<unknown>]> = [
  [
    'DescribeListeners',
    'DescribeListeners',
    'listener-arn',
    () => new ListenerNotFoundException({ message: 'not found', ...metadata }),
    () => api.listener(world.listener.ListenerArn),
  ],
  [
    'DescribeRules',
    'DescribeRules',
    'listener-rule-arn',
    () => new RuleNotFoundException({ message: 'not found', ...metadata }),
    () => api.rule(world.ruleArn),
  ],
  [
    'DescribeTargetGroups by name',
    'DescribeTargetGroups',
    'stable-target-group',
    () => new TargetGroupNotFoundException({ message: 'not found', ...metadata }),
    () => api.targetGroup('blue', 'stable-target-group'),
  ],
  [
    'DescribeTargetGroups by ARN',
    'DescribeTargetGroups',
    'canary-target-group',
    () => new TargetGroupNotFoundException({ message: 'not found', ...metadata }),
    () => api.targetGroup(world.canary.TargetGroupArn, 'canary-target-group'),
  ],
  [
    'ModifyRule',
    'ModifyRule',
    'listener-rule-arn',
    () => new RuleNotFoundException({ message: 'not found', ...metadata }),
    () => api.modifyRuleActions(world.ruleArn, [oidcAction, ...forward()]),
  ],
  [
    'ModifyListener',
    'ModifyListener',
    'listener-arn',
    () => new ListenerNotFoundException({ message: 'not found', ...metadata }),
    () => api.modifyListenerActions(world.listener.ListenerArn, forward()),
  ],
];

describe.each(paths)('AlbApi: %s', (_path, operation, input, missing, call) => {
  it('answers', async () => {
    await expect(call()).resolves.toBeDefined();
    expect(clock.sleeps).toEqual([]);
  });

  it('retries Throttling and a 5xx, then answers', async () => {
    world.fake.failNext(operation, throttling(), internalFailure());
    await expect(call()).resolves.toBeDefined();
    expect(clock.sleeps).toEqual([150, 300]);
  });

  it('does not retry access denied', async () => {
    world.fake.failAlways(operation, accessDenied());
    const attempt = call();
    await expect(attempt).rejects.toThrow(AwsCallError);
    await expect(attempt).rejects.toThrow('AccessDenied: not authorized');
    expect(clock.sleeps).toEqual([]);
  });

  it(`turns not found into a named error pointing at ${input}`, async () => {
    world.fake.failNext(operation, missing());
    const attempt = call();
    await expect(attempt).rejects.toThrow(RoutingResourceNotFoundError);
    await expect(attempt).rejects.toThrow(`check ${input}`);
  });
});

describe('writableActions', () => {
  it('keeps the OIDC client secret ELBv2 never returns, and leaves other actions alone', () => {
    const withSecret = {
      ...oidcAction,
      AuthenticateOidcConfig: { ...oidcAction.AuthenticateOidcConfig!, ClientSecret: 's' },
    };
    expect(writableActions([oidcAction, withSecret, ...forward()])).toEqual([
      {
        ...oidcAction,
        AuthenticateOidcConfig: { ...oidcAction.AuthenticateOidcConfig, UseExistingClientSecret: true },
      },
      withSecret,
      ...forward(),
    ]);
  });
});
