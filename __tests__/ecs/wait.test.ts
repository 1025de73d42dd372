import {
  DescribeServicesCommand,
  ECSClient,
  type Service,
  ServiceNotFoundException,
} from '@aws-sdk/client-ecs';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import { DeploymentFailedError, DeploymentTimeoutError, Ecs } from '../../src/ecs/index.js';
import { AwsCallError } from '../../src/errors.js';
import {
  cluster,
  deployment,
  event,
  failureReason,
  ours,
  previous,
  rollbackEvents,
  rollingOut,
  serviceName,
  service as serviceWith,
  stableOnOurs,
} from './fixtures.js';

const ecsMock = mockClient(ECSClient);
const ecs = new Ecs(new ECSClient({ region: 'us-west-2' }));
// Millisecond polling so the waiter's own sleep keeps these tests fast.
const wait = {
  cluster,
  service: serviceName,
  taskDefinitionArn: ours,
  minDelaySeconds: 0.001,
  maxDelaySeconds: 0.005,
};

function answers(...services: Service[]) {
  let chain = ecsMock.on(DescribeServicesCommand);
  for (const service of services.slice(0, -1))
    chain = chain.resolvesOnce({ services: [service], failures: [] });
  chain.resolves({ services: [services.at(-1)!], failures: [] });
}

const describeCalls = () => ecsMock.commandCalls(DescribeServicesCommand).length;

beforeEach(() => {
  ecsMock.reset();
});

describe('waitForDeployment', () => {
  it('polls until the PRIMARY deployment runs our task definition with rollout COMPLETED', async () => {
    answers(rollingOut(0), rollingOut(2), stableOnOurs);

    const outcome = await ecs.waitForDeployment({ ...wait, maxWaitMinutes: 1 });

    expect(describeCalls()).toBe(3);
    expect(outcome.deployment).toMatchObject({
      id: 'ecs-svc/2',
      taskDefinitionArn: ours,
      rolloutState: 'COMPLETED',
    });
    expect(outcome.service.taskDefinitionArn).toBe(ours);
  });

  it('does not take COMPLETED old deployments for ours', async () => {
    // Still in progress while the previous deployment is the COMPLETED one.
    answers(rollingOut(1), stableOnOurs);

    await ecs.waitForDeployment({ ...wait, maxWaitMinutes: 1 });

    expect(describeCalls()).toBe(2);
  });

  it('fails at once on a circuit-breaker rollback, even though the old deployment is stable', async () => {
    // What the stock services-stable waiter calls success: one deployment, every task running.
    const rolledBack = serviceWith([deployment({ id: 'ecs-svc/3', taskDefinition: previous })], {
      events: rollbackEvents,
    });
    answers(rollingOut(1), rolledBack);

    const error = await ecs
      .waitForDeployment({ ...wait, maxWaitMinutes: 1 })
      .catch((caught: unknown) => caught);

    expect(describeCalls()).toBe(2);
    expect(error).toBeInstanceOf(DeploymentFailedError);
    const failure = (error as DeploymentFailedError).failure;
    expect(failure.rolledBackTo).toBe(previous);
    expect(failure.reason).toMatch(/our deployment is no longer listed/);
    expect((error as Error).message).toMatch(
      `deployment of ${ours} to service serviceBv2 in cluster apps was rolled back`,
    );
    expect((error as Error).message).toMatch('rolling back to deployment ecs-svc/3');
    expect((error as Error).message).toMatch('deployment failed: tasks failed to start');
  });

  it('names the rolloutStateReason when our rolled-back deployment is still draining', async () => {
    answers(
      serviceWith(
        [
          deployment({
            id: 'ecs-svc/3',
            taskDefinition: previous,
            rolloutState: 'IN_PROGRESS',
            runningCount: 2,
          }),
          deployment({
            id: 'ecs-svc/2',
            status: 'ACTIVE',
            taskDefinition: ours,
            runningCount: 1,
            rolloutState: 'FAILED',
            rolloutStateReason: failureReason,
          }),
        ],
        { events: rollbackEvents.slice(1) },
      ),
    );

    const error = await ecs
      .waitForDeployment({ ...wait, maxWaitMinutes: 1 })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(DeploymentFailedError);
    expect((error as DeploymentFailedError).failure.rolledBackTo).toBe(previous);
    expect((error as Error).message).toMatch(`our deployment ecs-svc/2 is FAILED: ${failureReason}`);
  });

  it('fails on rolloutState FAILED without a rollback, with the reason and the latest events', async () => {
    const failed = serviceWith(
      [
        deployment({
          id: 'ecs-svc/2',
          taskDefinition: ours,
          runningCount: 0,
          failedTasks: 3,
          rolloutState: 'FAILED',
          rolloutStateReason: failureReason,
        }),
      ],
      {
        events: [
          event(7, '(service serviceBv2) (deployment ecs-svc/2) deployment failed: tasks failed to start.'),
        ],
      },
    );
    answers(rollingOut(0), failed);

    const error = await ecs
      .waitForDeployment({ ...wait, maxWaitMinutes: 1 })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(DeploymentFailedError);
    expect((error as DeploymentFailedError).failure.rolledBackTo).toBeUndefined();
    expect((error as Error).message).toBe(
      `deployment of ${ours} to service serviceBv2 in cluster apps failed. Reason: ${failureReason}. ` +
        'Latest service events: (service serviceBv2) (deployment ecs-svc/2) deployment failed: tasks failed to start.',
    );
  });

  it('times out with how long it waited and where the rollout stands', async () => {
    answers(rollingOut(2));
    const started = Date.now();

    const error = await ecs
      .waitForDeployment({ ...wait, maxWaitMinutes: 0.003, minDelaySeconds: 0.01, maxDelaySeconds: 0.02 })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(DeploymentTimeoutError);
    expect((error as Error).message).toBe(
      `service serviceBv2 in cluster apps did not become stable on ${ours} within 0.2 s: ` +
        '2/3 tasks running, rollout IN_PROGRESS, 1 older deployment still present.',
    );
    expect(describeCalls()).toBeGreaterThan(2);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('accepts a service without rollout states once one deployment runs every task', async () => {
    const legacy = (running: number, deployments = 2) =>
      serviceWith(
        [
          deployment({
            id: 'ecs-svc/2',
            taskDefinition: ours,
            runningCount: running,
            rolloutState: undefined,
          }),
          deployment({
            id: 'ecs-svc/1',
            status: 'ACTIVE',
            taskDefinition: previous,
            rolloutState: undefined,
          }),
        ].slice(0, deployments),
      );
    answers(legacy(3), legacy(2, 1), legacy(3, 1));

    const outcome = await ecs.waitForDeployment({ ...wait, maxWaitMinutes: 1 });

    expect(describeCalls()).toBe(3);
    expect(outcome.deployment.runningCount).toBe(3);
  });

  it('stops when the service cannot be described, saying what it was doing', async () => {
    ecsMock
      .on(DescribeServicesCommand)
      .resolvesOnce({ services: [rollingOut(1)], failures: [] })
      .rejects(new ServiceNotFoundException({ message: 'Service not found.', $metadata: {} }));

    const error = await ecs
      .waitForDeployment({ ...wait, maxWaitMinutes: 1 })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(AwsCallError);
    expect((error as Error).message).toBe(
      'describing service serviceBv2 in cluster apps: ServiceNotFoundException: Service not found.',
    );
  });
});
