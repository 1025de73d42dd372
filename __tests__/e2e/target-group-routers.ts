import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ECSClient, UpdateServiceCommand } from '@aws-sdk/client-ecs';
import { SFNClient, StopExecutionCommand } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { workflowActions } from '../../infra/workflow-role.js';
import type { LocalStack } from '../../local/index.js';
import { seedInputs } from '../../local/runs/action-runner.js';
import { canaryShare, scenarioFiles } from '../../local/runs/router-view.js';
import { seedNames } from '../../local/seed/seed.js';
import { runNode } from '../support/run-node.js';
import {
  action,
  actionInBackground,
  e2eStack,
  imageOf,
  jobSummaries,
  quickCanary,
  until,
} from './harness.js';
import { canaryCharts, levels } from './job-summaries.js';
import {
  mutatingCallsSince,
  type RouterWorld,
  routerWorld,
  sharePct,
  type TargetGroupRouter,
} from './router-world.js';

/**
 * The App Mesh end-to-end runs on a VPC Lattice or ALB rule: the real bundle (`node dist/index.js`), the
 * real state machine and Lambdas against the local stack, with only the router inputs changed. The rule
 * forwards to a third target group besides the stable one (and, for the ALB, carries stickiness): every
 * run checks that only the stable and canary weights moved and that the rule ends exactly as it was.
 */
