import { afterAll, describe, expect, it } from '@jest/globals';
import type { StateMachineDefinition } from 'aws-local-stepfunctions';
import { GuardRule } from '../../../../local/aws/eventbridge/eventbridge.js';
import type { LambdaHandler } from '../../../../local/aws/lambda/lambdas.js';
import type { Json } from '../../../../local/aws/protocol.js';
import { LocalStepFunctions } from '../../../../local/aws/stepfunctions/stepfunctions.js';
import { createClock } from '../../../../local/clock.js';
import { until } from '../../support.js';

/**
 * Every way a callback task (lambda:invoke.waitForTaskToken) can end, on the default clock (50 ms a simulated
 * minute): its token answered before or after the function returns, its timeout before the function returns,
 * the execution stopped. Each ends the task when it happens, with the events Step Functions records. The
 * functions here return only when the test lets them: a task outcome left unhandled until then would fail the
 * test (jest reports a rejection still unhandled when a test ends), as it ends the stack's process.
 */
const place = { region: 'us-west-2', account: '123456789012' };
const functionArn = 'arn:aws:lambda:us-west-2:123456789012:function:answer';
const clock = createClock();

const definition = {
  StartAt: 'Hold',
  States: {
    Hold: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
      Parameters: { FunctionName: functionArn, Payload: { 'taskToken.$': '$$.Task.Token' } },
      TimeoutSecondsPath: '$.timeoutSeconds',
      End: true,
    },
  },
} as unknown as StateMachineDefinition;

/** The function each test scripts: it gets the token and its own operations on the service. */
let script: (token: string) => Promise<unknown> = async () => ({});
const handler: LambdaHandler = async (event) => script((event as { taskToken: string }).taskToken);
const sfn = new LocalStepFunctions(
  place,
  clock,
  new Map([[functionArn, handler]]),
  new GuardRule(place, clock, undefined, ''),
);
const operations = sfn.operations();
const machine = sfn.createStateMachine('callbacks', definition);

afterAll(async () => {
  await sfn.settled();
});

/** A promise the test settles: the function returns when the test says so. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

let executions = 0;
function start(timeoutSeconds: number): string {
  const started = operations.StartExecution!({
    stateMachineArn: machine,
    name: `callback-${++executions}`,
    input: JSON.stringify({ timeoutSeconds }),
  }) as Json;
  return String(started.executionArn);
}

function describeExecution(executionArn: string) {
  return operations.DescribeExecution!({ executionArn }) as Json;
}

/** The events after TaskStateEntered, by type. */
function taskEvents(executionArn: string): string[] {
  const { events } = operations.GetExecutionHistory!({ executionArn, maxResults: 1000 }) as {
    events: { type: string }[];
  };
  return events.map((event) => event.type).slice(2);
}

function eventAt(executionArn: string, type: string): number {
  const { events } = operations.GetExecutionHistory!({ executionArn, maxResults: 1000 }) as {
    events: { type: string; timestamp: number }[];
  };
  return events.find((event) => event.type === type)!.timestamp * 1000;
}

async function ended(executionArn: string) {
  await until(() => describeExecution(executionArn).status !== 'RUNNING', 10_000, 'the execution to end');
  return describeExecution(executionArn);
}

describe('a callback task whose function answers its own token before returning', () => {
  it('fails when it sends SendTaskFailure, without waiting for the function to return', async () => {
    const held = gate();
    script = async (taskToken) => {
      operations.SendTaskFailure!({ taskToken, error: 'PauseTimedOut', cause: 'no one resumed it' });
      await held.opened;
      return { action: 'timed-out' };
    };
    const arn = start(3600);
    expect(await ended(arn)).toMatchObject({
      status: 'FAILED',
      error: 'PauseTimedOut',
      cause: 'no one resumed it',
    });
    held.open();
    await sfn.settled();
    expect(taskEvents(arn)).toEqual(['TaskScheduled', 'TaskStarted', 'TaskFailed', 'ExecutionFailed']);
  });

  it('succeeds when it sends SendTaskSuccess, without waiting for the function to return', async () => {
    const held = gate();
    script = async (taskToken) => {
      operations.SendTaskSuccess!({ taskToken, output: '{"decision":"resume"}' });
      await held.opened;
      return { action: 'recorded' };
    };
    const arn = start(3600);
    expect(await ended(arn)).toMatchObject({ status: 'SUCCEEDED', output: '{"decision":"resume"}' });
    held.open();
    await sfn.settled();
    expect(taskEvents(arn)).toEqual([
      'TaskScheduled',
      'TaskStarted',
      'TaskSucceeded',
      'TaskStateExited',
      'ExecutionSucceeded',
    ]);
  });

  it('gets its answer through after 40 ms of work: the run does not count on the simulated clock', async () => {
    // 40 ms real is 48 simulated seconds, more than the 10 s timeout.
    script = async (taskToken) => {
      await new Promise((resolve) => setTimeout(resolve, 40));
      operations.SendTaskFailure!({ taskToken, error: 'HealthCheckFailed', cause: 'FAIL while paused' });
      return { action: 'failed' };
    };
    const arn = start(10);
    expect(await ended(arn)).toMatchObject({ status: 'FAILED', error: 'HealthCheckFailed' });
  });
});

