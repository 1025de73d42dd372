import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import type { LocalStack } from '../../local/index.js';
import {
  action,
  canaryWeight,
  deployInputs,
  e2eStack,
  finalState,
  imageOf,
  routeModeInputs,
  stableOnly,
  until,
  versionFailingOnCue,
} from './harness.js';
import { itDrawsEveryJobSummary } from './job-summaries.js';

/**
 * Pause steps through the real Action: the deploy job ends at the pause (status PAUSED), status shows it,
 * `mode: promote` resumes it; a pause no one resumes times out; a FAIL while paused rolls back; promote with
 * nothing paused is refused and sends nothing.
 */
let stack: LocalStack;
const timeout = 120_000;

beforeAll(async () => {
  stack = await e2eStack();
});

afterAll(async () => {
  await stack?.settled();
  await stack?.stop();
});

/** The seeded route's inputs for promote and status. */
function routeInputs(mode: 'rollback' | 'promote' | 'status', overrides: Record<string, string> = {}) {
  return routeModeInputs(stack, mode, overrides);
}

/**
 * The inputs examples/approve-promotion.yml gives the Action in a job, as written, with what only exists on
 * GitHub left out (the task-definition file of the user's repository, the GitHub deployment) and this
 * stack's state machine. Each held interval is 200 ms real here; the Action answers the token within one.
 */
function exampleInputs(job: 'deploy' | 'promote', overrides: Record<string, string> = {}) {
  const workflow = parse(readFileSync('examples/approve-promotion.yml', 'utf8')) as {
    jobs: Record<string, { steps: { uses?: string; with?: Record<string, string | number> }[] }>;
  };
  const step = workflow.jobs[job]!.steps.find((one) => one.uses?.startsWith('org/appmesh-canary@'))!;
  const {
    'task-definition': _file,
    environment: _environment,
    'github-token': _token,
    ...inputs
  } = step.with!;
  return {
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [name, String(value)])),
    'state-machine-arn': stack.stateMachineArn,
    'wait-for-minutes': '10',
    ...overrides,
  };
}

/** Seconds in a duration as the Action prints it ("1h 5m", "4m 30s", "45s"); NaN when there is none. */
function secondsOf(text: string | undefined): number {
  const parts = /^(?:(\d+)h)? ?(?:(\d+)m)? ?(?:(\d+)s)?$/.exec(text?.trim() ?? '');
  if (!text?.trim() || !parts) return Number.NaN;
  return Number(parts[1] ?? 0) * 3600 + Number(parts[2] ?? 0) * 60 + Number(parts[3] ?? 0);
}

/** Calls from outside the orchestrator (the Action) that change something, since call number `from`. */
function writesSince(from: number) {
  return stack.calls.calls
    .slice(from)
    .filter((call) => call.caller === 'client')
    .filter((call) => /^(Register|Update|Start|Create|Stop|Send|Delete|Put)/.test(call.operation));
}

/** The events this execution put, in order. */
function eventsOf(executionArn: string) {
  return stack.eventsPut().filter((event) => event.resources.includes(executionArn));
}

function execution(arn: string) {
  return stack.executions().find((one) => one.arn === arn)!;
}

