import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { StateMachineDefinition } from 'aws-local-stepfunctions';
import { smoke } from '../../../examples/hooks/smoke-hook.js';
import { type LocalStack, startLocalStack } from '../../../local/index.js';
import { scenarioFiles } from '../../../local/runs/router-view.js';
import { rollOutCanary, until } from '../support.js';

/**
 * The example hook (examples/hooks/smoke-hook.ts), as the scenario registers it (function `smoke`), invoked by
 * lambda:invoke of the local Step Functions: its smoke requests go through the stack's data plane, where the
 * test route sends the header's requests to the canary alone.
 */
let stack: LocalStack;
let machine = '';

const payload = {
  version: 1,
  deploymentId: 'd-7',
  stage: 'test-traffic',
  attempt: 1,
  canaryWeight: 0,
  testHeader: { name: 'x-canary', value: 'true' },
  canary: { cluster: 'apps', service: 'serviceBv2' },
};

beforeAll(async () => {
  stack = await startLocalStack({ scenario: scenarioFiles['app-mesh'] });
  // The test route a deploy with test-traffic-header adds: ahead of the production route, to the canary only.
  stack.appMesh.createRoute('apps', 'serviceB', new URLSearchParams(), {
    routeName: 'serviceB-test-traffic',
    spec: {
      priority: 1,
      httpRoute: {
        match: { prefix: '/', headers: [{ name: 'x-canary', match: { exact: 'true' } }] },
        action: { weightedTargets: [{ virtualNode: 'serviceBv2', weight: 1 }] },
      },
    },
  });
  const definition = {
    StartAt: 'Smoke',
    States: {
      Smoke: {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Parameters: { FunctionName: 'smoke', 'Payload.$': '$' },
        TimeoutSeconds: 60,
        End: true,
      },
    },
  };
  machine = stack.stepFunctions.createStateMachine('smoke', definition as unknown as StateMachineDefinition);
});

afterAll(async () => {
  await stack?.settled();
  await stack?.stop();
});

async function runSmoke(input: object = payload) {
  const { executionArn } = stack.stepFunctions.startExecution({
    stateMachineArn: machine,
    input: JSON.stringify(input),
  }) as { executionArn: string };
  await until(
    () => stack.stepFunctions.execution(executionArn)!.status !== 'RUNNING',
    15_000,
    'the smoke hook',
  );
  const execution = stack.stepFunctions.describeExecution({ executionArn });
  expect(execution.status).toBe('SUCCEEDED');
  return JSON.parse(String(execution.output)).Payload as { status: string; reason: string };
}

describe('the data plane', () => {
  it('routes a request with the test header to the canary and one without to the stable', async () => {
    const tested = await fetch(stack.dataPlane.url, { headers: { 'x-canary': 'true' } });
    const plain = await fetch(stack.dataPlane.url);
    expect([tested.status, tested.headers.get('x-served-by')]).toEqual([200, 'serviceBv2']);
    expect([plain.status, plain.headers.get('x-served-by')]).toEqual([200, 'serviceB']);
    expect(stack.dataPlane.requests().map((one) => one.via)).toEqual([
      'route serviceB-test-traffic',
      'route serviceB',
    ]);
  });
});

describe('the example smoke hook', () => {
  it('passes for a healthy canary, every request with the test header served by the canary', async () => {
    const before = stack.dataPlane.requests().length;
    expect(await runSmoke()).toEqual({
      status: 'SUCCEEDED',
      reason: '10 smoke requests passed (x-canary: true, test-traffic of d-7)',
    });
    const sent = stack.dataPlane.requests().slice(before);
    expect(sent).toHaveLength(10);
    expect(new Set(sent.map((one) => `${one.path} ${one.target} ${one.headers['x-canary']}`))).toEqual(
      new Set(['/ serviceBv2 true', '/health serviceBv2 true']),
    );
    expect(stack.hooks.invocations().findLast((one) => one.name === 'smoke')).toMatchObject({
      kind: 'function',
      payload,
      answer: 'SUCCEEDED: 10 smoke requests passed (x-canary: true, test-traffic of d-7)',
    });
  });

  it('fails naming the failed requests when the canary runs a -5xx version, and the hook task exits 1', async () => {
    rollOutCanary(stack, '2.0.1-5xx');
    await until(
      () => stack.service('serviceBv2').deployments.every((one) => one.rolloutState === 'COMPLETED'),
      15_000,
      'the -5xx canary rolled out',
    );
    expect(await runSmoke()).toEqual({
      status: 'FAILED',
      reason:
        '10 of 10 smoke requests failed (x-canary: true, test-traffic of d-7): GET / -> 500 (x5), GET /health -> 500 (x5)',
    });
    const plain = await fetch(stack.dataPlane.url);
    expect([plain.status, plain.headers.get('x-served-by')]).toEqual([200, 'serviceB']);
    expect(
      stack.ecs.runTask({
        cluster: 'apps',
        taskDefinition: 'smoke-task',
        launchType: 'FARGATE',
        networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0a1b2c3d4e5f60718'] } },
      }).tasks,
    ).toHaveLength(1);
    expect(stack.hooks.invocations().findLast((one) => one.kind === 'task')?.answer).toBe(
      'exits after 45 s: smoke 1',
    );
  });

  it('fails naming the input to set when the payload has no test header', async () => {
    const { testHeader: _, ...withoutHeader } = payload;
    expect(await runSmoke(withoutHeader)).toEqual({
      status: 'FAILED',
      reason:
        'the test-traffic payload has no testHeader: set the test-traffic-header input so smoke requests reach the canary',
    });
  });

  it('fails naming SMOKE_URL when it is not set, and refuses an event that is no hook payload', async () => {
    expect(await smoke(payload, {})).toEqual({
      status: 'FAILED',
      reason: 'SMOKE_URL is not set: give the function the URL testers reach the service at',
    });
    expect((await smoke({ stage: 'test-traffic' }, { SMOKE_URL: stack.dataPlane.url })).reason).toBe(
      'the event is not an appmesh-canary hook payload (no version)',
    );
  });
});