export function describeTargetGroupRouter(router: TargetGroupRouter): void {
  let stack: LocalStack;
  let world: RouterWorld;
  let sfn: SFNClient;
  /** The whole rule before the canaries: what every promotion and rollback must give back. */
  let ruleBefore: unknown;
  const timeout = 90_000;
  const slowCanary = { 'check-interval': '20s', 'bake-time': '10m' };

  beforeAll(async () => {
    stack = await e2eStack(200, scenarioFiles[router]);
    world = routerWorld(stack, router);
    sfn = new SFNClient({
      endpoint: stack.endpoint,
      region: stack.region,
      credentials: { accessKeyId: 'ops', secretAccessKey: 'ops' },
    });
    await world.prepare();
    ruleBefore = await world.readRule();
  });

  afterAll(async () => {
    await stack?.settled();
    world?.close();
    sfn?.destroy();
    await stack?.stop();
  });

  const deployInputs = (tag: string, overrides: Record<string, string> = {}) =>
    seedInputs(stack.stateMachineArn, imageOf(stack, tag), {
      ...quickCanary,
      ...world.deployInputs,
      ...overrides,
    });
  /** The mode inputs of rollback and status: no mesh, the router's own inputs. */
  const modeInputs = (mode: 'rollback' | 'status') => ({
    mode,
    'state-machine-arn': stack.stateMachineArn,
    ...world.location,
    ...world.targetGroups,
    'wait-for-minutes': '10',
  });
  const lastExecution = () => stack.executions().at(-1)!;
  const weightsNow = () => world.view.weightsAt();
  const canaryNow = () => canaryShare(weightsNow(), world.view);
  /** The canary's share of the stable and canary weights, and the other group's share, of each write since. */
  const writtenSince = (mark: number) =>
    world.view.writesSince(mark).map((write) => ({
      canary: canaryShare(write.weights, world.view),
      other: sharePct(write.weights, world.otherGroup),
    }));

  describe(`bad ${router} inputs`, () => {
    const cases: Array<[string, () => Record<string, string>, string, RegExp]> = [
      [
        'an unknown router',
        () => ({ router: 'istio' }),
        'router',
        /must be one of app-mesh, vpc-lattice, alb/,
      ],
      [
        'a missing router resource',
        (): Record<string, string> =>
          router === 'alb' ? { 'listener-arn': '' } : { 'lattice-listener': '' },
        router === 'alb' ? 'listener-arn' : 'lattice-listener',
        /Set it to/,
      ],
      [
        'a target group that is not in the forward action',
        () => ({
          'stable-target-group': world.strayGroup,
        }),
        'stable-target-group',
        // Every group by name, as the console shows them: a forward's IDs tell a person nothing.
        router === 'alb'
          ? /does not forward to target group serviceB-blue \(its target groups: serviceB 1, serviceB-legacy 1, serviceBv2 0\); set stable-target-group to the group that serves production/
          : /does not forward to target group serviceb-blue \(its target groups: serviceb 80, serviceb-legacy 20\); set stable-target-group to the group that serves production/,
      ],
      [
        'a step weight out of range',
        () => ({ steps: '25,150' }),
        'steps',
        /must be a whole number from 1 to 100/,
      ],
      [
        'a rule of another listener',
        () => world.withRule(world.ruleOfAnotherListener),
        router === 'alb' ? 'listener-rule-arn' : 'lattice-rule',
        router === 'alb' ? /is a rule of listener .*, not of listener-arn/ : /not found; check lattice-rule/,
      ],
    ];
    it.each(cases)(
      'refuses %s, naming the input and the fix, and changes nothing',
      async (_, overrides, input, message) => {
        const mark = stack.calls.calls.length;
        const run = await action(stack, deployInputs('2.0.0', overrides()));
        expect(run.code).toBe(1);
        const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error::'));
        expect(errors).toHaveLength(1);
        expect(errors[0]).toContain(input);
        expect(errors[0]).toMatch(message);
        expect(mutatingCallsSince(stack, mark)).toEqual([]);
        expect(await world.readRule()).toEqual(ruleBefore);
      },
      timeout,
    );
  });

  it(
    `refuses a ${router} rule that already sends the canary traffic, naming every group and the safe way back`,
    async () => {
      await world.setForward([
        ...weightsNow()
          .filter((one) => one.target !== world.view.canary)
          .map((one) => ({ name: one.target, weight: one.weight })),
        { name: world.view.canary, weight: 1 },
      ]);
      const named = weightsNow()
        .map((one) => `${one.target} ${one.weight}`)
        .join(', ');
      const mark = stack.calls.calls.length;
      const run = await action(stack, deployInputs('2.0.0'));
      const sent = mutatingCallsSince(stack, mark);
      await world.prepare();
      expect(sent).toEqual([]);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(
        `already sends traffic to canary target group ${world.view.canary} (${named})`,
      );
      expect(run.stdout).toContain(
        'appmesh-canary set-weight --canary-percent 0 (the other groups keep theirs)',
      );
      expect(run.stdout).not.toMatch(/\btg-[0-9a-f]{17}\b/);
    },
    timeout,
  );

  describe(`deploy on ${router}`, () => {
    it(
      'promotes a healthy version: 25, 50, 100 of the stable share, then the rule is exactly as before',
      async () => {
        const mark = world.view.writeCount();
        const otherShare = sharePct(weightsNow(), world.otherGroup);
        const run = await action(stack, deployInputs('2.0.0'));
        await stack.settled();

        expect(run.code).toBe(0);
        expect(run.outputs.status).toBe('SUCCEEDED');
        expect(run.stdout).toContain('(no sidecar: the router is not a mesh)');
        expect(run.stdout).toContain(
          'promoted: all traffic back on the stable target group, on the new version; canary scaled to 0',
        );
        expect(writtenSince(mark)).toEqual([25, 50, 100, 0].map((canary) => ({ canary, other: otherShare })));
        expect(await world.readRule()).toEqual(ruleBefore);
        expect(stack.service(seedNames.stableService).image).toBe(imageOf(stack, '2.0.0'));
        expect(stack.service(seedNames.canaryService).desiredCount).toBe(0);
        expect(lastExecution()).toMatchObject({ status: 'SUCCEEDED', arn: run.outputs['execution-arn'] });
        const [final] = JSON.parse(run.outputs['final-weights']!);
        expect(final.targets.map((one: { target: string }) => one.target)).toContain(world.otherGroup);
        expect(levels(canaryCharts(run.summary).weight)).toEqual([25, 50, 100, 0]);
      },
      timeout,
    );

    it(
      'rolls a version with 5% 5xx back at the first step: the rule and the stable service as before',
      async () => {
        const stableBefore = stack.service(seedNames.stableService).taskDefinition;
        const mark = world.view.writeCount();
        const run = await action(stack, deployInputs('2.0.1-5xx'));
        await stack.settled();

        expect(run.code).toBe(1);
        expect(run.outputs.status).toBe('FAILED');
        const execution = lastExecution();
        expect(execution).toMatchObject({ status: 'FAILED', error: 'HealthCheckFailed' });
        expect(execution.cause).toMatch(/^FAIL at 25% \(step 1 of 3\).*5xx/);
        expect(run.stdout).toMatch(/rolling back: restored (VPC Lattice|ALB) rule /);
        expect(writtenSince(mark).map((write) => write.canary)).toEqual([25, 0]);
        expect(await world.readRule()).toEqual(ruleBefore);
        expect(stack.service(seedNames.stableService).taskDefinition).toBe(stableBefore);
        expect(stack.service(seedNames.canaryService).desiredCount).toBe(0);
      },
      timeout,
    );
  });

  describe(`while a canary runs on ${router}`, () => {
    beforeEach(async () => {
      expect(await world.readRule()).toEqual(ruleBefore);
    });

    it(
      'status shows it running, then a manual rollback stops it and the rule is back exactly',
      async () => {
        const started = await action(
          stack,
          deployInputs('2.0.0', { ...slowCanary, 'wait-for-completion': 'false' }),
        );
        expect(started.code).toBe(0);
        expect(started.outputs.status).toBe('RUNNING');
        await until(() => canaryNow() === 25, 30_000, 'the first shift');

        const status = await action(stack, modeInputs('status'));
        expect(status.code).toBe(0);
        expect(status.outputs).toMatchObject({
          status: 'RUNNING',
          'execution-arn': started.outputs['execution-arn'],
        });
        expect(status.stdout).toContain(`running: ${started.outputs['deployment-id']} at 25%`);
        const [weights] = JSON.parse(status.outputs['final-weights']!);
        expect(weights.targets).toEqual(
          weightsNow().map((one) => ({ target: one.target, weight: one.weight })),
        );

        const run = await action(stack, modeInputs('rollback'));
        await stack.settled();
        expect(run.code).toBe(0);
        expect(lastExecution()).toMatchObject({
          arn: started.outputs['execution-arn'],
          status: 'ABORTED',
          error: 'ManualRollback',
        });
        expect(await world.readRule()).toEqual(ruleBefore);
        expect(stack.service(seedNames.canaryService).desiredCount).toBe(0);

        const after = await action(stack, modeInputs('status'));
        expect(after.outputs.status).toBe('ABORTED');
      },
      timeout,
    );

    it(
      'a hand edit of the rule mid-canary is kept and reported as drift',
      async () => {
        const running = actionInBackground(stack, deployInputs('2.0.0', slowCanary));
        await until(() => canaryNow() === 25, 30_000, 'the first shift', running);
        const edited = handEdit(world);
        await world.setForward(edited.groups, edited.stickySeconds);
        const ruleEdited = await world.readRule();

        const run = await running.done;
        await stack.settled();
        expect(run.code).toBe(1);
        const execution = lastExecution();
        expect(execution.cause).toMatch(/DriftDetected: (VPC Lattice|ALB) rule /);
        expect(run.stdout).toMatch(/::error::.*DriftDetected/);
        if (router === 'vpc-lattice') {
          // The edit still sends the canary traffic: nothing is overwritten, its tasks keep serving it.
          expect(execution).toMatchObject({ status: 'FAILED', error: 'RollbackIncomplete' });
          expect(await world.readRule()).toEqual(ruleEdited);
          expect(stack.service(seedNames.canaryService).desiredCount).toBeGreaterThan(0);
        } else {
          // Only stickiness was edited: the weights go back to the snapshot, the edit stays.
          expect(run.stdout).toMatch(/keeping an edit made (by hand|outside this deployment)/);
          const forward = (rule: unknown) =>
            (rule as { Actions: Array<{ ForwardConfig: { TargetGroups: unknown } }> }).Actions[0]!
              .ForwardConfig;
          expect(forward(await world.readRule())).toEqual({
            TargetGroups: forward(ruleBefore).TargetGroups,
            TargetGroupStickinessConfig: { Enabled: true, DurationSeconds: 600 },
          });
          expect(stack.service(seedNames.canaryService).desiredCount).toBe(0);
        }
        await world.prepare();
      },
      timeout,
    );

    it(
      'an edit of the third group’s weight mid-canary keeps the canary routed: mode rollback says so, naming its share',
      async () => {
        const running = actionInBackground(stack, deployInputs('2.0.0', slowCanary));
        await until(() => canaryNow() === 25, 30_000, 'the first shift', running);
        await world.setForward(
          weightsNow().map((one) => ({
            name: one.target,
            weight: one.target === world.otherGroup ? one.weight + 5 : one.weight,
          })),
        );
        const ruleEdited = await world.readRule();
        const deployed = await running.done;
        await stack.settled();
        expect(deployed.code).toBe(1);
        expect(lastExecution()).toMatchObject({ status: 'FAILED', error: 'RollbackIncomplete' });
        const share = sharePct(weightsNow(), world.view.canary);
        expect(share).toBeGreaterThan(0);

        const run = await action(stack, modeInputs('rollback'));
        expect(run.code).toBe(1);
        expect(run.outputs.status).toBe('incomplete');
        expect(run.stdout).toMatch(/^::error::rollback incomplete: /m);
        expect(run.stdout).toContain(`rollback incomplete: the canary still takes ${share}% of `);
        expect(run.stdout).not.toContain('left nothing in force');
        // The edit is someone else's: kept; the canary keeps serving what it is sent.
        expect(await world.readRule()).toEqual(ruleEdited);
        expect(stack.service(seedNames.canaryService).desiredCount).toBeGreaterThan(0);
        await world.prepare();
      },
      timeout,
    );

    it(
      'a stop from outside has the guard restore the rule',
      async () => {
        const running = actionInBackground(stack, deployInputs('2.0.0', slowCanary));
        await until(() => canaryNow() === 25, 30_000, 'the first shift', running);
        const executionArn = lastExecution().arn;
        await sfn.send(
          new StopExecutionCommand({ executionArn, error: 'Console', cause: 'stopped by hand' }),
        );

        const run = await running.done;
        await stack.settled();
        expect(run.code).toBe(1);
        expect(run.outputs.status).toBe('ABORTED');
        const delivery = stack.guard.invocations.find((one) => one.executionArn === executionArn);
        expect(delivery?.result).toMatchObject({ action: 'rolled-back' });
        expect(await world.readRule()).toEqual(ruleBefore);
        expect(stack.service(seedNames.canaryService).desiredCount).toBe(0);
      },
      timeout,
    );
  });

  describe(`mode: rollback on ${router} after a promotion`, () => {
    it(
      'returns the stable service to what it ran before; the rule stays as it was',
      async () => {
        const stableBefore = stack.service(seedNames.stableService).taskDefinition;
        const promoted = await action(stack, deployInputs('2.1.0'));
        await stack.settled();
        expect(promoted.code).toBe(0);
        const mark = world.view.writeCount();

        const run = await action(stack, modeInputs('rollback'));
        expect(run.code).toBe(0);
        expect(run.stdout).toContain(`reverted the promotion of ${promoted.outputs['deployment-id']}`);
        expect(stack.service(seedNames.stableService).taskDefinition).toBe(stableBefore);
        expect(world.view.writeCount()).toBe(mark);
        expect(await world.readRule()).toEqual(ruleBefore);
      },
      timeout,
    );
  });
  describe(`the CLI on ${router} (node dist/cli/index.js)`, () => {
    const cli = (command: string, inputs: Record<string, string>, ...flags: string[]) =>
      runNode(resolve('dist/cli/index.js'), [command, ...optionsOf(inputs), ...flags], stack.env);
    const where = () => ({ ...world.location, ...world.targetGroups });

    it(
      'weights prints the rule, every target group by name',
      async () => {
        const table = await cli('weights', world.location);
        expect(table.code).toBe(0);
        expect(table.stdout.split('\n')[0]).toMatch(/^RESOURCE +TYPE +TARGET GROUP +WEIGHT +SHARE$/);
        for (const one of weightsNow())
          expect(table.stdout).toMatch(new RegExp(`${one.target} +${one.weight} `));
        const json = await cli('weights', world.location, '--json');
        expect(JSON.parse(json.stdout)[0].targets).toEqual(weightsNow());
      },
      timeout,
    );

    it(
      'deploy, status, analyze and rollback run and stop a canary as the Action does',
      async () => {
        const summary = join(mkdtempSync(join(tmpdir(), 'cli-summary-')), 'summary.md');
        const { mode: _mode, ...inputs } = deployInputs('2.0.0', {
          ...slowCanary,
          'wait-for-completion': 'false',
        });
        const deployed = await cli('deploy', inputs, '--summary', summary);
        jobSummaries.push({ run: `cli deploy on ${router}`, markdown: readFileSync(summary, 'utf8') });
        expect(deployed.code).toBe(0);
        const outputs = JSON.parse(deployed.stdout);
        expect(outputs.status).toBe('RUNNING');
        await until(() => canaryNow() === 25, 30_000, 'the first shift');

        const status = await cli('status', { ...where(), 'state-machine-arn': stack.stateMachineArn });
        expect(status.code).toBe(0);
        expect(status.stderr).toContain(`running: ${outputs['deployment-id']} at 25%`);
        expect(JSON.parse(status.stdout)).toMatchObject({ status: 'RUNNING' });

        // Four simulated minutes at 25%: whole metric periods of canary traffic, published. The CLI runs on
        // the real clock, the stack on the simulated one: --at names the simulated now.
        const shifted = stack.clock.nowMs();
        await until(() => stack.clock.nowMs() - shifted > 4 * 60_000, 30_000, 'canary traffic');
        const at = new Date(stack.clock.nowMs()).toISOString();
        const analyzed = await cli(
          'analyze',
          { ...where(), 'metrics-preset': world.deployInputs['metrics-preset']! },
          '--window',
          '2m',
          '--at',
          at,
          '--json',
        );
        expect(analyzed.code).toBe(0);
        const verdict = JSON.parse(analyzed.stdout);
        expect(verdict.verdict).toBe('PASS');
        expect(verdict.sources[0].canary.requests).toBeGreaterThan(0);
        expect(verdict.sources[0].stable.requests).toBeGreaterThan(0);
        // Scripts gate on the exit code: only PASS is 0; a misspelt alarm is an error, as in a deploy.
        const health = { ...where(), 'metrics-preset': world.deployInputs['metrics-preset']! };
        const thin = await cli('analyze', { ...health, 'min-requests': '10000000' }, '--at', at);
        expect(thin.code).toBe(2);
        expect(thin.stdout).toMatch(/^verdict INCONCLUSIVE/);
        // The scenario's versions answer in about 40 ms: a median slower than 1 ms is a FAIL.
        const slow = { ...health, 'max-latency-ms': '1', 'latency-percentile': 'p50' };
        const failing = await cli('analyze', slow, '--at', at, '--json');
        expect(JSON.parse(failing.stdout).verdict).toBe('FAIL');
        expect(failing.code).toBe(1);
        const misspelt = await cli('analyze', { ...health, 'alarm-names': 'serviceBv2-5xxx' }, '--at', at);
        expect(misspelt.code).toBe(1);
        expect(misspelt.stderr).toContain(
          'error: input "alarm-names": no CloudWatch alarm named "serviceBv2-5xxx"',
        );

        const rolledBack = await cli('rollback', { ...where(), 'state-machine-arn': stack.stateMachineArn });
        await stack.settled();
        expect(rolledBack.code).toBe(0);
        expect(lastExecution()).toMatchObject({ arn: outputs['execution-arn'], status: 'ABORTED' });
        expect(await world.readRule()).toEqual(ruleBefore);
      },
      timeout,
    );

    /** What set-weight's pre-flight reads besides the rule: both services and the state machine. */
    const weightInputs = (): Record<string, string> => ({
      ...where(),
      cluster: seedNames.cluster,
      service: seedNames.canaryService,
      'stable-service': seedNames.stableService,
      'state-machine-arn': stack.stateMachineArn,
    });
    const scaleCanary = async (desiredCount: number) => {
      // As an operator scales it, from the console or the CLI.
      const ecs = new ECSClient({
        endpoint: stack.endpoint,
        region: stack.region,
        credentials: { accessKeyId: 'ops', secretAccessKey: 'ops' },
      });
      await ecs.send(
        new UpdateServiceCommand({
          cluster: seedNames.cluster,
          service: seedNames.canaryService,
          desiredCount,
        }),
      );
      ecs.destroy();
      await until(
        () => stack.service(seedNames.canaryService).runningCount === desiredCount,
        30_000,
        `the canary service at ${desiredCount} tasks`,
      );
    };

    it(
      'set-weight refuses to send traffic to a canary service with no task, and writes nothing',
      async () => {
        await scaleCanary(0);
        const mark = stack.calls.calls.length;
        const run = await cli('set-weight', weightInputs(), '--canary-percent', '25');
        expect(run.code).toBe(1);
        expect(run.stderr).toContain(
          `error: canary service ${seedNames.canaryService} has 0 running of 0 desired tasks: the canary at 25% would send it traffic`,
        );
        expect(mutatingCallsSince(stack, mark)).toEqual([]);
        expect(await world.readRule()).toEqual(ruleBefore);
      },
      timeout,
    );

    it(
      'set-weight moves only the stable and canary weights',
      async () => {
        await scaleCanary(2);
        const otherShare = sharePct(weightsNow(), world.otherGroup);
        const up = await cli('set-weight', weightInputs(), '--canary-percent', '25');
        expect(up.code).toBe(0);
        expect(canaryNow()).toBe(25);
        expect(sharePct(weightsNow(), world.otherGroup)).toBe(otherShare);
        const down = await cli('set-weight', weightInputs(), '--canary-percent', '0');
        expect(down.code).toBe(0);
        expect(canaryNow()).toBe(0);
        expect(sharePct(weightsNow(), world.otherGroup)).toBe(otherShare);
        await world.prepare();
      },
      timeout,
    );

    it(
      'set-weight refuses while a canary runs on the rule; --force writes, says so, and the canary stops, keeping it',
      async () => {
        const running = actionInBackground(stack, deployInputs('2.0.0', slowCanary));
        await until(() => canaryNow() === 25, 30_000, 'the first shift', running);
        const mark = stack.calls.calls.length;
        const refusedRun = await cli('set-weight', weightInputs(), '--canary-percent', '50');
        expect(refusedRun.code).toBe(1);
        expect(refusedRun.stderr).toMatch(/error: execution \S+ \(deployment \S+\) is running a canary on /);
        expect(mutatingCallsSince(stack, mark)).toEqual([]);
        expect(canaryNow()).toBe(25);

        // 40%: no step of the canary's plan, so it is someone else's weight to the canary's drift check.
        const forced = await cli('set-weight', weightInputs(), '--canary-percent', '40', '--force');
        expect(forced.code).toBe(0);
        expect(forced.stderr).toMatch(
          /warning: --force: writing while execution \S+ \(deployment \S+\) runs a canary/,
        );
        const run = await running.done;
        await stack.settled();
        expect(run.code).toBe(1);
        expect(lastExecution().cause).toMatch(/DriftDetected/);
        expect(canaryNow()).toBe(40);
        await world.prepare();
      },
      timeout,
    );

    const refused: Array<[string, () => Record<string, string>, string[], string]> = [
      ['a percent out of range', () => where(), ['--canary-percent', '150'], 'canary-percent'],
      ['an unknown router', () => ({ ...where(), router: 'istio' }), ['--canary-percent', '25'], 'router'],
      [
        'a target group that is not in the forward action',
        () => ({
          ...where(),
          'stable-target-group': world.strayGroup,
        }),
        ['--canary-percent', '25'],
        'stable-target-group',
      ],
    ];
    it.each(refused)(
      'set-weight refuses %s with one line naming the input, and changes nothing',
      async (_, inputs, flags, input) => {
        const mark = stack.calls.calls.length;
        const { 'stable-target-group': _stable, 'canary-target-group': _canary, ...rest } = weightInputs();
        const run = await cli('set-weight', { ...rest, ...inputs() }, ...flags);
        expect(run.code).toBe(1);
        const errors = run.stderr.split('\n').filter((line) => line.startsWith('error:'));
        expect(errors).toHaveLength(1);
        expect(errors[0]).toContain(input);
        expect(mutatingCallsSince(stack, mark)).toEqual([]);
        expect(await world.readRule()).toEqual(ruleBefore);
      },
      timeout,
    );
  });

  describe(`the README's IAM on ${router}`, () => {
    it('grants the workflow role every call made above, none of them to App Mesh', () => {
      const iamPrefix: Record<string, string> = { elbv2: 'elasticloadbalancing' };
      const made = [
        ...new Set(
          stack.calls.calls
            .filter((call) => call.caller === 'client')
            .map((call) => `${iamPrefix[call.service] ?? call.service}:${call.operation}`),
        ),
      ].sort();
      const granted = new Set([...workflowActions, ...readmeRouterActions()]);
      expect(made.filter((one) => !granted.has(one))).toEqual([]);
      expect(made.filter((one) => one.startsWith('appmesh:'))).toEqual([]);
      expect(
        made.filter((one) => one.startsWith(router === 'alb' ? 'elasticloadbalancing:' : 'vpc-lattice:'))
          .length,
      ).toBeGreaterThan(3);
    });
  });
}

