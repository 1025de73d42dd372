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
]);
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
