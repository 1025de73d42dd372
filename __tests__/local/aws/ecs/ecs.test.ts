import {
  ClientException,
  ClusterNotFoundException,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ECSClient,
  InvalidParameterException,
  RegisterTaskDefinitionCommand,
  type RegisterTaskDefinitionCommandInput,
  ServiceNotFoundException,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type LocalStack, startLocalStack } from '../../../../local/index.js';
import { seedTaskDefinition } from '../../../../local/seed/seed.js';
import { Ecs, judgeRollout } from '../../../../src/ecs/index.js';
import { imageOf, until } from '../../support.js';

let stack: LocalStack;
let client: ECSClient;

beforeAll(async () => {
  stack = await startLocalStack({
    scenario: { versions: [{ image: 'serviceb:9.9.9-broken', errorRatePct: 0, failsToStart: true }] },
  });
  client = new ECSClient({
    endpoint: stack.endpoint,
    region: stack.region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
});

afterAll(async () => {
  client.destroy();
  await stack.stop();
});

function taskDefinition(tag: string, family = 'taskBv2'): RegisterTaskDefinitionCommandInput {
  return seedTaskDefinition({
    family,
    node: 'serviceBv2',
    image: imageOf(stack, tag),
    account: stack.account,
    region: stack.region,
  }) as unknown as RegisterTaskDefinitionCommandInput;
}

describe('task definitions', () => {
  it('registers a revision and describes it with its tags, normalized as ECS stores it', async () => {
    const { taskDefinition: registered } = await client.send(
      new RegisterTaskDefinitionCommand({
        ...taskDefinition('2.0.0', 'registered'),
        tags: [{ key: 'team', value: 'b' }],
      }),
    );
    expect(registered?.taskDefinitionArn).toBe(
      'arn:aws:ecs:us-west-2:123456789012:task-definition/registered:1',
    );
    expect(registered?.cpu).toBe('512');
    expect(registered?.status).toBe('ACTIVE');
    expect(registered?.compatibilities).toEqual(['EC2', 'FARGATE']);
    expect(registered?.containerDefinitions?.[0]?.portMappings).toEqual([
      { containerPort: 9080, hostPort: 9080, protocol: 'tcp' },
    ]);

    const second = await client.send(
      new RegisterTaskDefinitionCommand(taskDefinition('2.0.1', 'registered')),
    );
    expect(second.taskDefinition?.revision).toBe(2);

    const described = await client.send(
      new DescribeTaskDefinitionCommand({ taskDefinition: 'registered:1', include: ['TAGS'] }),
    );
    expect(described.tags).toEqual([{ key: 'team', value: 'b' }]);
    expect(described.taskDefinition?.containerDefinitions?.[0]?.image).toBe(imageOf(stack, '2.0.0'));
    const latest = await client.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'registered' }));
    expect(latest.taskDefinition?.revision).toBe(2);
  });

  const broken: Array<[string, (input: RegisterTaskDefinitionCommandInput) => void, RegExp]> = [
    [
      'dependsOn names a container that does not exist',
      (input) => {
        input.containerDefinitions![0]!.dependsOn = [{ containerName: 'proxy', condition: 'HEALTHY' }];
      },
      /'proxy', which is not in the task definition/,
    ],
    [
      'dependsOn HEALTHY on a container without a health check',
      (input) => {
        delete input.containerDefinitions![1]!.healthCheck;
      },
      /has no healthCheck/,
    ],
    [
      'the proxy configuration names a container that does not exist',
      (input) => {
        input.proxyConfiguration!.containerName = 'proxy';
      },
      /proxy configuration names container 'proxy'/,
    ],
    [
      'the proxy configuration lacks AppPorts',
      (input) => {
        input.proxyConfiguration!.properties = input.proxyConfiguration!.properties!.filter(
          (property) => property.name !== 'AppPorts',
        );
      },
      /must set AppPorts/,
    ],
    [
      'a container without an image',
      (input) => {
        input.containerDefinitions![0]!.image = '';
      },
      /Container.image should not be null or empty/,
    ],
    [
      'a Fargate size that does not exist',
      (input) => {
        input.memory = '512';
      },
      /No Fargate configuration exists for given values: 512 CPU, 512 memory/,
    ],
    [
      'Fargate without awsvpc',
      (input) => {
        input.networkMode = 'bridge';
      },
      /Fargate only supports network mode 'awsvpc'/,
    ],
  ];

  it.each(broken)('refuses a definition where %s: ClientException', async (_, change, message) => {
    const input = taskDefinition('2.0.0', 'refused');
    change(input);
    const register = client.send(new RegisterTaskDefinitionCommand(input));
    await expect(register).rejects.toBeInstanceOf(ClientException);
    await expect(register).rejects.toThrow(message);
  });

  it('registers nothing for a refused definition', async () => {
    await expect(
      client.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'refused' })),
    ).rejects.toThrow('Unable to describe task definition.');
  });
});

