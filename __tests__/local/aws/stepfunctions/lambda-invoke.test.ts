import { describe, expect, it } from '@jest/globals';
import type { LambdaHandler } from '../../../../local/aws/lambda/lambdas.js';
import { integrationWorld, place } from './integration-support.js';

/** arn:aws:states:::lambda:invoke through the local Step Functions, as AWS runs it. */
const arnOf = (name: string) => `arn:aws:lambda:${place.region}:${place.account}:function:${name}`;
const received: unknown[] = [];
const lambdas = new Map<string, LambdaHandler>([
  [
    arnOf('hook'),
    async (event) => {
      received.push(event);
      return { status: 'SUCCEEDED', reason: 'all good' };
    },
  ],
  [
    arnOf('broken'),
    async () => {
      throw Object.assign(new Error('smoke requests failed'), { name: 'SmokeFailed' });
    },
  ],
  [arnOf('plain-error'), async () => Promise.reject(new Error('boom'))],
  [
    arnOf('flaky'),
    async () => {
      flakyCalls++;
      if (flakyCalls <= 2) throw Object.assign(new Error('busy'), { name: 'TooBusy' });
      return { status: 'SUCCEEDED' };
    },
  ],
]);
let flakyCalls = 0;
const world = integrationWorld({ lambdas });
const invoke = (FunctionName: string, extra: Record<string, unknown> = {}) =>
  world.runTask(
    {
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName, 'Payload.$': '$' },
      ...extra,
    },
    { stage: 'test-traffic', step: 0 },
  );

describe('lambda:invoke', () => {
  it.each([
    ['a name', 'hook'],
    ['an ARN', arnOf('hook')],
    ['an ARN with a qualifier', `${arnOf('hook')}:$LATEST`],
    ['a partial ARN', `${place.account}:function:hook`],
  ])('invokes the function named by %s with the Payload and returns Invoke response', async (_, name) => {
    received.length = 0;
    const { execution, output, types } = await invoke(name);
    expect(execution.status).toBe('SUCCEEDED');
    expect(received).toEqual([{ stage: 'test-traffic', step: 0 }]);
    expect(output).toMatchObject({
      StatusCode: 200,
      ExecutedVersion: '$LATEST',
      Payload: { status: 'SUCCEEDED', reason: 'all good' },
      SdkHttpMetadata: { HttpStatusCode: 200 },
      SdkResponseMetadata: { RequestId: expect.any(String) },
    });
    expect(types).toEqual([
      'ExecutionStarted',
      'TaskStateEntered',
      'TaskScheduled',
      'TaskStarted',
      'TaskSucceeded',
      'TaskStateExited',
      'ExecutionSucceeded',
    ]);
  });

  it("fails with the function's errorType, its error JSON the cause", async () => {
    const { execution, events } = await invoke('broken');
    expect(execution).toMatchObject({ status: 'FAILED', error: 'SmokeFailed' });
    expect(JSON.parse(String(execution.cause))).toMatchObject({
      errorType: 'SmokeFailed',
      errorMessage: 'smoke requests failed',
    });
    const failed = events.find((event) => event.type === 'TaskFailed');
    expect(failed?.taskFailedEventDetails).toMatchObject({
      resourceType: 'lambda',
      resource: 'invoke',
      error: 'SmokeFailed',
    });
  });

  it('fails with Error for a plain Error thrown', async () => {
    expect((await invoke('plain-error')).execution).toMatchObject({ status: 'FAILED', error: 'Error' });
  });

  it('fails with Lambda.ResourceNotFoundException for a function that does not exist', async () => {
    const { execution } = await invoke('nobody');
    expect(execution).toMatchObject({ status: 'FAILED', error: 'Lambda.ResourceNotFoundException' });
    expect(execution.cause).toContain(arnOf('nobody'));
  });

  it('retries a failed attempt with its Retry backoff on the simulated clock', async () => {
    const { execution, events } = await invoke('flaky', {
      Retry: [{ ErrorEquals: ['TooBusy'], IntervalSeconds: 60, BackoffRate: 2, MaxAttempts: 3 }],
    });
    expect(execution.status).toBe('SUCCEEDED');
    const scheduled = events
      .filter((event) => event.type === 'TaskScheduled')
      .map((event) => (event.timestamp as number) * 1000);
    expect(scheduled).toHaveLength(3);
    const gaps = [scheduled[1]! - scheduled[0]!, scheduled[2]! - scheduled[1]!];
    expect(gaps[0]).toBeGreaterThanOrEqual(59_000);
    expect(gaps[0]).toBeLessThan(90_000);
    expect(gaps[1]).toBeGreaterThanOrEqual(119_000);
    expect(gaps[1]).toBeLessThan(150_000);
  });

  it('records TaskScheduled with the resolved parameters and the region', async () => {
    const { events } = await invoke('hook', { TimeoutSeconds: 30 });
    const scheduled = events.find((event) => event.type === 'TaskScheduled');
    expect(scheduled?.taskScheduledEventDetails).toEqual({
      resourceType: 'lambda',
      resource: 'invoke',
      region: place.region,
      parameters: JSON.stringify({ FunctionName: 'hook', Payload: { stage: 'test-traffic', step: 0 } }),
      timeoutInSeconds: 30,
    });
    expect(events.find((event) => event.type === 'TaskStarted')?.taskStartedEventDetails).toEqual({
      resourceType: 'lambda',
      resource: 'invoke',
    });
  });
});
