import { describe, expect, it } from '@jest/globals';
import type { Json } from '../../../../local/aws/protocol.js';
import { until } from '../../support.js';
import { integrationWorld, place } from './integration-support.js';

/** arn:aws:states:::ecs:runTask.sync through the local Step Functions and the local ECS. */
const world = integrationWorld();
world.ecs.createCluster('apps');
const registered = world.ecs.registerTaskDefinition({
  family: 'smoke-test',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: '256',
  memory: '512',
  containerDefinitions: [
    { name: 'smoke', image: 'public.ecr.aws/docker/library/busybox:latest', essential: true },
    {
      name: 'log-router',
      image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:stable',
      essential: false,
    },
  ],
}).taskDefinition as { taskDefinitionArn: string };

/** Each run: how long the task runs and the smoke container's exit code, with the environment it saw. */
let script = {
  runSeconds: 90 as number | undefined,
  exitCode: 0,
  failure: undefined as string | undefined,
  containerSeconds: undefined as Record<string, number> | undefined,
};
const seen: Array<Record<string, string>> = [];
world.ecs.tasks.script((run) => {
  seen.push(run.containers.find((container) => container.name === 'smoke')!.environment);
  return {
    startSeconds: 30,
    runSeconds: script.runSeconds,
    exitCodes: { smoke: script.exitCode },
    ...(script.failure ? { failure: script.failure } : {}),
    ...(script.containerSeconds ? { containerSeconds: script.containerSeconds } : {}),
  };
});

const parameters = {
  LaunchType: 'FARGATE',
  Cluster: 'arn:aws:ecs:us-west-2:123456789012:cluster/apps',
  TaskDefinition: registered.taskDefinitionArn,
  NetworkConfiguration: {
    AwsvpcConfiguration: {
      Subnets: ['subnet-0a1b2c3d4e5f60718'],
      SecurityGroups: ['sg-0123456789abcdef0'],
      AssignPublicIp: 'DISABLED',
    },
  },
  Overrides: {
    ContainerOverrides: [
      {
        Name: 'smoke',
        Environment: [
          { Name: 'APPMESH_CANARY_STAGE', Value: 'test-traffic' },
          { Name: 'APPMESH_CANARY_DEPLOYMENT_ID', 'Value.$': '$.deploymentId' },
        ],
      },
    ],
  },
  StartedBy: 'appmesh-canary',
  Group: 'hooks',
  Tags: [{ Key: 'appmesh-canary:deployment', Value: 'd-1' }],
  PropagateTags: 'TASK_DEFINITION',
};
const runTask = (extra: Json = {}, given: Json = parameters) =>
  world.runTask(
    { Resource: 'arn:aws:states:::ecs:runTask.sync', Parameters: given, ...extra },
    { deploymentId: 'd-1', hookTimeoutSeconds: 60 },
  );

