import {
  ClientException,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ECSClient,
  ECSServiceException,
  RegisterTaskDefinitionCommand,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import { Ecs, ServiceNotFoundError } from '../../src/ecs/index.js';
import { AwsCallError } from '../../src/errors.js';
import {
  cluster,
  deployment,
  ours,
  previous,
  serviceArn,
  serviceName,
  service as serviceWith,
} from './fixtures.js';

const ecsMock = mockClient(ECSClient);
const ecs = new Ecs(new ECSClient({ region: 'us-west-2' }));

beforeEach(() => {
  ecsMock.reset();
});

describe('describeService', () => {
  it('reads the service, its deployments and the owning account from the ARN', async () => {
    ecsMock.on(DescribeServicesCommand, { cluster, services: [serviceName] }).resolves({
      services: [
        serviceWith([
          deployment({ id: 'ecs-svc/2', taskDefinition: ours, runningCount: 1, rolloutState: 'IN_PROGRESS' }),
          deployment({ id: 'ecs-svc/1', status: 'ACTIVE', taskDefinition: previous, runningCount: 2 }),
        ]),
      ],
      failures: [],
    });

    const state = await ecs.describeService(cluster, serviceName);

    expect(state).toMatchObject({
      serviceArn,
      serviceName,
      taskDefinitionArn: ours,
      accountId: '123456789012',
      launchType: 'FARGATE',
    });
    expect(
      state.deployments.map((d) => [d.id, d.status, d.taskDefinitionArn, d.runningCount, d.rolloutState]),
    ).toEqual([
      ['ecs-svc/2', 'PRIMARY', ours, 1, 'IN_PROGRESS'],
      ['ecs-svc/1', 'ACTIVE', previous, 2, 'COMPLETED'],
    ]);
  });

  it('reports a missing service by name and cluster, with the failure reason', async () => {
    ecsMock
      .on(DescribeServicesCommand)
      .resolves({ services: [], failures: [{ arn: serviceArn, reason: 'MISSING' }] });

    const error = await ecs.describeService(cluster, serviceName).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ServiceNotFoundError);
    expect((error as Error).message).toBe(
      'service serviceBv2 not found in cluster apps (MISSING): check the cluster and service names',
    );
  });

  it.each(['INACTIVE', 'DRAINING'])('treats a %s service as not found', async (status) => {
    ecsMock.on(DescribeServicesCommand).resolves({ services: [serviceWith([], { status })], failures: [] });

    await expect(ecs.describeService(cluster, serviceName)).rejects.toThrow(
      `service serviceBv2 not found in cluster apps (status ${status})`,
    );
  });

  it('rethrows an AWS error saying what was being done', async () => {
    ecsMock
      .on(DescribeServicesCommand)
      .rejects(new ClientException({ message: 'Cluster not found.', $metadata: { httpStatusCode: 400 } }));

    const error = await ecs.describeService('nope', serviceName).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(AwsCallError);
    expect((error as Error).message).toBe(
      'describing service serviceBv2 in cluster nope: ClientException: Cluster not found.',
    );
  });
});

describe('describeTaskDefinition', () => {
  it('asks for the tags and returns them with the task definition', async () => {
    ecsMock.on(DescribeTaskDefinitionCommand).resolves({
      taskDefinition: { taskDefinitionArn: previous, family: 'taskB', revision: 7, containerDefinitions: [] },
      tags: [{ key: 'team', value: 'payments' }],
    });

    const described = await ecs.describeTaskDefinition(previous);

    expect(ecsMock).toHaveReceivedCommandWith(DescribeTaskDefinitionCommand, {
      taskDefinition: previous,
      include: ['TAGS'],
    });
    expect(described).toMatchObject({
      family: 'taskB',
      revision: 7,
      tags: [{ key: 'team', value: 'payments' }],
    });
  });

  it('leaves tags out when the task definition has none', async () => {
    ecsMock.on(DescribeTaskDefinitionCommand).resolves({
      taskDefinition: { taskDefinitionArn: previous, family: 'taskB', revision: 7 },
      tags: [],
    });

    expect(await ecs.describeTaskDefinition(previous)).not.toHaveProperty('tags');
  });
});