/** The actions of the policy documents in README.md's "Moving off App Mesh" section. */
function readmeRouterActions(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(
    readme.indexOf('## Moving off App Mesh'),
    readme.indexOf('## Action reference'),
  );
  return [...section.matchAll(/```json\n([\s\S]*?)```/g)].flatMap((match) =>
    (JSON.parse(match[1]!) as { Statement: Array<{ Action: string | string[] }> }).Statement.flatMap(
      (statement) => [statement.Action].flat(),
    ),
  );
}

/** Inputs as CLI options, named as the inputs: --lattice-service serviceb. */
function optionsOf(inputs: Record<string, string>): string[] {
  return Object.entries(inputs).flatMap(([name, value]) => [`--${name}`, value]);
}

/** What an operator changes by hand mid-canary: the Lattice weights, or only the ALB's stickiness. */
function handEdit(world: RouterWorld) {
  const weights = world.view.weightsAt();
  if (world.router === 'vpc-lattice') {
    const groups = weights.map((one) => ({
      name: one.target,
      weight:
        one.target === world.view.canary
          ? 10
          : one.target === world.view.stable
            ? one.weight + 10
            : one.weight,
    }));
    return { groups, stickySeconds: undefined };
  }
  return { groups: weights.map((one) => ({ name: one.target, weight: one.weight })), stickySeconds: 600 };
}
