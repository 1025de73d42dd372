import { beforeAll, describe, expect, it } from '@jest/globals';
import { action, actionInBackground, until } from './harness.js';
import { mutatingCallsSince } from './router-world.js';
import {
  describeWorld,
  type ListedRule,
  reached,
  type SeededRouter,
  type TestTrafficWorld,
} from './test-traffic-world.js';

/**
 * Test traffic end to end on each router: the real bundle (`node dist/index.js`), the real state machine and
 * Lambdas against the local stack. Requests with the test header reach the canary only, from before the first
 * weighted step to the end; what the deployment adds is removed exactly, a hand edit of it is kept and
 * reported, and a header or priority the router cannot take is refused before any write.
 */
const header = { 'x-canary': 'true' };
const withHeader = { 'test-traffic-header': 'x-canary: true' };
const timeout = 90_000;

describe.each<SeededRouter>(['app-mesh', 'alb', 'vpc-lattice'])('test traffic on %s', (router) => {
  const started = describeWorld(router);
  let world: TestTrafficWorld;
  let before: ListedRule[];
  beforeAll(() => {
    world = started.world();
    before = started.before();
  });

  const canary = () => world.view.canary;
  const lastExecution = () => world.stack.executions().at(-1)!;
  const callIndex = (operations: string[], caller: 'lambda' | 'client' = 'lambda') =>
    world.stack.calls.calls.findIndex(
      (call) => call.caller === caller && operations.includes(call.operation),
    );

  it(
    'sends header requests to the canary only, before the first weighted step and through every step; removes the test rule on promotion',
    async () => {
      const mark = world.stack.calls.calls.length;
      const run = actionInBackground(world.stack, world.deployInputs('2.0.0', withHeader));
      await until(() => world.addedRules(before).length === 1, 30_000, 'the test rule', run);
      // At the first step: header requests reach the canary only, the others the production route.
      await until(() => reached(world.view).includes(canary()), 30_000, 'the first weighted step', run);
      expect(reached(world.view, header)).toEqual([canary()]);
      expect(world.view.requestTargets({ headers: header }).via).not.toBe(world.view.requestTargets({}).via);
      expect(reached(world.view)).toEqual(expect.arrayContaining([world.view.stable, canary()]));

      const done = await run.done;
      await world.stack.settled();
      expect(done.code).toBe(0);
      expect(done.outputs.status).toBe('SUCCEEDED');
      expect(done.stdout).toContain('pre-flight: test traffic (x-canary: true) will reach the canary');
      expect(done.stdout).toContain(
        'test traffic: requests with x-canary: true reach the canary only, until the end\nstep 1: 25% → canary',
      );
      expect(done.stdout).toMatch(
        /promoted: .*canary scaled to 0; removed (test route|ALB test rule|VPC Lattice test rule)/,
      );
      // Created before the first weight was written, tagged or named with the deployment id.
      const calls = world.stack.calls.calls.slice(mark);
      const created = calls.findIndex((call) => ['CreateRoute', 'CreateRule'].includes(call.operation));
      const shifted = calls.findIndex((call) =>
        ['UpdateRoute', 'UpdateRule', 'ModifyRule', 'UpdateListener', 'ModifyListener'].includes(
          call.operation,
        ),
      );
      expect(created).toBeGreaterThanOrEqual(0);
      expect(created).toBeLessThan(shifted);
      expect(world.rules()).toEqual(before);
      expect(world.addedRules(before)).toEqual([]);
      expect(reached(world.view, header)).toEqual([world.view.stable]);
      expect(callIndex(['DeleteRoute', 'DeleteRule'])).toBeGreaterThanOrEqual(0);
    },
    timeout,
  );

  it(
    'rolls back a failing version and removes the test rule exactly',
    async () => {
      const run = await action(world.stack, world.deployInputs('2.0.1-5xx', withHeader));
      await world.stack.settled();
      expect(run.code).toBe(1);
      expect(lastExecution()).toMatchObject({ status: 'FAILED', error: 'HealthCheckFailed' });
      expect(run.stdout).toMatch(/removed (test route|ALB test rule|VPC Lattice test rule)/);
      expect(world.addedRules(before)).toEqual([]);
      expect(world.rules().map((rule) => [rule.name, rule.priority])).toEqual(
        before.map((rule) => [rule.name, rule.priority]),
      );
      expect(reached(world.view, header)).toEqual([world.view.stable]);
    },
    timeout,
  );

  it(
    'mode: rollback stops a canary mid-way and the test rule is removed with the rest',
    async () => {
      const run = actionInBackground(
        world.stack,
        world.deployInputs('2.0.0', { ...withHeader, 'bake-time': '10m', 'check-interval': '20s' }),
      );
      await until(() => reached(world.view).includes(canary()), 30_000, 'the first weighted step', run);
      expect(reached(world.view, header)).toEqual([canary()]);
      const status = await action(world.stack, world.modeInputs('status'));
      expect(status.stdout).toMatch(
        /test traffic: requests with x-canary: true reach the canary only, through (test route|ALB test rule|VPC Lattice test rule)/,
      );
      if (router === 'alb') {
        // A role without the rule read: status still answers, and says what it could not read.
        world.stack.injectFault({
          service: 'elbv2',
          operation: 'DescribeTags',
          error: { code: 'AccessDenied', status: 403, message: 'not authorized' },
        });
        const unread = await action(world.stack, world.modeInputs('status'));
        expect(unread.code).toBe(0);
        expect(unread.stdout).toMatch(/test traffic: .*ALB test rule .* could not be read \(.*AccessDenied/);
      }

      const rollback = await action(world.stack, world.modeInputs('rollback'));
      await run.done;
      await world.stack.settled();
      expect(rollback.code).toBe(0);
      expect(lastExecution()).toMatchObject({ status: 'ABORTED', error: 'ManualRollback' });
      expect(world.addedRules(before)).toEqual([]);
      expect(world.rules()).toEqual(before);
      expect(reached(world.view, header)).toEqual([world.view.stable]);
      expect(world.stack.service('serviceBv2').desiredCount).toBe(0);
    },
    timeout,
  );

  const refusals: Array<[string, Record<string, string>, string, RegExp]> = [
    [
      'a header name no router matches',
      { 'test-traffic-header': 'x canary: true' },
      'test-traffic-header',
      /is not a header name a router can match/,
    ],
    [
      'a priority without a header',
      { 'test-traffic-priority': '7' },
      'test-traffic-priority',
      /is read only with test-traffic-header/,
    ],
    ...(router === 'vpc-lattice'
      ? [
          [
            'a header name alone (VPC Lattice matches values)',
            { 'test-traffic-header': 'x-canary' },
            'test-traffic-header',
            /VPC Lattice matches a header by its value, not by its presence/,
          ] as [string, Record<string, string>, string, RegExp],
        ]
      : []),
    ...(router === 'alb'
      ? [
          [
            'a wildcard in the value (an ALB would match other values)',
            { 'test-traffic-header': 'x-canary: tr*e' },
            'test-traffic-header',
            /reads \* and \? in a header value as wildcards/,
          ] as [string, Record<string, string>, string, RegExp],
        ]
      : []),
  ];
  it.each(refusals)(
    'refuses %s before any write, naming the input and the fix',
    async (_, overrides, input, message) => {
      const mark = world.stack.calls.calls.length;
      const run = await action(world.stack, world.deployInputs('2.0.0', overrides));
      expect(run.code).toBe(1);
      const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error::'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(`input "${input}"`);
      expect(errors[0]).toMatch(message);
      expect(mutatingCallsSince(world.stack, mark)).toEqual([]);
      expect(world.addedRules(before)).toEqual([]);
    },
    timeout,
  );

  it(
    'refuses a priority already taken before any write, naming the rule that holds it',
    async () => {
      world.takePriority(7);
      const taken = world.addedRules(before);
      const mark = world.stack.calls.calls.length;
      const run = await action(
        world.stack,
        world.deployInputs('2.0.0', { ...withHeader, 'test-traffic-priority': '7' }),
      );
      expect(run.code).toBe(1);
      const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error::'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain('input "test-traffic-priority": 7 is taken by');
      expect(errors[0]).toContain('or leave it unset');
      expect(mutatingCallsSince(world.stack, mark)).toEqual([]);
      expect(world.addedRules(before)).toEqual(taken);
    },
    timeout,
  );

  it(
    'keeps and reports a hand edit of the test rule made mid-canary, and the canary serving it',
    async () => {
      // Held at 25% by a pause: the edit happens mid-canary whatever the machine's speed.
      const deployed = await action(
        world.stack,
        world.deployInputs('2.0.0', { ...withHeader, steps: '25,pause,100', 'pause-timeout': '1h' }),
      );
      expect(deployed.stdout).toContain('paused at 25%');
      expect(deployed.outputs.status).toBe('PAUSED');
      const [testRule] = world.addedRules(before);
      await world.editHeaderValue(testRule!, 'yes');
      expect(reached(world.view, { 'x-canary': 'yes' })).toEqual([canary()]);
      const paused = await action(world.stack, world.modeInputs('status'));
      expect(paused.stdout).toMatch(/test traffic: .* edited outside this deployment \(.*yes/);

      const promoted = await action(world.stack, world.modeInputs('promote'));
      await world.stack.settled();
      expect(promoted.code).toBe(0);
      expect(promoted.outputs.status).toBe('SUCCEEDED');
      expect(promoted.stdout).toMatch(
        /promoted: .*canary kept running: (test route|ALB test rule|VPC Lattice test rule) .* still sends it requests; kept .* as edited outside this deployment \(.*yes/,
      );
      const [kept] = world.addedRules(before);
      expect(kept?.name).toBe(testRule!.name);
      expect(reached(world.view, { 'x-canary': 'yes' })).toEqual([canary()]);
      expect(world.stack.service('serviceBv2').desiredCount).toBeGreaterThan(0);
      const after = await action(world.stack, world.modeInputs('status'));
      expect(after.stdout).toMatch(
        /test traffic left: .* edited outside this deployment .*: remove it by hand, then run mode: rollback/,
      );
    },
    timeout,
  );
});
