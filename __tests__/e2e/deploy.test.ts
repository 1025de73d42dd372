import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { workflowActions } from '../../infra/workflow-role.js';
import type { LocalStack } from '../../local/index.js';
import {
  canaryWeightsWritten,
  deploy,
  e2eStack,
  finalState,
  imageOf,
  manualRollback,
  stableOnly,
  until,
} from './harness.js';
import { canaryCharts, itDrawsEveryJobSummary, levels } from './job-summaries.js';

/**
 * The real bundle (`node dist/index.js`, inputs as INPUT_*), the real state machine and the real Lambda
 * handlers against the local stack. Each run asserts the final route, services and execution.
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

function lastExecution() {
  return stack.executions().at(-1)!;
}

describe('deploy', () => {
  it(
    'promotes a healthy version: 25, 50, 100, then the stable service runs it and takes all traffic back',
    async () => {
      const writes = stack.appMesh.routeWrites.length;
      const run = await deploy(stack, '2.0.0');
      await stack.settled();

      expect(run.code).toBe(0);
      expect(run.outputs.status).toBe('SUCCEEDED');
      expect(run.stdout).toContain('canary succeeded');
      const state = finalState(stack);
      expect(state.route).toEqual(stableOnly);
      expect(state.stable.image).toBe(imageOf(stack, '2.0.0'));
      expect(state.stable.deployments).toHaveLength(1);
      expect(state.canary).toMatchObject({ desiredCount: 0, image: imageOf(stack, '2.0.0') });
      expect(lastExecution()).toMatchObject({ status: 'SUCCEEDED', arn: run.outputs['execution-arn'] });
      expect(canaryWeightsWritten(stack, writes)).toEqual([25, 50, 100, 0]);
      expect(JSON.parse(run.outputs['final-weights']!)[0].targets).toEqual([
        { target: 'serviceB', weight: 100 },
      ]);
      expect(run.summary).toContain('promoted');
      const charts = canaryCharts(run.summary);
      expect(levels(charts.weight)).toEqual([25, 50, 100, 0]);
      // No FAIL: the marks stay under the stable line.
      expect(charts.failMarks).toEqual(charts.stable5xx);
    },
    timeout,
  );

  it(
    'rolls a version with 5% 5xx back at the first step: route and stable service as before',
    async () => {
      const stableBefore = stack.service('serviceB').taskDefinition;
      const writes = stack.appMesh.routeWrites.length;
      const run = await deploy(stack, '2.0.1-5xx');
      await stack.settled();

      expect(run.code).toBe(1);
      expect(run.outputs.status).toBe('FAILED');
      expect(run.stdout).toMatch(/::error::.*rolled back/);
      const execution = lastExecution();
      expect(execution).toMatchObject({ status: 'FAILED', error: 'HealthCheckFailed' });
      expect(execution.cause).toMatch(/^FAIL at 25% \(step 1 of 3\).*5xx/);
      const state = finalState(stack);
      expect(state.route).toEqual(stableOnly);
      expect(state.stable.taskDefinition).toBe(stableBefore);
      expect(state.canary.desiredCount).toBe(0);
      expect(canaryWeightsWritten(stack, writes)).toEqual([25, 0]);
      const { weight, failMarks, stable5xx, canary5xx } = canaryCharts(run.summary);
      expect(levels(weight)).toEqual([25, 0]);
      // The FAIL spike leaves the stable line once, its tip at the canary's rate (5%), never above it.
      const failedAt = failMarks.flatMap((value, index) => (value !== stable5xx[index] ? [index] : []));
      expect(failedAt).toHaveLength(1);
      expect(failMarks[failedAt[0]!]).toBe(canary5xx[failedAt[0]!]);
      expect(canary5xx[failedAt[0]!]).toBeGreaterThan(stable5xx[failedAt[0]!]! + 1);
    },
    timeout,
  );

  it(
    'rolls a version that fails under load back at 50%',
    async () => {
      const stableBefore = stack.service('serviceB').taskDefinition;
      const writes = stack.appMesh.routeWrites.length;
      const run = await deploy(stack, '2.0.2-under-load');
      await stack.settled();

      expect(run.code).toBe(1);
      const execution = lastExecution();
      expect(execution).toMatchObject({ status: 'FAILED', error: 'HealthCheckFailed' });
      expect(execution.cause).toMatch(/^FAIL at 50% \(step 2 of 3\)/);
      expect(canaryWeightsWritten(stack, writes)).toEqual([25, 50, 0]);
      expect(levels(canaryCharts(run.summary).weight)).toEqual([25, 50, 0]);
      const state = finalState(stack);
      expect(state.route).toEqual(stableOnly);
      expect(state.stable.taskDefinition).toBe(stableBefore);
      expect(state.canary.desiredCount).toBe(0);
    },
    timeout,
  );

  it(
    'fails before any traffic moves when the circuit breaker rolls the canary service back',
    async () => {
      const canaryBefore = stack.service('serviceBv2').taskDefinition;
      const executions = stack.executions().length;
      const writes = stack.appMesh.routeWrites.length;
      const run = await deploy(stack, '2.0.3-never-starts', { 'desired-count': '2' });

      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/::error::.*circuit breaker/);
      expect(stack.executions()).toHaveLength(executions);
      expect(stack.appMesh.routeWrites).toHaveLength(writes);
      // The Action fails as soon as the breaker trips; ECS's own rollback then completes on the stack's clock.
      const rollingBack = () =>
        stack
          .service('serviceBv2')
          .deployments.some((deployment) => deployment.rolloutState === 'IN_PROGRESS');
      await until(() => !rollingBack(), 10_000, "ECS's circuit-breaker rollback to complete");
      const state = finalState(stack);
      expect(state.route).toEqual(stableOnly);
      expect(state.canary.taskDefinition).toBe(canaryBefore);
      expect(state.canary.deployments.map((deployment) => deployment.rolloutState)).not.toContain(
        'IN_PROGRESS',
      );
    },
    timeout,
  );
});

describe('the words of the plan', () => {
  it(
    'count one task as one task',
    async () => {
      const run = await deploy(stack, '2.0.0', { 'dry-run': 'true', 'desired-count': '1' });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('update service serviceBv2 to it with 1 task\n');
      expect(run.stdout).not.toMatch(/\b1 tasks\b/);
    },
    timeout,
  );
});

describe('manual rollback after a promotion', () => {
  it(
    'returns the stable service to the task definition it ran before, with the route on it',
    async () => {
      const stableBefore = stack.service('serviceB').taskDefinition;
      const promoted = await deploy(stack, '2.1.0');
      await stack.settled();
      expect(promoted.code).toBe(0);
      expect(stack.service('serviceB').image).toBe(imageOf(stack, '2.1.0'));

      const run = await manualRollback(stack);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`reverted the promotion of ${promoted.outputs['deployment-id']}`);
      const state = finalState(stack);
      expect(state.stable.taskDefinition).toBe(stableBefore);
      expect(state.stable.deployments).toEqual([
        expect.objectContaining({ taskDefinition: stableBefore, rolloutState: 'COMPLETED' }),
      ]);
      expect(state.route).toEqual(stableOnly);
    },
    timeout,
  );

  it(
    'finds nothing to roll back a second time',
    async () => {
      const stableBefore = stack.service('serviceB').taskDefinition;
      const writes = stack.appMesh.routeWrites.length;
      const run = await manualRollback(stack);
      expect(run.code).toBe(0);
      expect(stack.service('serviceB').taskDefinition).toBe(stableBefore);
      expect(stack.appMesh.routeWrites).toHaveLength(writes);
    },
    timeout,
  );
});

describe('the workflow role (infra/workflow-role.ts, rendered into both READMEs)', () => {
  it('allows every AWS call the Action made in the runs above', () => {
    const made = [
      ...new Set(
        stack.calls.calls
          .filter((call) => call.caller === 'client')
          // The local stack names ELBv2 "elbv2"; IAM's prefix is elasticloadbalancing.
          .map(
            (call) => `${call.service === 'elbv2' ? 'elasticloadbalancing' : call.service}:${call.operation}`,
          ),
      ),
    ].sort();
    expect(made.length).toBeGreaterThan(5);
    expect(made.filter((action) => !workflowActions.includes(action))).toEqual([]);
  });
});

itDrawsEveryJobSummary('deploy.test.ts');
