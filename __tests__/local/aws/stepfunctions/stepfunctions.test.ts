import {
  DescribeExecutionCommand,
  ExecutionAlreadyExists,
  ExecutionDoesNotExist,
  GetExecutionHistoryCommand,
  type HistoryEvent,
  InvalidArn,
  InvalidExecutionInput,
  InvalidName,
  ListExecutionsCommand,
  SFNClient,
  StartExecutionCommand,
  StateMachineDoesNotExist,
  StopExecutionCommand,
} from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type LocalStack, startLocalStack } from '../../../../local/index.js';
import { startCanary as startCanaryAsTheAction } from '../../../../local/runs/canary.js';
import { until } from '../../support.js';

let stack: LocalStack;
let sfn: SFNClient;

beforeAll(async () => {
  stack = await startLocalStack({
    scenario: {
      versions: [
        { image: 'serviceb:2.0.0', errorRatePct: 0.1 },
        { image: 'serviceb:2.1.0-bad', errorRatePct: 5 },
        { image: 'serviceb:2.2.0', errorRatePct: 0.1 },
      ],
    },
  });
  sfn = new SFNClient({
    endpoint: stack.endpoint,
    region: stack.region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
});

afterAll(async () => {
  await stack.settled();
  sfn.destroy();
  await stack.stop();
});

/** Rolls the version out to the canary service as the Action does, then starts the execution through the API. */
function startCanary(tag: string) {
  return startCanaryAsTheAction(stack, tag);
}

async function historyOf(executionArn: string): Promise<HistoryEvent[]> {
  const { events } = await sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 1000 }));
  return events ?? [];
}

const snapshotTargets = [{ virtualNode: 'serviceB', weight: 100 }];

describe('request validation', () => {
  it.each([
    ['a malformed state machine ARN', { stateMachineArn: 'appmesh-canary' }, InvalidArn],
    [
      'a state machine that does not exist',
      { stateMachineArn: 'arn:aws:states:us-west-2:123456789012:stateMachine:other' },
      StateMachineDoesNotExist,
    ],
    ['input that is not JSON', { input: '{document' }, InvalidExecutionInput],
    ['a name with a space', { name: 'canary 1' }, InvalidName],
  ])('StartExecution refuses %s', async (_, change, error) => {
    const start = sfn.send(
      new StartExecutionCommand({ stateMachineArn: stack.stateMachineArn, input: '{}', ...change }),
    );
    await expect(start).rejects.toBeInstanceOf(error);
  });

  it('DescribeExecution answers ExecutionDoesNotExist', async () => {
    await expect(
      sfn.send(
        new DescribeExecutionCommand({
          executionArn: 'arn:aws:states:us-west-2:123456789012:execution:appmesh-canary:nope',
        }),
      ),
    ).rejects.toBeInstanceOf(ExecutionDoesNotExist);
  });
});

