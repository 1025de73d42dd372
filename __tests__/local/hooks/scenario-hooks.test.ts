import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { StateMachineDefinition } from 'aws-local-stepfunctions';
import type { Json } from '../../../local/aws/protocol.js';
import { type LocalStack, startLocalStack } from '../../../local/index.js';
import { scenarioFiles } from '../../../local/runs/router-view.js';
import { until } from '../support.js';

/**
 * The scenario's hooks in a running stack, called by tiny machines of the local Step Functions (not the
 * project's): scripted answers per call, function errors, no answer, hook tasks by the canary's image, HTTPS
 * endpoints through a scenario connection; every call recorded with its payload and written to the log.
 */
let stack: LocalStack;
const logged: string[] = [];
let machines = 0;

beforeAll(async () => {
  stack = await startLocalStack({ scenario: scenarioFiles['app-mesh'], log: (line) => logged.push(line) });
});

afterAll(async () => {
  await stack?.settled();
  await stack?.stop();
});

async function run(task: Json, input: Json = { deploymentId: 'd-1', stage: 'test-traffic', version: 1 }) {
  const definition = { StartAt: 'Hook', States: { Hook: { Type: 'Task', ...task, End: true } } };
  const machine = stack.stepFunctions.createStateMachine(
    `hook-${++machines}`,
    definition as unknown as StateMachineDefinition,
  );
  const { executionArn } = stack.stepFunctions.startExecution({
    stateMachineArn: machine,
    input: JSON.stringify(input),
  }) as { executionArn: string };
  await until(
    () => stack.stepFunctions.execution(executionArn)!.status !== 'RUNNING',
    15_000,
    'the hook run',
  );
  const execution = stack.stepFunctions.describeExecution({ executionArn });
  return {
    execution,
    output: execution.output === undefined ? undefined : JSON.parse(String(execution.output)),
  };
}

const invokeFunction = (name: string, extra: Json = {}) =>
  run({
    Resource: 'arn:aws:states:::lambda:invoke',
    Parameters: { FunctionName: stack.hooks.functionArn(name), 'Payload.$': '$' },
    ...extra,
  });

describe('scenario hook functions', () => {
  it('answer as scripted per call, the last answer repeating; each call recorded and logged', async () => {
    const name = 'gate-in-progress-then-succeeded';
    const answers = [];
    for (let call = 0; call < 3; call++) answers.push((await invokeFunction(name)).output.Payload.status);
    expect(answers).toEqual(['IN_PROGRESS', 'SUCCEEDED', 'SUCCEEDED']);
    const calls = stack.hooks.invocations().filter((one) => one.name === name);
    expect(calls.map((one) => [one.kind, one.call, one.answer])).toEqual([
      ['function', 1, 'IN_PROGRESS'],
      ['function', 2, 'SUCCEEDED'],
      ['function', 3, 'SUCCEEDED'],
    ]);
    expect(calls[0]!.payload).toEqual({ deploymentId: 'd-1', stage: 'test-traffic', version: 1 });
    expect(logged.filter((line) => line.startsWith(`hook function ${name} call`))).toHaveLength(3);
  });

  it('answer FAILED with the scripted reason', async () => {
    const { output } = await invokeFunction('gate-fails');
    expect(output.Payload).toEqual({ status: 'FAILED', reason: 'change freeze: no deploys today' });
  });

  it('fail as a function error: the state fails with its errorType', async () => {
    const { execution } = await invokeFunction('gate-crashes');
    expect(execution).toMatchObject({ status: 'FAILED', error: 'Error' });
    expect(JSON.parse(String(execution.cause))).toMatchObject({ errorMessage: 'the hook crashed' });
  });

  it('fail as Lambda.Unknown when a call runs past the function’s timeout', async () => {
    stack.scenario.load({
      ...stack.scenario.current,
      hooks: {
        ...stack.scenario.current.hooks,
        functions: [
          { name: 'gate-slow', answers: [{ status: 'SUCCEEDED', delaySeconds: 300 }], timeoutSeconds: 60 },
        ],
      },
    });
    await stack.hooks.ready();
    const { execution } = await invokeFunction('gate-slow');
    expect(execution).toMatchObject({ status: 'FAILED', error: 'Lambda.Unknown' });
    expect(execution.cause).toContain('Task timed out after 60.00 seconds');
  });

  it('never answer: the state times out on the simulated clock', async () => {
    const { execution } = await invokeFunction('gate-never-answers', { TimeoutSeconds: 120 });
    expect(execution).toMatchObject({ status: 'FAILED', error: 'States.Timeout' });
  });
});

