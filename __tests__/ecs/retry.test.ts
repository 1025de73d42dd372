import { ECSClient } from '@aws-sdk/client-ecs';
import { afterEach, describe, expect, it } from '@jest/globals';
import { AdaptiveRetryStrategy, DefaultRateLimiter } from '@smithy/core/retry';
import { clientConfig } from '../../src/aws/client-config.js';
import { Ecs } from '../../src/ecs/index.js';
import { type OperationHandler, startJsonTargetServer } from '../support/json-target-server.js';
import { cluster, ours, serviceArn, serviceName } from './fixtures.js';

// aws-sdk-client-mock replaces `send`, so the SDK's retry middleware only runs against a real endpoint.
// The adaptive strategy is the SDK's own; only its backoff and its rate limiter's minimum fill rate are
// raised so that a throttled test does not sleep for seconds.
let close: (() => Promise<void>) | undefined;
afterEach(() => close?.());

async function ecsAgainst(handlers: Record<string, OperationHandler>) {
  const server = await startJsonTargetServer(handlers);
  close = server.close;
  const config = clientConfig({ region: 'us-west-2' });
  const backoffs: number[] = [];
  const client = new ECSClient({
    ...config,
    retryStrategy: new AdaptiveRetryStrategy(config.maxAttempts, {
      rateLimiter: new DefaultRateLimiter({ minFillRate: 500 }),
      backoff: {
        setDelayBase: () => {},
        computeNextBackoffDelay: (retries) => {
          backoffs.push(retries);
          return 5;
        },
      },
    }),
    endpoint: server.endpoint,
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
  });
  return { ecs: new Ecs(client), calls: server.calls, backoffs };
}

const describedService = {
  services: [
    {
      serviceArn,
      serviceName,
      status: 'ACTIVE',
      taskDefinition: ours,
      desiredCount: 2,
      runningCount: 2,
      deployments: [
        {
          id: 'ecs-svc/2',
          status: 'PRIMARY',
          taskDefinition: ours,
          desiredCount: 2,
          runningCount: 2,
          rolloutState: 'COMPLETED',
        },
      ],
    },
  ],
  failures: [],
};

describe('the shared client configuration against an ECS endpoint', () => {
  it('retries a throttled call and then succeeds', async () => {
    let throttled = 0;
    const { ecs, calls, backoffs } = await ecsAgainst({
      DescribeServices: () => {
        if (throttled++ === 0) {
          return { status: 400, body: { __type: 'ThrottlingException', message: 'Rate exceeded' } };
        }
        return { body: describedService };
      },
    });

    const state = await ecs.describeService(cluster, serviceName);

    expect(calls.map((call) => call.operation)).toEqual(['DescribeServices', 'DescribeServices']);
    expect(backoffs).toEqual([0]);
    expect(calls[1]?.body).toEqual({ cluster, services: [serviceName] });
    expect(state).toMatchObject({ taskDefinitionArn: ours, accountId: '123456789012' });
  });

  it('gives up after the configured attempts, saying what it was doing', async () => {
    const { ecs, calls } = await ecsAgainst({
      DescribeServices: () => ({
        status: 400,
        body: { __type: 'ThrottlingException', message: 'Rate exceeded' },
      }),
    });

    await expect(ecs.describeService(cluster, serviceName)).rejects.toThrow(
      'describing service serviceBv2 in cluster apps: ThrottlingException: Rate exceeded',
    );
    expect(calls).toHaveLength(clientConfig().maxAttempts);
  });

  it('does not retry a client error, and says what it was doing', async () => {
    const { ecs, calls } = await ecsAgainst({
      DescribeServices: () => ({
        status: 400,
        body: { __type: 'ClusterNotFoundException', message: 'Cluster not found.' },
      }),
    });

    await expect(ecs.describeService('nope', serviceName)).rejects.toThrow(
      'describing service serviceBv2 in cluster nope: ClusterNotFoundException: Cluster not found.',
    );
    expect(calls).toHaveLength(1);
  });
});
