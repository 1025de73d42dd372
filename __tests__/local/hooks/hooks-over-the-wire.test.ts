import { DescribeTasksCommand, ECSClient, ListTasksCommand } from '@aws-sdk/client-ecs';
import {
  CreateConnectionCommand,
  DescribeConnectionCommand,
  EventBridgeClient,
  ResourceNotFoundException,
} from '@aws-sdk/client-eventbridge';
import { GetExecutionHistoryCommand, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { StateMachineDefinition } from 'aws-local-stepfunctions';
import { type LocalStack, startLocalStack } from '../../../local/index.js';
import { scenarioFiles } from '../../../local/runs/router-view.js';
import { until } from '../support.js';

/** The hooks' services as the SDK clients reach them: EventBridge connections, ECS tasks, the Task* history. */
let stack: LocalStack;
let clients: { ecs: ECSClient; events: EventBridgeClient; sfn: SFNClient };

beforeAll(async () => {
  stack = await startLocalStack({ scenario: scenarioFiles['app-mesh'] });
  const config = {
    endpoint: stack.endpoint,
    region: stack.region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  };
  clients = { ecs: new ECSClient(config), events: new EventBridgeClient(config), sfn: new SFNClient(config) };
});

afterAll(async () => {
  await stack.settled();
  for (const client of Object.values(clients)) client.destroy();
  await stack.stop();
});

describe('EventBridge connections over the wire', () => {
  it('describes the scenario’s connection without its secret', async () => {
    const described = await clients.events.send(new DescribeConnectionCommand({ Name: 'hooks' }));
    expect(described).toMatchObject({
      ConnectionArn: stack.hooks.connectionArn('hooks'),
      ConnectionState: 'AUTHORIZED',
      AuthorizationType: 'API_KEY',
      AuthParameters: { ApiKeyAuthParameters: { ApiKeyName: 'x-hook-key' } },
    });
    expect(described.AuthParameters?.ApiKeyAuthParameters).not.toHaveProperty('ApiKeyValue');
  });

  it('refuses an API key connection without its key value, creating nothing', async () => {
    await expect(
      clients.events.send(
        new CreateConnectionCommand({
          Name: 'half-made',
          AuthorizationType: 'API_KEY',
          AuthParameters: { ApiKeyAuthParameters: { ApiKeyName: 'x-key', ApiKeyValue: '' } },
        }),
      ),
    ).rejects.toMatchObject({ name: 'ValidationException', message: expect.stringContaining('apiKeyValue') });
    await expect(
      clients.events.send(new DescribeConnectionCommand({ Name: 'half-made' })),
    ).rejects.toBeInstanceOf(ResourceNotFoundException);
  });
});

describe('a hook task over the wire', () => {
  it('is listed and described by ECS while it runs; the history has its Task events', async () => {
    const definition = {
      StartAt: 'Smoke',
      States: {
        Smoke: {
          Type: 'Task',
          Resource: 'arn:aws:states:::ecs:runTask.sync',
          Parameters: {
            Cluster: 'apps',
            TaskDefinition: 'smoke-task',
            LaunchType: 'FARGATE',
            NetworkConfiguration: { AwsvpcConfiguration: { Subnets: ['subnet-0a1b2c3d4e5f60718'] } },
            StartedBy: 'appmesh-canary/d-9',
          },
          End: true,
        },
      },
    };
    const machine = stack.stepFunctions.createStateMachine(
      'wire',
      definition as unknown as StateMachineDefinition,
    );
    const { executionArn } = await clients.sfn.send(
      new StartExecutionCommand({ stateMachineArn: machine, input: '{}' }),
    );
    let taskArns: string[] = [];
    await until(
      async () => {
        taskArns =
          (await clients.ecs.send(new ListTasksCommand({ cluster: 'apps', startedBy: 'appmesh-canary/d-9' })))
            .taskArns ?? [];
        return taskArns.length === 1;
      },
      10_000,
      'the hook task listed',
    );
    // ListTasks lists tasks desired RUNNING only: the listing is the proof it ran. By the describe, a loaded
    // machine's simulated clock may have run it to its end.
    const { tasks } = await clients.ecs.send(new DescribeTasksCommand({ cluster: 'apps', tasks: taskArns }));
    expect(tasks?.[0]).toMatchObject({ taskArn: taskArns[0], startedBy: 'appmesh-canary/d-9' });
    await until(() => stack.stepFunctions.execution(executionArn!)!.status !== 'RUNNING', 10_000, 'the run');
    const { events } = await clients.sfn.send(new GetExecutionHistoryCommand({ executionArn }));
    expect(events?.map((event) => event.type)).toEqual([
      'ExecutionStarted',
      'TaskStateEntered',
      'TaskScheduled',
      'TaskStarted',
      'TaskSubmitted',
      'TaskSucceeded',
      'TaskStateExited',
      'ExecutionSucceeded',
    ]);
    const succeeded = events?.find((event) => event.type === 'TaskSucceeded')?.taskSucceededEventDetails;
    expect(succeeded).toMatchObject({ resourceType: 'ecs', resource: 'runTask.sync' });
    expect(JSON.parse(succeeded?.output ?? '{}')).toMatchObject({
      TaskArn: taskArns[0],
      LastStatus: 'STOPPED',
    });
  });
});
