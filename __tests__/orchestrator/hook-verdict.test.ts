import { describe, expect, it } from '@jest/globals';
import type { DocumentHook } from '../../src/orchestrator/hooks/plan.js';
import { judgeHookResult } from '../../src/orchestrator/hooks/verdict.js';

const lambda: DocumentHook = {
  kind: 'lambda',
  target: 'arn:aws:lambda:us-west-2:123456789012:function:smoke',
};
const task: DocumentHook = {
  kind: 'ecs-task',
  target: 'arn:aws:ecs:us-west-2:123456789012:task-definition/smoke:3',
  cluster: 'apps',
  awsvpcConfiguration: { subnets: ['subnet-1'] },
  placement: { launchType: 'FARGATE' },
  containers: ['smoke', 'sidecar'],
  essential: ['smoke'],
};
const https: DocumentHook = {
  kind: 'https',
  target: 'https://hooks.example.com/verify',
  connectionArn: 'arn:aws:events:us-west-2:123456789012:connection/hooks/1',
};

/** lambda:invoke's output, as Step Functions returns it. */
const invoked = (payload: unknown, extra: Record<string, unknown> = {}) => ({
  ExecutedVersion: '$LATEST',
  Payload: payload,
  SdkHttpMetadata: { HttpStatusCode: 200 },
  SdkResponseMetadata: { RequestId: '0b1c' },
  StatusCode: 200,
  ...extra,
});

/** ecs:runTask.sync's output: the stopped task as DescribeTasks returns it, PascalCase. */
const stopped = (
  containers: Array<Record<string, unknown>>,
  stoppedReason = 'Essential container in task exited',
) => ({
  Attachments: [],
  ClusterArn: 'arn:aws:ecs:us-west-2:123456789012:cluster/apps',
  Containers: containers,
  DesiredStatus: 'STOPPED',
  LastStatus: 'STOPPED',
  LaunchType: 'FARGATE',
  StopCode: 'EssentialContainerExited',
  StoppedReason: stoppedReason,
  TaskArn: 'arn:aws:ecs:us-west-2:123456789012:task/apps/9a8b7c',
  TaskDefinitionArn: task.target,
});

describe('a Lambda hook’s answer', () => {
  it.each([
    [{ status: 'SUCCEEDED', reason: '10 of 10 passed' }, 'SUCCEEDED', '10 of 10 passed'],
    [{ status: 'FAILED', reason: '3 of 10 failed' }, 'FAILED', '3 of 10 failed'],
    [{ status: 'IN_PROGRESS' }, 'IN_PROGRESS', 'answered IN_PROGRESS'],
    ['{"status":"SUCCEEDED","reason":"as JSON text"}', 'SUCCEEDED', 'as JSON text'],
  ])('reads the status of %j', (payload, verdict, reason) => {
    expect(judgeHookResult(lambda, invoked(payload))).toEqual({ verdict, reason });
  });

  it.each([
    [
      invoked({ status: 'ok' }),
      'the function answered status "ok"; expected SUCCEEDED, FAILED or IN_PROGRESS',
    ],
    [
      invoked('not json'),
      'the function answered not json, not {"status": "SUCCEEDED" | "FAILED" | "IN_PROGRESS", "reason": "…"}',
    ],
    [
      invoked(null),
      'the function answered nothing, not {"status": "SUCCEEDED" | "FAILED" | "IN_PROGRESS", "reason": "…"}',
    ],
    [
      invoked({ errorMessage: 'boom', errorType: 'Error' }, { FunctionError: 'Unhandled' }),
      'the function failed (Unhandled): {"errorMessage":"boom","errorType":"Error"}',
    ],
    [
      { Error: 'Lambda.AWSLambdaException', Cause: 'Rate exceeded' },
      'the function failed: Lambda.AWSLambdaException: Rate exceeded',
    ],
    [{ Error: 'States.Timeout', Cause: '' }, 'no answer in time (States.Timeout)'],
  ])('fails %j', (result, reason) => {
    expect(judgeHookResult(lambda, result)).toEqual({ verdict: 'FAILED', reason });
  });
});

describe('an ECS task hook’s stopped task', () => {
  it('passes when every essential container exited 0, whatever the others did', () => {
    const result = stopped([
      { Name: 'smoke', ExitCode: 0, LastStatus: 'STOPPED' },
      { Name: 'sidecar', ExitCode: 137, LastStatus: 'STOPPED' },
    ]);
    expect(judgeHookResult(task, result)).toEqual({
      verdict: 'SUCCEEDED',
      reason: 'task 9a8b7c: smoke exited 0',
    });
  });

  it.each([
    [
      stopped([{ Name: 'smoke', ExitCode: 3 }]),
      'task 9a8b7c: smoke exited 3 (Essential container in task exited)',
    ],
    [
      stopped(
        [{ Name: 'smoke', Reason: 'CannotPullContainerError: pull access denied' }],
        'Task failed to start',
      ),
      'task 9a8b7c: smoke has no exit code (CannotPullContainerError: pull access denied) (Task failed to start)',
    ],
    [
      stopped([{ Name: 'sidecar', ExitCode: 0 }]),
      'task 9a8b7c: essential container smoke is not in the task (Essential container in task exited)',
    ],
  ])('fails %#', (result, reason) => {
    expect(judgeHookResult(task, result)).toEqual({ verdict: 'FAILED', reason });
  });

  it('judges the task a failed runTask.sync carries in its cause', () => {
    const cause = JSON.stringify(stopped([{ Name: 'smoke', ExitCode: 1 }]));
    expect(judgeHookResult(task, { Error: 'States.TaskFailed', Cause: cause })).toEqual({
      verdict: 'FAILED',
      reason: 'task 9a8b7c: smoke exited 1 (Essential container in task exited)',
    });
    expect(
      judgeHookResult(task, {
        Error: 'ECS.AccessDeniedException',
        Cause: 'not authorized to perform ecs:RunTask',
      }),
    ).toEqual({
      verdict: 'FAILED',
      reason: 'the task failed: ECS.AccessDeniedException: not authorized to perform ecs:RunTask',
    });
  });
});

describe('an https hook’s answer', () => {
  it('passes a 2xx', () => {
    const result = {
      Headers: { 'content-type': ['text/plain'] },
      ResponseBody: 'ok',
      StatusCode: 204,
      StatusText: 'No Content',
    };
    expect(judgeHookResult(https, result)).toEqual({ verdict: 'SUCCEEDED', reason: 'HTTP 204: ok' });
  });

  it('fails the status error http:invoke raises, quoting the body', () => {
    const cause = JSON.stringify({
      ResponseBody: { error: 'db down' },
      StatusCode: 503,
      StatusText: 'Service Unavailable',
    });
    expect(judgeHookResult(https, { Error: 'States.Http.StatusCode.503', Cause: cause })).toEqual({
      verdict: 'FAILED',
      reason: 'HTTP 503: {"error":"db down"}',
    });
  });

  it('fails no answer, and a call the connection refused', () => {
    expect(judgeHookResult(https, { Error: 'States.Timeout', Cause: '' }).verdict).toBe('FAILED');
    expect(judgeHookResult(https, { Error: 'States.Http.Socket', Cause: 'connect ECONNREFUSED' })).toEqual({
      verdict: 'FAILED',
      reason: 'the call failed: States.Http.Socket: connect ECONNREFUSED',
    });
  });
});

it('fails a hook the state machine passed no result for', () => {
  expect(judgeHookResult(lambda, undefined).verdict).toBe('FAILED');
});
