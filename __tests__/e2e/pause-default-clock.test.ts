import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type LocalStack, startLocalStack } from '../../local/index.js';
import {
  action,
  canaryWeight,
  deployInputs,
  finalState,
  routeModeInputs,
  scenarioFile,
  stableOnly,
  until,
  versionFailingOnCue,
} from './harness.js';
import { itDrawsEveryJobSummary } from './job-summaries.js';

/**
 * Every way a pause ends, on the stack's default clock (50 ms per simulated minute) with 10 s checks: a Hold
 * task's interval is about 8 ms real, less than its function takes, and the function answers its own token on
 * a FAIL or at the pause timeout. Each canary must end as promised, the stack serving on (its own process:
 * __tests__/local/paused-canary.test.ts).
 */
let stack: LocalStack;
const timeout = 30_000;

beforeAll(async () => {
  stack = await startLocalStack({ scenario: scenarioFile });
});

afterAll(async () => {
  await stack?.settled();
  await stack?.stop();
});

function execution(arn: string) {
  return stack.executions().find((one) => one.arn === arn)!;
}

/** A canary with a pause after 25%, checked every 10 s. */
function pausedCanary(tag: string, overrides: Record<string, string>) {
  return deployInputs(stack, tag, { steps: '25,pause,100', ...overrides });
}

function eventTypes(arn: string) {
  return stack
    .eventsPut()
    .filter((event) => event.resources.includes(arn))
    .map((event) => event['detail-type']);
}

describe('on the default clock, a pause checked every 10 s', () => {
  it(
    'is held, then promoted by mode: promote',
    async () => {
      expect(stack.clock.msPerSimMinute).toBe(50);
      const deployed = await action(stack, pausedCanary('2.0.0', { 'pause-timeout': '2h' }));
      expect(deployed.stdout).not.toContain('::error::');
      expect(deployed.outputs.status).toBe('PAUSED');
      const arn = deployed.outputs['execution-arn']!;

      // Held for two simulated minutes: checked all along, the weight kept.
      const checksBefore = stack.calls.count('cloudwatch', 'GetMetricData', 'lambda');
      await stack.clock.sleep(120);
      expect(stack.calls.count('cloudwatch', 'GetMetricData', 'lambda')).toBeGreaterThan(checksBefore);
      expect(canaryWeight(stack)).toBe(25);
      expect(execution(arn).status).toBe('RUNNING');

      const promoted = await action(stack, routeModeInputs(stack, 'promote'));
      expect(promoted.stdout).not.toContain('::error::');
      expect(promoted.outputs.status).toBe('SUCCEEDED');
      expect(promoted.outputs['execution-arn']).toBe(arn);
      await stack.settled();
      expect(execution(arn).status).toBe('SUCCEEDED');
      expect(finalState(stack).route).toEqual(stableOnly);
      expect(eventTypes(arn)).toEqual([
        'Canary Started',
        'Step Shifted',
        'Paused',
        'Resumed',
        'Step Shifted',
        'Promoted',
      ]);
    },
    timeout,
  );

  it(
    'rolls back at its timeout (on-pause-timeout: rollback)',
    async () => {
      const deployed = await action(stack, pausedCanary('2.1.0', { 'pause-timeout': '5m' }));
      expect(deployed.outputs.status).toBe('PAUSED');
      const arn = deployed.outputs['execution-arn']!;
      await stack.settled();
      const ended = execution(arn);
      expect(ended.status).toBe('FAILED');
      expect(`${ended.error}: ${ended.cause}`).toMatch(
        /^PauseTimedOut: paused at 25% .*no one resumed it by \S+ \(on-pause-timeout: rollback\)$/,
      );
      expect(finalState(stack).route).toEqual(stableOnly);
      expect(finalState(stack).canary.desiredCount).toBe(0);
    },
    timeout,
  );

  it(
    'goes on and promotes at its timeout (on-pause-timeout: continue)',
    async () => {
      const deployed = await action(
        stack,
        pausedCanary('2.0.0', { 'pause-timeout': '5m', 'on-pause-timeout': 'continue' }),
      );
      expect(deployed.outputs.status).toBe('PAUSED');
      const arn = deployed.outputs['execution-arn']!;
      await stack.settled();
      expect(execution(arn).status).toBe('SUCCEEDED');
      expect(finalState(stack).route).toEqual(stableOnly);
      expect(finalState(stack).stable.image).toMatch(/serviceb:2\.0\.0$/);
    },
    timeout,
  );

  it(
    'rolls back on a FAIL while paused',
    async () => {
      // Healthy through its bake, failing once paused.
      const version = versionFailingOnCue(stack, '2.0.6-fails-when-paused');
      const deployed = await action(
        stack,
        pausedCanary('2.0.6-fails-when-paused', { 'pause-timeout': '2h' }),
      );
      expect(deployed.outputs.status).toBe('PAUSED');
      version.fail();
      const arn = deployed.outputs['execution-arn']!;
      await until(() => execution(arn).status !== 'RUNNING', 20_000, 'the paused canary to end');
      await stack.settled();
      const ended = execution(arn);
      expect(ended.status).toBe('FAILED');
      expect(`${ended.error}: ${ended.cause}`).toMatch(
        /^HealthCheckFailed: FAIL at 25% .*\(while paused since \S+\)$/,
      );
      expect(eventTypes(arn)).toEqual([
        'Canary Started',
        'Step Shifted',
        'Paused',
        'Check Failed',
        'Rolled Back',
      ]);
      expect(finalState(stack).route).toEqual(stableOnly);
      version.restore();
    },
    timeout,
  );
});

itDrawsEveryJobSummary('pause-default-clock.test.ts');