describe('services', () => {
  it('reports a service that does not exist as a MISSING failure', async () => {
    const answer = await client.send(
      new DescribeServicesCommand({ cluster: 'apps', services: ['serviceC'] }),
    );
    expect(answer.services).toEqual([]);
    expect(answer.failures).toEqual([
      { arn: 'arn:aws:ecs:us-west-2:123456789012:service/apps/serviceC', reason: 'MISSING' },
    ]);
  });

  it('answers ClusterNotFoundException and ServiceNotFoundException', async () => {
    await expect(
      client.send(new DescribeServicesCommand({ cluster: 'other', services: ['serviceB'] })),
    ).rejects.toBeInstanceOf(ClusterNotFoundException);
    await expect(
      client.send(new UpdateServiceCommand({ cluster: 'apps', service: 'serviceC', desiredCount: 1 })),
    ).rejects.toBeInstanceOf(ServiceNotFoundException);
    await expect(
      client.send(new UpdateServiceCommand({ cluster: 'apps', service: 'serviceB', desiredCount: -1 })),
    ).rejects.toBeInstanceOf(InvalidParameterException);
  });

  it('rolls a new task definition out: IN_PROGRESS beside the old deployment, then COMPLETED', async () => {
    // Tasks that take 20 simulated minutes to start (a second here): the rollout is still under way when read,
    // however loaded the machine.
    const scenario = stack.scenario.current;
    stack.scenario.load({ ...scenario, ecs: { taskStartSeconds: 1200, drainSeconds: 20 } });
    const registered = await client.send(new RegisterTaskDefinitionCommand(taskDefinition('3.0.0')));
    const arn = registered.taskDefinition!.taskDefinitionArn!;
    const updated = await client.send(
      new UpdateServiceCommand({ cluster: 'apps', service: 'serviceBv2', taskDefinition: arn }),
    );
    expect(
      updated.service?.deployments?.map((deployment) => [deployment.status, deployment.rolloutState]),
    ).toEqual([
      ['PRIMARY', 'IN_PROGRESS'],
      ['ACTIVE', 'COMPLETED'],
    ]);
    const ecs = new Ecs(client);
    expect(judgeRollout(await ecs.describeService('apps', 'serviceBv2'), arn).kind).toBe('in-progress');
    await until(
      async () => judgeRollout(await ecs.describeService('apps', 'serviceBv2'), arn).kind === 'stable',
      10_000,
      'the rollout to complete',
    );
    stack.scenario.load(scenario);
    const state = await ecs.describeService('apps', 'serviceBv2');
    expect(state.deployments).toHaveLength(1);
    expect(state.runningCount).toBe(state.desiredCount);
    expect(state.events[0]?.message).toBe('(service serviceBv2) has reached a steady state.');
  });

  it('rolls back with the circuit breaker when the image never starts', async () => {
    // 10-minute task starts (half a second each here): the rollback can be seen under way on a loaded machine.
    const scenario = stack.scenario.current;
    stack.scenario.load({ ...scenario, ecs: { taskStartSeconds: 600, drainSeconds: 20 } });
    const before = (
      await client.send(new DescribeServicesCommand({ cluster: 'apps', services: ['serviceBv2'] }))
    ).services![0]!.taskDefinition!;
    const registered = await client.send(new RegisterTaskDefinitionCommand(taskDefinition('9.9.9-broken')));
    const arn = registered.taskDefinition!.taskDefinitionArn!;
    await client.send(
      new UpdateServiceCommand({ cluster: 'apps', service: 'serviceBv2', taskDefinition: arn }),
    );
    const ecs = new Ecs(client);
    // One reading, judged and inspected: the rollback goes on between two readings.
    let seen = await ecs.describeService('apps', 'serviceBv2');
    await until(
      async () => {
        seen = await ecs.describeService('apps', 'serviceBv2');
        return judgeRollout(seen, arn).kind !== 'in-progress';
      },
      10_000,
      'the circuit breaker',
    );
    expect(judgeRollout(seen, arn)).toMatchObject({ kind: 'rolled-back', primaryTaskDefinitionArn: before });
    const failed = seen.deployments.find((deployment) => deployment.taskDefinitionArn === arn);
    expect(failed).toMatchObject({
      rolloutState: 'FAILED',
      rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.',
    });
    expect(failed?.failedTasks).toBeGreaterThanOrEqual(3);
    await until(
      () => stack.service('serviceBv2').deployments.length === 1,
      10_000,
      'the rollback to complete',
    );
    expect(stack.service('serviceBv2').taskDefinition).toBe(before);
    stack.scenario.load(scenario);
  });

  it('changes only the count when UpdateService sends only desiredCount', async () => {
    const before = stack.service('serviceBv2');
    await client.send(new UpdateServiceCommand({ cluster: 'apps', service: 'serviceBv2', desiredCount: 0 }));
    await until(() => stack.service('serviceBv2').runningCount === 0, 10_000, 'the tasks to stop');
    const after = stack.service('serviceBv2');
    expect(after.taskDefinition).toBe(before.taskDefinition);
    expect(after.deployments).toHaveLength(1);
    expect(after.deployments[0]?.rolloutState).toBe('COMPLETED');
  });

  it('cancels the tasks still starting when the count goes back down, as ECS does: none left pending', async () => {
    const scale = (desiredCount: number) =>
      client.send(new UpdateServiceCommand({ cluster: 'apps', service: 'serviceBv2', desiredCount }));
    await scale(0);
    await until(() => stack.service('serviceBv2').runningCount === 0, 10_000, 'the tasks to stop');
    await scale(1);
    await scale(0);
    const [service] =
      (await client.send(new DescribeServicesCommand({ cluster: 'apps', services: ['serviceBv2'] })))
        .services ?? [];
    // Nothing left pending at once; a task that started before the second call (a loaded machine's simulated
    // clock runs on between the calls) stops as any running one does.
    expect(service).toMatchObject({ desiredCount: 0, pendingCount: 0 });
    await until(() => stack.service('serviceBv2').runningCount === 0, 10_000, 'the tasks to stop');
  });
});