describe('registerTaskDefinition', () => {
  it('returns the ARN, family and revision ECS assigned', async () => {
    ecsMock.on(RegisterTaskDefinitionCommand).resolves({
      taskDefinition: { taskDefinitionArn: ours, family: 'taskB', revision: 8, status: 'ACTIVE' },
    });
    const input = { family: 'taskB', containerDefinitions: [{ name: 'app', image: 'app:2' }] };

    const registered = await ecs.registerTaskDefinition(input);

    expect(registered).toEqual({ taskDefinitionArn: ours, family: 'taskB', revision: 8 });
    expect(ecsMock).toHaveReceivedCommandWith(RegisterTaskDefinitionCommand, input);
  });

  it('rethrows throttling that outlasted the retries, naming the family', async () => {
    ecsMock.on(RegisterTaskDefinitionCommand).rejects(
      new ECSServiceException({
        name: 'ThrottlingException',
        $fault: 'client',
        message: 'Rate exceeded',
        $metadata: { httpStatusCode: 400 },
      }),
    );

    await expect(ecs.registerTaskDefinition({ family: 'taskB', containerDefinitions: [] })).rejects.toThrow(
      'registering task definition family taskB: ThrottlingException: Rate exceeded',
    );
  });

  it('refuses an answer without an ARN rather than deploying nothing', async () => {
    ecsMock.on(RegisterTaskDefinitionCommand).resolves({});

    await expect(ecs.registerTaskDefinition({ family: 'taskB', containerDefinitions: [] })).rejects.toThrow(
      'registering task definition family taskB: the answer holds no task definition ARN',
    );
  });
});

describe('updateService', () => {
  const answer = {
    service: serviceWith([
      deployment({ id: 'ecs-svc/2', taskDefinition: ours, runningCount: 0, rolloutState: 'IN_PROGRESS' }),
      deployment({ id: 'ecs-svc/1', status: 'ACTIVE', taskDefinition: previous }),
    ]),
  };

  it('sends exactly cluster, service and task definition, and returns the new deployment id', async () => {
    ecsMock.on(UpdateServiceCommand).resolves(answer);

    const result = await ecs.updateService({ cluster, service: serviceName, taskDefinitionArn: ours });

    expect(ecsMock.commandCalls(UpdateServiceCommand).map((call) => call.args[0].input)).toEqual([
      { cluster, service: serviceName, taskDefinition: ours },
    ]);
    expect(result).toEqual({ deploymentId: 'ecs-svc/2' });
  });

  it('sends desiredCount when given, even 0', async () => {
    ecsMock.on(UpdateServiceCommand).resolves(answer);

    await ecs.updateService({ cluster, service: serviceName, taskDefinitionArn: ours, desiredCount: 0 });

    expect(ecsMock.commandCalls(UpdateServiceCommand)[0]?.args[0].input).toEqual({
      cluster,
      service: serviceName,
      taskDefinition: ours,
      desiredCount: 0,
    });
  });

  it('rethrows an AWS error saying which service was being updated to what', async () => {
    ecsMock
      .on(UpdateServiceCommand)
      .rejects(new ClientException({ message: 'TaskDefinition is inactive', $metadata: {} }));

    await expect(
      ecs.updateService({ cluster, service: serviceName, taskDefinitionArn: ours }),
    ).rejects.toThrow(
      `updating service serviceBv2 in cluster apps to ${ours}: ClientException: TaskDefinition is inactive`,
    );
  });
});

describe('scaleService', () => {
  it('sends only the desired count, so the service keeps its task definition', async () => {
    ecsMock.on(UpdateServiceCommand).resolves({});

    await ecs.scaleService({ cluster, service: serviceName, desiredCount: 0 });

    expect(ecsMock.commandCalls(UpdateServiceCommand).map((call) => call.args[0].input)).toEqual([
      { cluster, service: serviceName, desiredCount: 0 },
    ]);
  });

  it('rethrows an AWS error saying which service was being scaled', async () => {
    ecsMock
      .on(UpdateServiceCommand)
      .rejects(new ClientException({ message: 'Service not ACTIVE', $metadata: {} }));

    await expect(ecs.scaleService({ cluster, service: serviceName, desiredCount: 0 })).rejects.toThrow(
      'scaling service serviceBv2 in cluster apps to 0 tasks: ClientException: Service not ACTIVE',
    );
  });
});