describe('a pause step', () => {
  it(
    'examples/approve-promotion.yml: holds the weight, ends the deploy job PAUSED, shows in status, and its promote job resumes it to promotion',
    async () => {
      const deployed = await action(stack, exampleInputs('deploy', { image: imageOf(stack, '2.0.0') }));
      expect(deployed.stdout).not.toContain('::error::');
      expect(deployed.code).toBe(0);
      expect(deployed.outputs.status).toBe('PAUSED');
      expect(deployed.stdout).toMatch(/paused at 50% \(step 2\): resume with mode: promote/);
      expect(deployed.summary).toMatch(/— paused/);
      expect(deployed.summary).toMatch(/\*\*Paused\*\* at 50% since /);
      const arn = deployed.outputs['execution-arn']!;
      expect(execution(arn).status).toBe('RUNNING');
      expect(canaryWeight(stack)).toBe(50);

      // Held: health is still checked, the weight does not move.
      const checksBefore = stack.calls.count('cloudwatch', 'GetMetricData', 'lambda');
      await stack.clock.sleep(120);
      expect(stack.calls.count('cloudwatch', 'GetMetricData', 'lambda')).toBeGreaterThan(checksBefore);
      expect(canaryWeight(stack)).toBe(50);
      expect(execution(arn).status).toBe('RUNNING');

      const status = await action(stack, routeInputs('status'));
      expect(status.code).toBe(0);
      expect(status.outputs.status).toBe('PAUSED');
      expect(status.stdout).toMatch(
        /paused: serviceB-\S+ at 50% since \S+ \([^)]+\); resume it with mode: promote \(CLI: appmesh-canary promote\); at \S+ it rolls back \(on-pause-timeout: rollback\)/,
      );
      // Held two simulated minutes and more, on the orchestrator's clock (the job's runs on another).
      expect(status.stdout).toMatch(/at 50% since \S+ \((\d+h )?\d+m( \d+s)?\)/);

      const promoted = await action(stack, exampleInputs('promote'));
      expect(promoted.stdout).not.toContain('::error::');
      expect(promoted.code).toBe(0);
      expect(promoted.outputs.status).toBe('SUCCEEDED');
      expect(promoted.outputs['execution-arn']).toBe(arn);
      expect(promoted.stdout).toMatch(
        /resumed the canary serviceB-\S+ paused at 50% for [^(]+\(since \S+\), on behalf of octocat/,
      );
      expect(promoted.stdout).toMatch(/resumed by octocat at 50% after (\d+h )?\d+m/);
      // The job's number and the orchestrator's are one hold: they agree within one check interval (1m), and
      // cover at least the two minutes it was held above.
      const heldFor = secondsOf(/paused at 50% for ([^(]+?) \(since/.exec(promoted.stdout)?.[1]);
      const resumedAfter = secondsOf(
        /resumed by octocat at 50% after ([\dhms ]+?)\s*$/m.exec(promoted.stdout)?.[1],
      );
      expect(heldFor).toBeGreaterThanOrEqual(120);
      expect(Math.abs(heldFor - resumedAfter)).toBeLessThanOrEqual(60);
      expect(promoted.summary).toMatch(/— promoted/);
      const state = finalState(stack);
      expect(state.route).toEqual(stableOnly);
      expect(execution(arn).status).toBe('SUCCEEDED');
      expect(state.stable.image).toBe(imageOf(stack, '2.0.0'));
      expect(state.canary.desiredCount).toBe(0);

      const events = eventsOf(arn);
      expect(events.map((event) => event['detail-type'])).toEqual([
        'Canary Started',
        'Step Shifted',
        'Step Shifted',
        'Paused',
        'Resumed',
        'Step Shifted',
        'Promoted',
      ]);
      const paused = events[3]!.detail as { message: string; pause: { deadline: string; onTimeout: string } };
      expect(paused.pause).toMatchObject({ onTimeout: 'rollback' });
      expect(paused.message).toMatch(/paused at 50%/);
      expect((events[4]!.detail as { resumedBy: string }).resumedBy).toBe('octocat');
    },
    timeout,
  );

  it(
    'that no one resumes rolls back at its timeout',
    async () => {
      const deployed = await action(
        stack,
        deployInputs(stack, '2.1.0', { steps: '25,pause,100', 'pause-timeout': '30m' }),
      );
      expect(deployed.outputs.status).toBe('PAUSED');
      const arn = deployed.outputs['execution-arn']!;
      await stack.settled();
      const ended = execution(arn);
      expect(ended.status).toBe('FAILED');
      expect(`${ended.error}: ${ended.cause}`).toMatch(/PauseTimedOut/);
      expect(`${ended.error}: ${ended.cause}`).toMatch(
        /no one resumed it by \S+ \(on-pause-timeout: rollback\)/,
      );
      expect(finalState(stack).route).toEqual(stableOnly);
      expect(finalState(stack).canary.desiredCount).toBe(0);
    },
    timeout,
  );

  it(
    'that times out with on-pause-timeout continue goes on and promotes',
    async () => {
      const deployed = await action(
        stack,
        deployInputs(stack, '2.0.0', {
          steps: '25,pause,100',
          'pause-timeout': '3m',
          'on-pause-timeout': 'continue',
          'wait-for-completion': 'false',
        }),
      );
      const arn = deployed.outputs['execution-arn']!;
      await stack.settled();
      expect(execution(arn).status).toBe('SUCCEEDED');
      expect(finalState(stack).route).toEqual(stableOnly);
      const status = await action(stack, routeInputs('status'));
      expect(status.outputs.status).toBe('SUCCEEDED');
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
        deployInputs(stack, '2.0.6-fails-when-paused', { steps: '25,pause,100', 'pause-timeout': '6h' }),
      );
      expect(deployed.outputs.status).toBe('PAUSED');
      version.fail();
      const arn = deployed.outputs['execution-arn']!;
      await until(() => execution(arn).status !== 'RUNNING', 60_000, 'the paused canary to end');
      await stack.settled();
      const ended = execution(arn);
      expect(ended.status).toBe('FAILED');
      expect(`${ended.error}: ${ended.cause}`).toMatch(/HealthCheckFailed/);
      expect(ended.cause).toMatch(/FAIL at 25% .*\(while paused since \S+\)/);
      expect(eventsOf(arn).map((event) => event['detail-type'])).toEqual([
        'Canary Started',
        'Step Shifted',
        'Paused',
        'Check Failed',
        'Rolled Back',
      ]);
      expect(finalState(stack).route).toEqual(stableOnly);

      const promote = await action(stack, routeInputs('promote'));
      expect(promote.code).toBe(1);
      expect(promote.outputs.status).toBe('REFUSED');
      version.restore();
    },
    timeout,
  );
});

describe('a plan the state machine cannot hold', () => {
  it(
    'is refused before any write: pauses longer than the execution timeout, or more history than it keeps',
    async () => {
      const before = stack.calls.calls.length;
      const tooLong = await action(
        stack,
        deployInputs(stack, '2.1.0', {
          steps: '25,pause,100',
          'pause-timeout': '7d',
          'check-interval': '5m',
        }),
      );
      expect(tooLong.code).toBe(1);
      expect(tooLong.stdout).toMatch(
        /::error::input "pause-timeout": the canary may take 168h 36m \(bakes, 1 pause to their timeout and promotion\), longer than state machine \S+ lets an execution run \(72h\): shorten pause-timeout, or deploy the orchestrator with a longer executionTimeout/,
      );
      const tooManyEvents = await action(
        stack,
        deployInputs(stack, '2.1.0', {
          steps: '25,pause,100',
          'pause-timeout': '24h',
          'check-interval': '10s',
        }),
      );
      expect(tooManyEvents.code).toBe(1);
      expect(tooManyEvents.stdout).toMatch(
        /::error::input "pause-timeout": .* history events; .*Shorten pause-timeout to at most/,
      );
      expect(writesSince(before)).toEqual([]);
    },
    timeout,
  );
});

describe('mode: promote', () => {
  it(
    'with no canary running is refused and sends nothing',
    async () => {
      const before = stack.calls.calls.length;
      const run = await action(stack, routeInputs('promote'));
      expect(run.code).toBe(1);
      expect(run.outputs.status).toBe('REFUSED');
      expect(run.stdout).toContain(
        '::error::refused: no canary is running on route serviceB of virtual router serviceB, so none is paused. This run changed nothing.',
      );
      // Once, as the job's error: not also as a log line before it.
      expect(run.stdout.match(/refused: no canary is running/g)).toHaveLength(1);
      expect(writesSince(before)).toEqual([]);
    },
    timeout,
  );

  it(
    'while a canary bakes is refused naming its state, and sends nothing',
    async () => {
      const deployed = await action(
        stack,
        deployInputs(stack, '2.1.0', {
          steps: '25,pause,100',
          'pause-timeout': '6h',
          'bake-time': '30m',
          'check-interval': '20s',
          'wait-for-completion': 'false',
        }),
      );
      const arn = deployed.outputs['execution-arn']!;
      await until(() => canaryWeight(stack) === 25, 30_000, 'the first shift');
      const before = stack.calls.calls.length;
      const run = await action(stack, routeInputs('promote'));
      expect(run.code).toBe(1);
      expect(run.outputs.status).toBe('REFUSED');
      expect(run.stdout).toMatch(
        /::error::refused: the canary serviceB-\S+ on route serviceB of virtual router serviceB is not paused: it is in state (Bake|Check|Decide) \(baking a step\)\. promote resumes only a paused canary/,
      );
      expect(writesSince(before)).toEqual([]);
      expect(execution(arn).status).toBe('RUNNING');
      expect(canaryWeight(stack)).toBe(25);

      const stopped = await action(stack, routeInputs('rollback'));
      expect(stopped.code).toBe(0);
      await stack.settled();
      expect(finalState(stack).route).toEqual(stableOnly);
    },
    timeout,
  );
});

itDrawsEveryJobSummary('pause.test.ts');