describe('a healthy canary', () => {
  let executionArn: string;
  let newTaskDefinitionArn: string;

  beforeAll(async () => {
    ({ executionArn, newTaskDefinitionArn } = await startCanary('2.0.0'));
    await stack.settled();
  });

  it('succeeds, with the route back on the stable node now running the new version', async () => {
    const execution = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    expect(execution.status).toBe('SUCCEEDED');
    expect(execution.stopDate?.getTime()).toBeGreaterThan(execution.startDate!.getTime());
    expect(stack.routeTargets()).toEqual(snapshotTargets);
    expect(stack.service('serviceB').image).toMatch(/serviceb:2\.0\.0$/);
    expect(stack.service('serviceBv2')).toMatchObject({
      desiredCount: 0,
      taskDefinition: newTaskDefinitionArn,
    });
  });

  it('went through 25%, 50% and 100% on the route, as the route writes show', () => {
    const canaryWeights = stack.appMesh.routeWrites
      .filter((write) => write.route === 'serviceB')
      .map((write) => JSON.stringify(write.spec).match(/"serviceBv2","weight":(\d+)/)?.[1] ?? '0');
    expect(canaryWeights).toEqual(['0', '25', '50', '100', '0']);
  });

  it('records the history as Step Functions names it for Lambda function ARNs', async () => {
    const events = await historyOf(executionArn);
    expect(events.slice(0, 6).map((event) => event.type)).toEqual([
      'ExecutionStarted',
      'TaskStateEntered',
      'LambdaFunctionScheduled',
      'LambdaFunctionStarted',
      'LambdaFunctionSucceeded',
      'TaskStateExited',
    ]);
    expect(events.at(-1)?.type).toBe('ExecutionSucceeded');
    expect(events.map((event) => event.id)).toEqual(events.map((_, index) => index + 1));
    expect(events[1]?.stateEnteredEventDetails?.name).toBe('Init');
    expect(events[2]?.lambdaFunctionScheduledEventDetails?.resource).toBe(
      'arn:aws:lambda:us-west-2:123456789012:function:appmesh-canary-init',
    );
    const shifts = events
      .filter((event) => event.type === 'LambdaFunctionSucceeded')
      .map((event) => JSON.parse(event.lambdaFunctionSucceededEventDetails?.output ?? '{}').reason as string)
      .filter((reason) => reason?.startsWith('canary at'));
    expect(shifts.map((reason) => reason.split(' (')[0])).toEqual([
      'canary at 25%',
      'canary at 50%',
      'canary at 100%',
    ]);
    const waits = events.filter((event) => event.type === 'WaitStateEntered');
    expect(waits.length).toBeGreaterThanOrEqual(15);
  });

  it('spaces the bakes by the check interval on the simulated clock', async () => {
    const events = await historyOf(executionArn);
    const bakes = events.filter(
      (event) => event.type === 'WaitStateEntered' && event.stateEnteredEventDetails?.name === 'Bake',
    );
    const exits = events.filter((event) => event.type === 'WaitStateExited');
    const first = bakes[0]!;
    const exit = exits.find((event) => event.id! > first.id!)!;
    const seconds = (exit.timestamp!.getTime() - first.timestamp!.getTime()) / 1000;
    expect(seconds).toBeGreaterThanOrEqual(59);
    expect(seconds).toBeLessThan(90);
  });

  it('pages the history and reverses it on request', async () => {
    const all = await historyOf(executionArn);
    const page = await sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 5 }));
    expect(page.events?.map((event) => event.id)).toEqual([1, 2, 3, 4, 5]);
    const next = await sfn.send(
      new GetExecutionHistoryCommand({ executionArn, maxResults: 5, nextToken: page.nextToken }),
    );
    expect(next.events?.[0]?.id).toBe(6);
    const reversed = await sfn.send(
      new GetExecutionHistoryCommand({ executionArn, reverseOrder: true, maxResults: 1 }),
    );
    expect(reversed.events?.[0]?.id).toBe(all.length);
  });

  it('lists it under its status, and refuses its name for another execution', async () => {
    const succeeded = await sfn.send(
      new ListExecutionsCommand({ stateMachineArn: stack.stateMachineArn, statusFilter: 'SUCCEEDED' }),
    );
    expect(succeeded.executions?.map((execution) => execution.executionArn)).toContain(executionArn);
    const running = await sfn.send(
      new ListExecutionsCommand({ stateMachineArn: stack.stateMachineArn, statusFilter: 'RUNNING' }),
    );
    expect(running.executions).toEqual([]);
    await expect(
      sfn.send(
        new StartExecutionCommand({
          stateMachineArn: stack.stateMachineArn,
          name: executionArn.split(':').at(-1),
          input: '{}',
        }),
      ),
    ).rejects.toBeInstanceOf(ExecutionAlreadyExists);
  });
});

describe('a canary answering 5% 5xx', () => {
  let executionArn: string;

  beforeAll(async () => {
    ({ executionArn } = await startCanary('2.1.0-bad'));
    await stack.settled();
  });

  it('fails with the health verdict as error and cause, after restoring the route', async () => {
    const execution = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    expect(execution.status).toBe('FAILED');
    expect(execution.error).toBe('HealthCheckFailed');
    expect(execution.cause).toMatch(/^FAIL at 25% \(step 1 of 3\)/);
    expect(stack.routeTargets()).toEqual(snapshotTargets);
    expect(stack.service('serviceBv2').desiredCount).toBe(0);
    expect(stack.service('serviceB').image).toMatch(/serviceb:2\.0\.0$/);
  });

  it('ends with Rollback, the after-rollback hooks skipped, the check that it is complete, and the RolledBack Fail state', async () => {
    const history = await historyOf(executionArn);
    expect(history.slice(-8).map((event) => event.type)).toEqual([
      'LambdaFunctionSucceeded',
      'TaskStateExited',
      'ChoiceStateEntered',
      'ChoiceStateExited',
      'ChoiceStateEntered',
      'ChoiceStateExited',
      'FailStateEntered',
      'ExecutionFailed',
    ]);
    expect(history.at(-6)?.stateEnteredEventDetails?.name).toBe('AfterRollbackChoice');
    expect(history.at(-4)?.stateEnteredEventDetails?.name).toBe('RollbackComplete');
    expect(history.at(-2)?.stateEnteredEventDetails?.name).toBe('RolledBack');
  });

  it('is delivered to the guard, which finds nothing left to undo', () => {
    const delivery = stack.guard.invocations.find((invocation) => invocation.executionArn === executionArn);
    expect(delivery).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(delivery?.result).toMatchObject({ action: 'rolled-back' });
    expect(JSON.stringify(delivery?.result)).toMatch(/already at the snapshot/);
  });
});

