import { beforeAll, describe, expect, it } from '@jest/globals';
import { action } from './harness.js';
import { mutatingCallsSince } from './router-world.js';
import {
  describeWorld,
  type ListedRule,
  reached,
  type SeededRouter,
  type TestTrafficWorld,
} from './test-traffic-world.js';

/**
 * Lifecycle hooks end to end on each router: the real bundle (`node dist/index.js`), the real state machine
 * with its hook states, and the local stack calling hook functions (one of them the example smoke hook, sending
 * test requests through the data plane), running hook tasks and answering https hooks.
 */
const withHeader = { 'test-traffic-header': 'x-canary: true' };
const timeout = 90_000;
/** The writes that give the canary production weight (or take it back). */
const weightWrites = new Set(['UpdateRoute', 'ModifyRule', 'UpdateRule', 'ModifyListener', 'UpdateListener']);

describe.each<SeededRouter>(['app-mesh', 'alb', 'vpc-lattice'])('hooks on %s', (router) => {
  const started = describeWorld(router);
  let world: TestTrafficWorld;
  let before: ListedRule[];
  beforeAll(() => {
    world = started.world();
    before = started.before();
  });

  const fn = (name: string) => world.stack.hooks.functionArn(name);
  const task = (family: string) =>
    `arn:aws:ecs:${world.stack.region}:${world.stack.account}:task-definition/${family}`;
  const lastExecution = () => world.stack.executions().at(-1)!;
  const weightWritesSince = (mark: number) =>
    world.stack.calls.calls
      .slice(mark)
      .filter((call) => weightWrites.has(call.operation))
      .map((call) => call.operation);
  const callsOf = (name: string, since: number) =>
    world.stack.hooks.invocations().filter((call) => call.name === name && Date.parse(call.at) >= since);
  const stableTaskDefinition = () => world.stack.service('serviceB').taskDefinition;

  it(
    'rolls back a version failing its test-traffic smoke hook before any production weight reaches it, and removes the test rule exactly',
    async () => {
      const mark = world.stack.calls.calls.length;
      const requestsBefore = world.stack.dataPlane.requests().length;
      const run = await action(
        world.stack,
        world.deployInputs('2.0.1-5xx', { ...withHeader, hooks: `test-traffic: ${fn('smoke')}` }),
      );
      await world.stack.settled();
      expect(run.code).toBe(1);
      expect(lastExecution()).toMatchObject({ status: 'FAILED', error: 'HookFailed' });
      expect(run.stdout).toMatch(
        /hook test-traffic arn:aws:lambda:.*:function:smoke: FAILED after (\d+m )?\d+s — 10 of 10 smoke requests failed \(x-canary: true/,
      );
      // The canary never had production weight: the rule or route was never written, only the test one added and removed.
      expect(weightWritesSince(mark)).toEqual([]);
      expect(world.rules()).toEqual(before);
      expect(reached(world.view, { 'x-canary': 'true' })).toEqual([world.view.stable]);
      // The smoke requests carried the header and reached the canary alone.
      const smoke = world.stack.dataPlane.requests().slice(requestsBefore);
      expect(smoke).toHaveLength(10);
      expect(new Set(smoke.map((request) => request.target))).toEqual(new Set([world.view.canary]));
      expect(smoke.every((request) => request.headers['x-canary'] === 'true')).toBe(true);
      expect(world.stack.service('serviceBv2').desiredCount).toBe(0);
    },
    timeout,
  );

  it(
    'runs a healthy version through every stage (a task, the smoke hook, an https hook, IN_PROGRESS then SUCCEEDED) and promotes it',
    async () => {
      const since = world.stack.clock.nowMs();
      const run = await action(
        world.stack,
        world.deployInputs('2.0.0', {
          ...withHeader,
          'hook-interval': '30s',
          hooks: [
            `after-canary-stable: ${task('smoke-task')}`,
            `test-traffic: ${fn('smoke')}`,
            `after-shift: ${world.stack.hooks.endpointUrl('/hooks/ok')}`,
            `before-promotion: ${fn('gate-in-progress-then-succeeded')}`,
            `after-promotion: ${fn('smoke')}`,
          ].join('\n'),
        }),
      );
      await world.stack.settled();
      expect(run.code).toBe(0);
      expect(run.outputs.status).toBe('SUCCEEDED');
      for (const stage of [
        'after-canary-stable',
        'test-traffic',
        'after-shift',
        'before-promotion',
        'after-promotion',
      ])
        expect(run.stdout).toMatch(new RegExp(`hook ${stage}( \\(step \\d\\))? \\S+: SUCCEEDED after`));
      expect(run.stdout).toMatch(/hook before-promotion \S+: IN_PROGRESS after (\d+m )?\d+s, ask 1/);
      // Once per step: three steps, three https calls; the gate asked twice.
      expect(callsOf('/hooks/ok', since)).toHaveLength(3);
      expect(callsOf('gate-in-progress-then-succeeded', since).map((call) => call.answer)).toEqual([
        'IN_PROGRESS',
        'SUCCEEDED',
      ]);
      expect(callsOf('smoke-task', since)).toHaveLength(1);
      // The summary's table of hook runs names each stage.
      for (const stage of [
        'after-canary-stable',
        'test-traffic',
        'after-shift',
        'before-promotion',
        'after-promotion',
      ])
        expect(run.summary).toContain(stage);
      expect(world.rules()).toEqual(before);
    },
    timeout,
  );

  it(
    'rolls back when a hook times out (still IN_PROGRESS at hook-timeout), with no production weight written',
    async () => {
      const mark = world.stack.calls.calls.length;
      const run = await action(
        world.stack,
        world.deployInputs('2.0.0', {
          hooks: `after-canary-stable: ${fn('gate-always-in-progress')}`,
          'hook-interval': '30s',
          'hook-timeout': '2m',
        }),
      );
      await world.stack.settled();
      expect(run.code).toBe(1);
      expect(lastExecution()).toMatchObject({ status: 'FAILED', error: 'HookFailed' });
      expect(run.stdout).toMatch(
        /hook after-canary-stable \S+gate-always-in-progress FAILED: timed out: still IN_PROGRESS after \d+ asks/,
      );
      expect(weightWritesSince(mark)).toEqual([]);
      expect(world.stack.service('serviceBv2').desiredCount).toBe(0);
    },
    timeout,
  );

  it(
    'rolls back at 50% when the after-shift hook fails there, after passing at 25%',
    async () => {
      const run = await action(
        world.stack,
        world.deployInputs('2.0.0', { steps: '25,50,100', hooks: `after-shift: ${fn('gate-fails-second')}` }),
      );
      await world.stack.settled();
      expect(run.code).toBe(1);
      expect(lastExecution()).toMatchObject({ status: 'FAILED', error: 'HookFailed' });
      expect(run.stdout).toMatch(/step 2: 50% → canary/);
      expect(run.stdout).not.toMatch(/step 3: 100% → canary/);
      expect(run.stdout).toMatch(
        /hook after-shift \S+gate-fails-second FAILED: load test: p99 above the SLO/,
      );
      expect(reached(world.view)).toEqual([world.view.stable]);
      expect(world.rules()).toEqual(before);
    },
    timeout,
  );

  it(
    'reverts the promotion when the after-promotion hook fails, as mode: rollback does',
    async () => {
      const stableBefore = stableTaskDefinition();
      const run = await action(
        world.stack,
        world.deployInputs('2.0.0', { hooks: `after-promotion: ${fn('gate-fails')}` }),
      );
      await world.stack.settled();
      expect(run.code).toBe(1);
      expect(lastExecution()).toMatchObject({ status: 'FAILED', error: 'HookFailed' });
      expect(run.stdout).toMatch(
        /hook after-promotion \S+gate-fails FAILED: change freeze: no deploys today/,
      );
      expect(stableTaskDefinition()).toBe(stableBefore);
      expect(reached(world.view)).toEqual([world.view.stable]);
      expect(world.stack.service('serviceBv2').desiredCount).toBe(0);
    },
    timeout,
  );

  it(
    'refuses a hook the stack may not call before any write, naming the input and the context key to add',
    async () => {
      const mark = world.stack.calls.calls.length;
      const stranger = `arn:aws:lambda:${world.stack.region}:${world.stack.account}:function:not-granted`;
      const run = await action(
        world.stack,
        world.deployInputs('2.0.0', { hooks: `test-traffic: ${stranger}`, ...withHeader }),
      );
      expect(run.code).toBe(1);
      const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error::'));
      expect(errors[0]).toContain('input "hooks"');
      expect(errors[0]).toContain('hookFunctions');
      expect(mutatingCallsSince(world.stack, mark)).toEqual([]);
    },
    timeout,
  );
});