describe('scenario hook tasks', () => {
  const runTask = () =>
    run(
      {
        Resource: 'arn:aws:states:::ecs:runTask.sync',
        Parameters: {
          Cluster: 'apps',
          TaskDefinition: 'smoke-task',
          LaunchType: 'FARGATE',
          NetworkConfiguration: { AwsvpcConfiguration: { Subnets: ['subnet-0a1b2c3d4e5f60718'] } },
          Overrides: {
            ContainerOverrides: [
              {
                Name: 'smoke',
                Environment: [{ Name: 'APPMESH_CANARY_HOOK', 'Value.$': 'States.JsonToString($)' }],
              },
            ],
          },
        },
        TimeoutSeconds: 600,
      },
      { deploymentId: 'd-2', stage: 'after-canary-stable', version: 1 },
    );

  it('are registered at seed and run with the environment given, exiting 0 for a healthy canary', async () => {
    const { execution, output } = await runTask();
    expect(execution.status).toBe('SUCCEEDED');
    expect(output.Containers).toEqual([expect.objectContaining({ Name: 'smoke', ExitCode: 0 })]);
    const call = stack.hooks.invocations().findLast((one) => one.kind === 'task')!;
    expect(call).toMatchObject({ name: 'smoke-task', answer: 'exits after 45 s: smoke 0' });
    const environment = (call.payload as Record<string, Record<string, string>>).smoke!;
    expect(JSON.parse(environment.APPMESH_CANARY_HOOK!)).toMatchObject({ deploymentId: 'd-2' });
    expect(environment.APPMESH_CANARY_SMOKE_URL).toBe(stack.dataPlane.url);
  });
});

describe('a scenario hook task with a run per container', () => {
  it('stops when its essential container exits, the load generator beside it stopped (137)', async () => {
    const { hooks } = stack.scenario.current;
    stack.scenario.load({
      ...stack.scenario.current,
      hooks: {
        ...hooks,
        taskDefinitions: [
          {
            family: 'load-and-smoke',
            runSeconds: 'never',
            containers: [
              { name: 'smoke', runSeconds: 20 },
              { name: 'load', essential: false, runSeconds: 'never' },
            ],
          },
        ],
      },
    });
    const { output } = await run({
      Resource: 'arn:aws:states:::ecs:runTask.sync',
      Parameters: {
        Cluster: 'apps',
        TaskDefinition: 'load-and-smoke',
        LaunchType: 'FARGATE',
        NetworkConfiguration: { AwsvpcConfiguration: { Subnets: ['subnet-0a1b2c3d4e5f60718'] } },
      },
      TimeoutSeconds: 600,
    });
    stack.scenario.load({ ...stack.scenario.current, hooks });
    expect(output.Containers).toEqual([
      expect.objectContaining({ Name: 'smoke', ExitCode: 0 }),
      expect.objectContaining({ Name: 'load', ExitCode: 137 }),
    ]);
    expect(stack.hooks.invocations().findLast((one) => one.kind === 'task')?.answer).toBe(
      'smoke runs 20 s, load runs until stopped, others until stopped; scripted exit codes smoke 0, load 0',
    );
  });
});

describe('scenario hook endpoints', () => {
  const post = (path: string, extra: Json = {}) =>
    run({
      Resource: 'arn:aws:states:::http:invoke',
      Parameters: {
        ApiEndpoint: stack.hooks.endpointUrl(path),
        Method: 'POST',
        Authentication: { ConnectionArn: stack.hooks.connectionArn('hooks') },
        'RequestBody.$': '$',
      },
      ...extra,
    });

  it('answer over HTTPS with the scripted status, the connection’s key and the payload received', async () => {
    const ok = await post('/hooks/ok');
    expect(ok.output).toMatchObject({ StatusCode: '200', ResponseBody: { status: 'SUCCEEDED' } });
    const failed = await post('/hooks/fails');
    expect(failed.execution).toMatchObject({ status: 'FAILED', error: 'States.Http.StatusCode.500' });
    const calls = stack.hooks.invocations().filter((one) => one.kind === 'endpoint');
    expect(calls.map((one) => [one.name, one.answer])).toEqual([
      ['/hooks/ok', 'HTTP 200'],
      ['/hooks/fails', 'HTTP 500'],
    ]);
    expect(calls[0]!.payload).toMatchObject({
      method: 'POST',
      headers: { 'x-hook-key': 'local' },
      body: { deploymentId: 'd-1', stage: 'test-traffic', version: 1 },
    });
  });

  it('answer after their scripted delay, on the simulated clock: within the timeout or past it', async () => {
    const { hooks } = stack.scenario.current;
    stack.scenario.load({
      ...stack.scenario.current,
      hooks: {
        ...hooks,
        endpoints: [
          ...hooks.endpoints,
          {
            path: '/hooks/slow',
            answers: [{ status: 200, body: { status: 'SUCCEEDED' }, delaySeconds: 20 }],
          },
        ],
      },
    });
    expect((await post('/hooks/slow', { TimeoutSeconds: 58 })).execution.status).toBe('SUCCEEDED');
    expect((await post('/hooks/slow', { TimeoutSeconds: 5 })).execution).toMatchObject({
      status: 'FAILED',
      error: 'States.Timeout',
    });
    // Step Functions gives an HTTP call at most 60 seconds, whatever the state's timeout.
    stack.scenario.load({
      ...stack.scenario.current,
      hooks: { ...hooks, endpoints: [{ path: '/hooks/slow', answers: [{ status: 200, delaySeconds: 90 }] }] },
    });
    expect((await post('/hooks/slow', { TimeoutSeconds: 300 })).execution).toMatchObject({
      status: 'FAILED',
      error: 'States.Http.Socket',
    });
    stack.scenario.load({ ...stack.scenario.current, hooks });
  });

  it('that never answer time the state out', async () => {
    const { execution } = await post('/hooks/silent', { TimeoutSeconds: 30 });
    expect(execution).toMatchObject({ status: 'FAILED', error: 'States.Timeout' });
  });
});