describe('an execution stopped from outside', () => {
  let executionArn: string;

  beforeAll(async () => {
    ({ executionArn } = await startCanary('2.2.0'));
    await until(
      () =>
        stack.routeTargets().some((target) => target.virtualNode === 'serviceBv2' && target.weight === 25),
      10_000,
      'the canary at 25%',
    );
    await sfn.send(new StopExecutionCommand({ executionArn, error: 'Operator', cause: 'stopped by hand' }));
    await stack.settled();
  });

  it('is ABORTED with the error and cause it was stopped with', async () => {
    const execution = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    expect(execution).toMatchObject({ status: 'ABORTED', error: 'Operator', cause: 'stopped by hand' });
    const events = await historyOf(executionArn);
    expect(events.at(-1)).toMatchObject({
      type: 'ExecutionAborted',
      executionAbortedEventDetails: { error: 'Operator', cause: 'stopped by hand' },
    });
    expect(events.at(-2)?.type).toMatch(/^(Task|Wait)StateAborted$/);
  });

  it('has its route restored and its canary scaled to 0 by the guard', () => {
    const delivery = stack.guard.invocations.find((invocation) => invocation.executionArn === executionArn);
    expect(delivery?.result).toMatchObject({
      action: 'rolled-back',
      rollback: { restoredRoutes: ['serviceB'] },
    });
    expect(stack.routeTargets()).toEqual([{ virtualNode: 'serviceB', weight: 100 }]);
    expect(stack.service('serviceBv2').desiredCount).toBe(0);
  });

  it('changes nothing when stopped again', async () => {
    const before = stack.calls.count();
    await sfn.send(new StopExecutionCommand({ executionArn }));
    const execution = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    expect(execution.status).toBe('ABORTED');
    expect(stack.calls.count('states', 'StopExecution')).toBeGreaterThan(0);
    expect(stack.calls.count()).toBe(before + 2);
  });
});

describe('two canaries on one route', () => {
  it('refuses the younger one with CanaryAlreadyRunning, changing nothing', async () => {
    const first = await startCanary('2.2.0');
    await until(
      () => stack.routeTargets().some((target) => target.virtualNode === 'serviceBv2' && target.weight > 0),
      10_000,
      'the first canary to shift',
    );
    const second = await sfn.send(
      new StartExecutionCommand({
        stateMachineArn: stack.stateMachineArn,
        name: 'second-on-the-route',
        input: JSON.stringify({ document: first.document }),
      }),
    );
    await until(
      async () =>
        (await sfn.send(new DescribeExecutionCommand({ executionArn: second.executionArn }))).status !==
        'RUNNING',
      10_000,
      'the second execution to end',
    );
    const refused = await sfn.send(new DescribeExecutionCommand({ executionArn: second.executionArn }));
    expect(refused).toMatchObject({ status: 'FAILED', error: 'CanaryAlreadyRunning' });
    const cause = JSON.parse(refused.cause ?? '{}');
    expect(cause).toMatchObject({ errorType: 'CanaryAlreadyRunning' });
    expect(cause.errorMessage).toContain(first.executionArn);
    const entered = (await historyOf(second.executionArn!))
      .filter((event) => event.type?.endsWith('StateEntered'))
      .map((event) => event.stateEnteredEventDetails?.name);
    expect(entered).toEqual(['Init', 'Refused']);
    const guarded = stack.guard.invocations.find(
      (invocation) => invocation.executionArn === second.executionArn,
    );
    expect(guarded?.result).toMatchObject({ action: 'skipped' });
    await sfn.send(new StopExecutionCommand({ executionArn: first.executionArn }));
    await stack.settled();
  });
});