describe('a callback task whose function returns first', () => {
  it.each([
    ['SendTaskSuccess', 'TaskSucceeded', 'SUCCEEDED'],
    ['SendTaskFailure', 'TaskFailed', 'FAILED'],
  ] as const)('ends on %s after TaskSubmitted', async (operation, event, status) => {
    let token = '';
    script = async (taskToken) => {
      token = taskToken;
      return { action: 'held' };
    };
    const arn = start(3600);
    await until(() => taskEvents(arn).includes('TaskSubmitted'), 10_000, 'TaskSubmitted');
    operations[operation]!({ taskToken: token, output: '{}', error: 'Resumed', cause: 'by hand' });
    expect((await ended(arn)).status).toBe(status);
    expect(taskEvents(arn).slice(0, 4)).toEqual(['TaskScheduled', 'TaskStarted', 'TaskSubmitted', event]);
  });

  it('times out on the simulated clock the timeout after it returned', async () => {
    script = async () => {
      await new Promise((resolve) => setTimeout(resolve, 40));
      return { action: 'held' };
    };
    const arn = start(10);
    expect(await ended(arn)).toMatchObject({ status: 'FAILED', error: 'States.Timeout' });
    expect(taskEvents(arn)).toEqual([
      'TaskScheduled',
      'TaskStarted',
      'TaskSubmitted',
      'TaskTimedOut',
      'ExecutionFailed',
    ]);
    const waited = eventAt(arn, 'TaskTimedOut') - eventAt(arn, 'TaskSubmitted');
    expect(waited).toBeGreaterThanOrEqual(9_000);
  });
});

describe('a callback task whose function runs past the timeout in real time', () => {
  it('times out before the function returns; the function then finds its token ended', async () => {
    const held = gate();
    let late: unknown;
    script = async (taskToken) => {
      await held.opened;
      try {
        operations.SendTaskSuccess!({ taskToken, output: '{}' });
      } catch (error) {
        late = error;
      }
      return { action: 'gone' };
    };
    const arn = start(1);
    expect(await ended(arn)).toMatchObject({ status: 'FAILED', error: 'States.Timeout' });
    held.open();
    await sfn.settled();
    await until(() => late !== undefined, 5_000, 'the late answer');
    expect(late).toMatchObject({ name: 'TaskTimedOut' });
    expect(taskEvents(arn)).toEqual(['TaskScheduled', 'TaskStarted', 'TaskTimedOut', 'ExecutionFailed']);
  });
});

describe('a callback task of an execution stopped', () => {
  it.each([
    ['while its function runs', false],
    ['while it waits for its token', true],
  ])('%s ends with TaskStateAborted and no task event', async (_, returned) => {
    const held = gate();
    let token = '';
    script = async (taskToken) => {
      token = taskToken;
      if (!returned) await held.opened;
      return { action: 'held' };
    };
    const arn = start(3600);
    await until(
      () => token !== '' && taskEvents(arn).includes('TaskSubmitted') === returned,
      10_000,
      'the function to run',
    );
    operations.StopExecution!({ executionArn: arn, error: 'Operator', cause: 'stopped by hand' });
    held.open();
    expect(await ended(arn)).toMatchObject({ status: 'ABORTED', error: 'Operator' });
    await sfn.settled();
    expect(taskEvents(arn).filter((type) => type !== 'TaskSubmitted')).toEqual([
      'TaskScheduled',
      'TaskStarted',
      'TaskStateAborted',
      'ExecutionAborted',
    ]);
    expect(() => operations.SendTaskSuccess!({ taskToken: token, output: '{}' })).toThrow(
      expect.objectContaining({ name: 'TaskTimedOut' }),
    );
  });
});
