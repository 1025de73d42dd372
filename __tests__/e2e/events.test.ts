import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BusEvent, LocalStack } from '../../local/index.js';
import { type CanaryEventDetail, canaryEventDetailSchema, detailTypes } from '../../src/events/index.js';
import { type ActionRun, canaryWeightsWritten, deploy, e2eStack, finalState, stableOnly } from './harness.js';
import { itDrawsEveryJobSummary } from './job-summaries.js';

/**
 * The events a deployment puts on the default event bus: the real bundle (`node dist/index.js`) starts the
 * canary, the real state machine and Lambda handlers put the events, the local bus keeps them.
 */
let stack: LocalStack;
const timeout = 90_000;

beforeAll(async () => {
  stack = await e2eStack();
});

afterAll(async () => {
  await stack?.settled();
  await stack?.stop();
});

/** The events of the run's execution, in the order they were put. */
function eventsOf(run: ActionRun): BusEvent[] {
  const executionArn = run.outputs['execution-arn'];
  expect(executionArn).toMatch(/^arn:aws:states:/);
  return stack
    .eventsPut()
    .filter((event) => event.source === 'appmesh-canary' && event.resources.includes(executionArn!));
}

/** Each event as the schema describes it, named by its detail-type, with one readable line for people. */
function expectReadable(events: BusEvent[], run: ActionRun): CanaryEventDetail[] {
  return events.map((event) => {
    const parsed = canaryEventDetailSchema.safeParse(event.detail);
    expect(parsed.error).toBeUndefined();
    const detail = parsed.data!;
    expect(event['detail-type']).toBe(detailTypes[detail.transition]);
    expect(detail).toMatchObject({
      deploymentId: run.outputs['deployment-id'],
      executionArn: run.outputs['execution-arn'],
      router: 'app-mesh',
      routes: ['route serviceB of virtual router serviceB'],
    });
    expect(detail.message).toMatch(/^\S.*\S$/);
    expect(detail.message).not.toMatch(/[\r\n\u2028\u2029]/);
    expect(detail.message.length).toBeLessThan(600);
    expect(detail.message.startsWith(`${detail.deploymentId} `)).toBe(true);
    expect(detail.message.endsWith(` — ${detail.consoleUrl}`)).toBe(true);
    return detail;
  });
}

describe('the events of a deployment', () => {
  it(
    'a healthy deploy puts Canary Started, Step Shifted per step, then Promoted, in order',
    async () => {
      const run = await deploy(stack, '2.0.0');
      await stack.settled();
      expect(run.code).toBe(0);

      const events = eventsOf(run);
      expect(events.map((event) => event['detail-type'])).toEqual([
        'Canary Started',
        'Step Shifted',
        'Step Shifted',
        'Step Shifted',
        'Promoted',
      ]);
      const details = expectReadable(events, run);
      expect(details.map((detail) => [detail.step?.weight ?? '-', detail.weights])).toEqual([
        ['-', { canary: 0, stable: 100 }],
        [25, { canary: 25, stable: 75 }],
        [50, { canary: 50, stable: 50 }],
        [100, { canary: 100, stable: 0 }],
        ['-', { canary: 0, stable: 100 }],
      ]);
      expect(details.at(-1)!.message).toMatch(
        new RegExp(
          `^${run.outputs['deployment-id']} promoted: serviceB runs taskB:\\d+, the version checked as taskBv2:\\d+; `,
        ),
      );
      // Each transition once: no transitionId twice.
      expect(new Set(details.map((detail) => detail.transitionId)).size).toBe(details.length);
    },
    timeout,
  );

  it(
    'a canary answering 5% 5xx puts Check Failed, then Rolled Back',
    async () => {
      const run = await deploy(stack, '2.0.1-5xx');
      await stack.settled();
      expect(run.code).toBe(1);

      const events = eventsOf(run);
      expect(events.map((event) => event['detail-type'])).toEqual([
        'Canary Started',
        'Step Shifted',
        'Check Failed',
        'Rolled Back',
      ]);
      const [, , failed, rolledBack] = expectReadable(events, run);
      expect(failed).toMatchObject({
        verdict: 'FAIL',
        step: { number: 1, of: 3, weight: 25 },
        weights: { canary: 25, stable: 75 },
      });
      expect(failed!.reason).toMatch(/5xx.*; triggers the rollback/);
      expect(rolledBack!.weights).toEqual({ canary: 0, stable: 100 });
      expect(rolledBack!.message).toMatch(
        new RegExp(
          `^${run.outputs['deployment-id']} rolled back: HealthCheckFailed: FAIL at 25% \\(step 1 of 3\\)`,
        ),
      );
      expect(finalState(stack).route).toEqual(stableOnly);
    },
    timeout,
  );

  it(
    'an event bus that refuses every put changes nothing: the canary promotes as it would have',
    async () => {
      const putsBefore = stack.calls.count('events', 'PutEvents');
      const writes = stack.appMesh.routeWrites.length;
      stack.injectFault({
        service: 'events',
        operation: 'PutEvents',
        times: 1000,
        error: {
          code: 'AccessDeniedException',
          status: 400,
          message: 'not authorized to perform: events:PutEvents on resource: event-bus/default',
        },
      });
      try {
        const run = await deploy(stack, '2.1.0');
        await stack.settled();

        expect(run.code).toBe(0);
        expect(run.outputs.status).toBe('SUCCEEDED');
        expect(canaryWeightsWritten(stack, writes)).toEqual([25, 50, 100, 0]);
        expect(finalState(stack).route).toEqual(stableOnly);
        expect(eventsOf(run)).toEqual([]);
        // Each of the five transitions tried once: a denied put is not retried.
        expect(stack.calls.count('events', 'PutEvents') - putsBefore).toBe(5);
      } finally {
        stack.clearFaults();
      }
    },
    timeout,
  );
});

itDrawsEveryJobSummary('events.test.ts');
