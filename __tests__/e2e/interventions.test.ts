import { AppMeshClient, UpdateRouteCommand } from '@aws-sdk/client-app-mesh';
import { SFNClient, StopExecutionCommand } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { LocalStack } from '../../local/index.js';
import {
  action,
  actionInBackground,
  canaryWeight,
  deployInputs,
  e2eStack,
  finalState,
  manualRollback,
  type StartedAction,
  stableOnly,
  until,
} from './harness.js';
import { itDrawsEveryJobSummary } from './job-summaries.js';

/**
 * Someone acts while a canary runs: a manual rollback, a second deploy, a hand edit of the route, a stop
 * from the console. Each canary bakes 10 simulated minutes per step (2 s real), long enough to act on.
 */
let stack: LocalStack;
let sfn: SFNClient;
let appMesh: AppMeshClient;
const timeout = 90_000;
const slowCanary = { 'check-interval': '20s', 'bake-time': '10m' };

beforeAll(async () => {
  stack = await e2eStack();
  const config = {
    endpoint: stack.endpoint,
    region: stack.region,
    credentials: { accessKeyId: 'ops', secretAccessKey: 'ops' },
  };
  sfn = new SFNClient(config);
  appMesh = new AppMeshClient(config);
});

afterAll(async () => {
  await stack?.settled();
  sfn?.destroy();
  appMesh?.destroy();
  await stack?.stop();
});

function lastExecution() {
  return stack.executions().at(-1)!;
}

async function untilCanaryAt(weight: number, running: Pick<StartedAction, 'progress'>) {
  await until(() => canaryWeight(stack) === weight, 30_000, `the canary at ${weight}%`, running);
}

describe('while a canary runs', () => {
  it(
    'a manual rollback stops it and the route is back at its snapshot',
    async () => {
      const started = await action(
        stack,
        deployInputs(stack, '2.0.0', { ...slowCanary, 'wait-for-completion': 'false' }),
      );
      expect(started.code).toBe(0);
      expect(started.outputs.status).toBe('RUNNING');
      await until(() => canaryWeight(stack) > 0, 30_000, 'the first shift');

      const run = await manualRollback(stack);
      await stack.settled();
      expect(run.code).toBe(0);
      const execution = lastExecution();
      expect(execution).toMatchObject({
        arn: started.outputs['execution-arn'],
        status: 'ABORTED',
        error: 'ManualRollback',
      });
      const state = finalState(stack);
      expect(state.route).toEqual(stableOnly);
      expect(state.canary.desiredCount).toBe(0);
      expect(stack.guard.invocations.at(-1)).toMatchObject({
        executionArn: execution.arn,
        status: 'ABORTED',
      });
    },
    timeout,
  );

  it(
    'a second deploy is refused before it changes anything',
    async () => {
      const first = await action(
        stack,
        deployInputs(stack, '2.0.0', { ...slowCanary, 'wait-for-completion': 'false' }),
      );
      expect(first.code).toBe(0);
      await until(() => canaryWeight(stack) > 0, 30_000, 'the first shift');
      const canaryBefore = stack.service('serviceBv2');
      const registrations = stack.calls.count('ecs', 'RegisterTaskDefinition');
      const updates = stack.calls.count('ecs', 'UpdateService');
      const executions = stack.executions().length;

      const second = await action(stack, deployInputs(stack, '2.1.0', slowCanary));
      expect(second.code).toBe(1);
      expect(second.stdout).toContain(
        `::error::execution ${first.outputs['execution-arn']} (deployment ${first.outputs['deployment-id']}`,
      );
      expect(second.stdout).toContain(
        'is running a canary on route serviceB of virtual router serviceB. This deploy changed nothing.',
      );
      expect(stack.calls.count('ecs', 'RegisterTaskDefinition')).toBe(registrations);
      expect(stack.calls.count('ecs', 'UpdateService')).toBe(updates);
      expect(stack.calls.count('states', 'StartExecution')).toBe(executions);
      expect(stack.executions()).toHaveLength(executions);
      expect(stack.service('serviceBv2').taskDefinition).toBe(canaryBefore.taskDefinition);
      expect(lastExecution()).toMatchObject({ arn: first.outputs['execution-arn'], status: 'RUNNING' });
      expect(second.stdout).not.toContain('started execution');

      await sfn.send(new StopExecutionCommand({ executionArn: first.outputs['execution-arn'] }));
      await stack.settled();
      expect(finalState(stack).route).toEqual(stableOnly);
    },
    timeout,
  );

  it(
    'a hand edit of the route aborts it and the edit is kept',
    async () => {
      const running = actionInBackground(stack, deployInputs(stack, '2.0.0', slowCanary));
      await untilCanaryAt(25, running);
      const edited = {
        http2Route: {
          action: {
            weightedTargets: [
              { virtualNode: 'serviceB', weight: 90 },
              { virtualNode: 'serviceBv2', weight: 10 },
            ],
          },
          match: { prefix: '/' },
        },
      };
      await appMesh.send(
        new UpdateRouteCommand({
          meshName: 'apps',
          virtualRouterName: 'serviceB',
          routeName: 'serviceB',
          spec: edited,
        }),
      );

      const run = await running.done;
      await stack.settled();
      expect(run.code).toBe(1);
      const execution = lastExecution();
      // Not "rolled back": the edit still sends the canary 10%, so its tasks keep serving it.
      expect(execution).toMatchObject({ status: 'FAILED', error: 'RollbackIncomplete' });
      expect(execution.cause).toMatch(/^DriftDetected: route serviceB: weightedTargets changed/);
      expect(run.stdout).toMatch(
        /::error::canary rollback incomplete \(FAILED\): RollbackIncomplete: DriftDetected/,
      );
      expect(run.stdout).not.toMatch(/::error::.*"trace"/);
      expect(run.summary).toContain('rollback incomplete');
      const state = finalState(stack);
      expect(stack.routeSpec()).toEqual(edited);
      // The edit still sends the canary traffic: its tasks keep serving it.
      expect(state.canary.desiredCount).toBeGreaterThan(0);

      await appMesh.send(
        new UpdateRouteCommand({
          meshName: 'apps',
          virtualRouterName: 'serviceB',
          routeName: 'serviceB',
          spec: { http2Route: { action: { weightedTargets: stableOnly }, match: { prefix: '/' } } },
        }),
      );
    },
    timeout,
  );

  it(
    'a stop from outside has the guard restore the route; the Action fails with the outcome',
    async () => {
      const running = actionInBackground(stack, deployInputs(stack, '2.0.0', slowCanary));
      await untilCanaryAt(25, running);
      const executionArn = lastExecution().arn;
      await sfn.send(
        new StopExecutionCommand({ executionArn, error: 'Console', cause: 'stopped in the console' }),
      );

      const run = await running.done;
      await stack.settled();
      expect(run.code).toBe(1);
      expect(run.outputs.status).toBe('ABORTED');
      expect(lastExecution()).toMatchObject({ arn: executionArn, status: 'ABORTED', error: 'Console' });
      const delivery = stack.guard.invocations.find((invocation) => invocation.executionArn === executionArn);
      expect(delivery?.result).toMatchObject({
        action: 'rolled-back',
        rollback: { restoredRoutes: ['serviceB'] },
      });
      const state = finalState(stack);
      expect(state.route).toEqual(stableOnly);
      expect(state.canary.desiredCount).toBe(0);
    },
    timeout,
  );
});

itDrawsEveryJobSummary('interventions.test.ts');