describe('ecs:runTask.sync', () => {
  it('runs the task until it stops and returns it as DescribeTasks does, in PascalCase', async () => {
    script = { runSeconds: 90, exitCode: 0, failure: undefined, containerSeconds: undefined };
    seen.length = 0;
    const { execution, output, types, events, startedAt } = await runTask();
    expect(execution.status).toBe('SUCCEEDED');
    expect(seen).toEqual([{ APPMESH_CANARY_STAGE: 'test-traffic', APPMESH_CANARY_DEPLOYMENT_ID: 'd-1' }]);
    expect(output).toMatchObject({
      TaskArn: expect.stringMatching(/^arn:aws:ecs:us-west-2:123456789012:task\/apps\/[0-9a-f]{32}$/),
      ClusterArn: 'arn:aws:ecs:us-west-2:123456789012:cluster/apps',
      TaskDefinitionArn: registered.taskDefinitionArn,
      LastStatus: 'STOPPED',
      DesiredStatus: 'STOPPED',
      StopCode: 'EssentialContainerExited',
      StoppedReason: 'Essential container in task exited',
      LaunchType: 'FARGATE',
      Group: 'hooks',
      StartedBy: 'appmesh-canary',
      Containers: [
        { Name: 'smoke', ExitCode: 0, LastStatus: 'STOPPED' },
        { Name: 'log-router', ExitCode: 0, LastStatus: 'STOPPED' },
      ],
      Overrides: {
        ContainerOverrides: [
          {
            Name: 'smoke',
            Environment: [
              { Name: 'APPMESH_CANARY_STAGE', Value: 'test-traffic' },
              { Name: 'APPMESH_CANARY_DEPLOYMENT_ID', Value: 'd-1' },
            ],
          },
        ],
      },
    });
    // 30 s to start and 90 s of run, on the simulated clock.
    expect(output.StoppedAt - output.CreatedAt).toBe(120_000);
    // Created by the RunTask the state made: after the execution started, by the time the task was submitted
    // (orderings, not durations: a loaded machine's simulated clock runs on while the state starts).
    const submittedAt = (events.find((event) => event.type === 'TaskSubmitted')!.timestamp as number) * 1000;
    expect(output.CreatedAt).toBeGreaterThanOrEqual(startedAt);
    expect(output.CreatedAt).toBeLessThanOrEqual(submittedAt);
    expect(types.slice(1)).toEqual([
      'TaskStateEntered',
      'TaskScheduled',
      'TaskStarted',
      'TaskSubmitted',
      'TaskSucceeded',
      'TaskStateExited',
      'ExecutionSucceeded',
    ]);
    const submitted = events.find((event) => event.type === 'TaskSubmitted')!
      .taskSubmittedEventDetails as Json;
    expect(submitted.resourceType).toBe('ecs');
    expect(submitted.resource).toBe('runTask.sync');
    expect(JSON.parse(String(submitted.output))).toMatchObject({
      Tasks: [{ LastStatus: 'PENDING' }],
      Failures: [],
    });
  });

  it('is visible through ListTasks and DescribeTasks while it runs', async () => {
    script = { runSeconds: 600, exitCode: 0, failure: undefined, containerSeconds: undefined };
    const running = runTask();
    let listed: string[] = [];
    await until(
      () => {
        listed = (
          world.ecs.operations().ListTasks!({ cluster: 'apps', family: 'smoke-test' }) as {
            taskArns: string[];
          }
        ).taskArns;
        return listed.length === 1;
      },
      10_000,
      'the hook task listed',
    );
    await until(
      () => {
        const described = world.ecs.operations().DescribeTasks!({ cluster: 'apps', tasks: listed }) as {
          tasks: Json[];
        };
        return described.tasks[0]?.lastStatus === 'RUNNING';
      },
      10_000,
      'the hook task RUNNING',
    );
    expect((await running).execution.status).toBe('SUCCEEDED');
    expect(
      (world.ecs.operations().ListTasks!({ cluster: 'apps', family: 'smoke-test' }) as { taskArns: string[] })
        .taskArns,
    ).toEqual([]);
  });

  it('succeeds with a container exiting 1: the result says so, as in AWS', async () => {
    script = { runSeconds: 20, exitCode: 1, failure: undefined, containerSeconds: undefined };
    const { execution, output } = await runTask();
    expect(execution.status).toBe('SUCCEEDED');
    expect(output.Containers[0]).toMatchObject({ Name: 'smoke', ExitCode: 1 });
    expect(output.StopCode).toBe('EssentialContainerExited');
  });

  it('stops when its first essential container exits, a container still running then exiting 137', async () => {
    script = { runSeconds: 300, exitCode: 2, failure: undefined, containerSeconds: { smoke: 20 } };
    const { output } = await runTask();
    expect(output.Containers).toEqual([
      expect.objectContaining({ Name: 'smoke', ExitCode: 2 }),
      expect.objectContaining({ Name: 'log-router', ExitCode: 137 }),
    ]);
    expect(output.StoppedAt - output.StartedAt).toBe(20_000);
  });

  it('times out with States.Timeout after TimeoutSecondsPath, and stops the task', async () => {
    script = { runSeconds: undefined, exitCode: 0, failure: undefined, containerSeconds: undefined };
    const { execution, types, events } = await runTask({ TimeoutSecondsPath: '$.hookTimeoutSeconds' });
    expect(execution).toMatchObject({ status: 'FAILED', error: 'States.Timeout' });
    expect(types).toContain('TaskTimedOut');
    const submitted = JSON.parse(
      String(
        (events.find((event) => event.type === 'TaskSubmitted')!.taskSubmittedEventDetails as Json).output,
      ),
    );
    const taskArn = submitted.Tasks[0].TaskArn as string;
    const stopped = world.ecs.operations().DescribeTasks!({ cluster: 'apps', tasks: [taskArn] }) as {
      tasks: Json[];
    };
    expect(stopped.tasks[0]).toMatchObject({ lastStatus: 'STOPPED', stopCode: 'UserInitiated' });
    const timedOutAt = (events.find((event) => event.type === 'TaskTimedOut')!.timestamp as number) * 1000;
    const scheduledAt = (events.find((event) => event.type === 'TaskScheduled')!.timestamp as number) * 1000;
    expect(timedOutAt - scheduledAt).toBeGreaterThanOrEqual(59_000);
    expect(timedOutAt - scheduledAt).toBeLessThan(90_000);
  });

  it('fails with ECS.ClientException for a task definition that does not exist, starting nothing', async () => {
    const before = world.ecs.operations().ListTasks!({ cluster: 'apps', desiredStatus: 'STOPPED' }) as {
      taskArns: string[];
    };
    const { execution } = await runTask({}, { ...parameters, TaskDefinition: 'no-such-family:3' });
    expect(execution).toMatchObject({ status: 'FAILED', error: 'ECS.ClientException' });
    expect(execution.cause).toContain('TaskDefinition not found.');
    const after = world.ecs.operations().ListTasks!({ cluster: 'apps', desiredStatus: 'STOPPED' }) as {
      taskArns: string[];
    };
    expect(after.taskArns).toEqual(before.taskArns);
  });

  it('fails with ECS.ClusterNotFoundException for a cluster that does not exist', async () => {
    const { execution } = await runTask({}, { ...parameters, Cluster: 'elsewhere' });
    expect(execution).toMatchObject({ status: 'FAILED', error: 'ECS.ClusterNotFoundException' });
  });

  it('fails with ECS.InvalidParameterException for an override of a container the task definition lacks', async () => {
    const { execution } = await runTask(
      {},
      {
        ...parameters,
        Overrides: { ContainerOverrides: [{ Name: 'smoke-tests', Environment: [] }] },
      },
    );
    expect(execution).toMatchObject({ status: 'FAILED', error: 'ECS.InvalidParameterException' });
    expect(execution.cause).toContain('smoke-tests');
  });

  it('fails with AmazonECS.Unknown when RunTask places nothing (Failures)', async () => {
    script = { runSeconds: 20, exitCode: 0, failure: 'RESOURCE:MEMORY', containerSeconds: undefined };
    const { execution } = await runTask();
    expect(execution).toMatchObject({ status: 'FAILED', error: 'AmazonECS.Unknown' });
    expect(JSON.parse(String(execution.cause))).toMatchObject({ Failures: [{ Reason: 'RESOURCE:MEMORY' }] });
  });
});

void place;
