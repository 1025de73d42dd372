import '../orchestrator/lambda-env.js';
import { DescribeExecutionCommand, StopExecutionCommand } from '@aws-sdk/client-sfn';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { handler as guardLambda } from '../../lambdas/guard.js';
import { deploymentTagKey } from '../../src/orchestrator/services.js';
import type { GuardResult } from '../../src/orchestrator/steps/guard.js';
import { shiftRouteSpec } from '../../src/routing/app-mesh/index.js';
import {
  executionArnOf,
  seedDocument,
  stablePrevious,
  stateMachineArn,
  taskDefinitionArn,
} from '../orchestrator/fixtures.js';
import {
  awsCalls,
  canaryWeight,
  createWorld,
  mocks,
  mutatingCalls,
  routeSpec,
  setRoute,
  type World,
} from '../orchestrator/world.js';

/** The guard Lambda with an execution's status change (its result is the rollback's). */
const handler = async (event: unknown) => (await guardLambda(event)) as GuardResult;

const document = seedDocument();
const guarded = executionArnOf('deploy-1');

function statusChange(status: string, detail: Record<string, unknown> = {}) {
  return {
    version: '0',
    id: '315c1398-40ff-a850-213b-158f73e60175',
    'detail-type': 'Step Functions Execution Status Change',
    source: 'aws.states',
    account: '123456789012',
    time: '2026-11-01T10:20:00Z',
    region: 'us-west-2',
    resources: [guarded],
    detail: {
      executionArn: guarded,
      stateMachineArn,
      name: 'deploy-1',
      status,
      startDate: 1_793_527_200_000,
      stopDate: 1_793_528_400_000,
      input: JSON.stringify({ document }),
      inputDetails: { included: true },
      output: null,
      outputDetails: null,
      ...detail,
    },
  };
}

/** What an execution stopped at step 2 leaves behind: the route at 50%, the canary serving it. */
function leftAtStepTwo(world: World) {
  const spec = shiftRouteSpec(document.snapshot.routes[0]!.spec, document.snapshot, 50, 'serviceB');
  setRoute(world, 'serviceB', spec, 3);
}

let world: World;
beforeEach(() => {
  world = createWorld(document);
});

describe('the guard', () => {
  it('restores the route of an aborted run and scales the canary to 0', async () => {
    leftAtStepTwo(world);

    const result = await handler(statusChange('ABORTED'));

    expect(result).toMatchObject({ executionArn: guarded, action: 'rolled-back' });
    expect(result.rollback).toMatchObject({
      restoredRoutes: ['serviceB'],
      unchangedRoutes: [],
      keptEditedRoutes: [],
      services: ['canary service serviceBv2: scaled to 0'],
      stable: 'unchanged',
      canary: 'scaled-to-zero',
      complete: true,
    });
    expect(routeSpec(world)).toEqual(document.snapshot.routes[0]!.spec);
    expect(world.ecs.service('apps', 'serviceBv2').desiredCount).toBe(0);
  });

  it('rolls back an execution stopped while an after-shift hook ran', async () => {
    leftAtStepTwo(world);
    const withHooks = seedDocument({
      hooks: {
        intervalSeconds: 30,
        timeoutSeconds: 600,
        afterShift: [{ kind: 'lambda', target: 'arn:aws:lambda:us-west-2:123456789012:function:load' }],
      },
    });

    const result = await handler(statusChange('ABORTED', { input: JSON.stringify({ document: withHooks }) }));

    expect(result).toMatchObject({ executionArn: guarded, action: 'rolled-back' });
    expect(routeSpec(world)).toEqual(document.snapshot.routes[0]!.spec);
    expect(world.ecs.service('apps', 'serviceBv2').desiredCount).toBe(0);
  });

  it('changes nothing the second time', async () => {
    leftAtStepTwo(world);
    await handler(statusChange('ABORTED'));
    for (const mock of Object.values(mocks)) mock.resetHistory();

    const again = await handler(statusChange('ABORTED'));

    expect(mutatingCalls()).toEqual([]);
    expect(again.rollback).toMatchObject({
      restoredRoutes: [],
      unchangedRoutes: ['serviceB'],
      keptEditedRoutes: [],
      services: [],
      canary: 'already-at-zero',
      complete: true,
    });
  });

  it('reverts a stable service that a timed-out promotion had moved to the new version', async () => {
    const promoted = taskDefinitionArn('taskB', 8);
    world.ecs.addTaskDefinition({
      taskDefinitionArn: promoted,
      family: 'taskB',
      revision: 8,
      tags: [{ key: deploymentTagKey, value: document.deploymentId }],
    });
    world.ecs.service('apps', 'serviceB').taskDefinition = promoted;
    setRoute(
      world,
      'serviceB',
      shiftRouteSpec(document.snapshot.routes[0]!.spec, document.snapshot, 100, 'serviceB'),
    );

    const result = await handler(statusChange('TIMED_OUT'));

    expect(result.rollback?.services).toEqual([
      `stable service serviceB: ${promoted} -> ${stablePrevious}`,
      'canary service serviceBv2: scaled to 0',
    ]);
    expect(world.ecs.service('apps', 'serviceB').taskDefinition).toBe(stablePrevious);
    expect(canaryWeight(world)).toBe(0);
  });

  it('reads the input with DescribeExecution when the event left it out', async () => {
    leftAtStepTwo(world);
    mocks.sfn.on(DescribeExecutionCommand, { executionArn: guarded }).resolves({
      executionArn: guarded,
      stateMachineArn,
      status: 'FAILED',
      startDate: new Date(),
      input: JSON.stringify({ document }),
      error: 'States.Runtime',
    });

    const result = await handler(statusChange('FAILED', { input: null, inputDetails: { included: false } }));

    expect(result.action).toBe('rolled-back');
    expect(result.reason).toContain('FAILED (States.Runtime)');
    expect(routeSpec(world)).toEqual(document.snapshot.routes[0]!.spec);
  });

  it('leaves alone an execution refused because another canary holds the route', async () => {
    leftAtStepTwo(world);

    const result = await handler(
      statusChange('FAILED', { error: 'CanaryAlreadyRunning', cause: 'execution … is already shifting' }),
    );

    expect(result.action).toBe('skipped');
    expect(awsCalls()).toEqual({});
    expect(canaryWeight(world)).toBe(50);
  });

  it('leaves the route to another execution that is running on it now', async () => {
    leftAtStepTwo(world);
    world.running.push({
      executionArn: executionArnOf('deploy-2'),
      startDate: new Date(),
      input: JSON.stringify({ document: seedDocument({ deploymentId: 'gh-1235-1' }) }),
    });

    const result = await handler(statusChange('ABORTED'));

    expect(result).toMatchObject({ action: 'skipped' });
    expect(result.reason).toContain(`execution ${executionArnOf('deploy-2')} (RUNNING`);
    expect(result.reason).toContain('took over route serviceB of virtual router serviceB after it');
    expect(mutatingCalls()).toEqual([]);
  });

  it('changes nothing for a late event of an older canary whose route a newer one took over', async () => {
    // deploy-2 started after deploy-1 ended and moved all traffic to its canary (promotion none); an
    // at-least-once delivery of deploy-1's FAILED event arrives now.
    setRoute(
      world,
      'serviceB',
      shiftRouteSpec(document.snapshot.routes[0]!.spec, document.snapshot, 100, 'serviceB'),
      6,
    );
    world.ended.push({
      executionArn: executionArnOf('deploy-2'),
      startDate: new Date(1_793_530_000_000),
      status: 'SUCCEEDED',
      input: JSON.stringify({ document: seedDocument({ deploymentId: 'gh-1300-1', promotion: 'none' }) }),
    });

    const result = await handler(statusChange('FAILED', { error: 'HealthCheckFailed' }));

    expect(result).toMatchObject({ action: 'skipped' });
    expect(result.reason).toContain(`execution ${executionArnOf('deploy-2')} (SUCCEEDED`);
    expect(mutatingCalls()).toEqual([]);
    expect(canaryWeight(world)).toBe(100);
  });

  it('still acts when the later execution on the route was refused because this one held it', async () => {
    leftAtStepTwo(world);
    world.ended.push({
      executionArn: executionArnOf('deploy-2'),
      startDate: new Date(1_793_530_000_000),
      status: 'FAILED',
      error: 'CanaryAlreadyRunning',
      input: JSON.stringify({ document: seedDocument({ deploymentId: 'gh-1300-1' }) }),
    });

    const result = await handler(statusChange('ABORTED'));

    expect(result.action).toBe('rolled-back');
    expect(routeSpec(world)).toEqual(document.snapshot.routes[0]!.spec);
  });

  it('ignores executions that succeeded', async () => {
    const result = await handler(statusChange('SUCCEEDED'));

    expect(result.action).toBe('skipped');
    expect(awsCalls()).toEqual({});
  });

  it('skips an execution whose input holds no valid document (it changed nothing)', async () => {
    const result = await handler(
      statusChange('FAILED', { input: '{"document":{"version":1}}', error: 'InvalidDocument' }),
    );

    expect(result.action).toBe('skipped');
    expect(result.reason).toContain('no valid execution document');
    expect(mutatingCalls()).toEqual([]);
  });

  it('refuses an event that is not a Step Functions status change', async () => {
    await expect(handler({ detail: { foo: 1 } })).rejects.toThrow(
      'not a Step Functions Execution Status Change event',
    );
  });
});

describe('the guard, on an alarm state change', () => {
  const running = executionArnOf('deploy-7');

  function alarmChange(alarmName: string, value = 'ALARM') {
    return {
      version: '0',
      id: 'c4c1c1c9-6542-e61b-6ef0-8c4d36933a92',
      'detail-type': 'CloudWatch Alarm State Change',
      source: 'aws.cloudwatch',
      account: '123456789012',
      time: '2026-11-01T10:21:00Z',
      region: 'us-west-2',
      resources: [`arn:aws:cloudwatch:us-west-2:123456789012:alarm:${alarmName}`],
      detail: {
        alarmName,
        state: {
          value,
          reason: 'Threshold Crossed: 1 datapoint [4.8] was greater than 1.0',
          timestamp: '2026-11-01T10:21:00.000+0000',
        },
        previousState: { value: 'OK' },
      },
    };
  }

  beforeEach(() => {
    process.env.STATE_MACHINE_ARN = stateMachineArn;
    world.running.push({ executionArn: running, startDate: new Date(), input: JSON.stringify({ document }) });
    mocks.sfn.on(StopExecutionCommand).resolves({ stopDate: new Date() });
  });

  it('stops at once the running canary whose health names the alarm', async () => {
    const result = await guardLambda(alarmChange('serviceBv2-5xx'));

    expect(result).toMatchObject({ action: 'stopped', stopped: [running] });
    expect(mocks.sfn).toHaveReceivedCommandWith(StopExecutionCommand, {
      executionArn: running,
      error: 'AlarmTriggered',
      cause: expect.stringContaining('alarm serviceBv2-5xx entered ALARM at 2026-11-01T10:21:00.000+0000'),
    });
    // The stop is all: the rollback runs when its ABORTED status change comes back to the guard.
    expect(mutatingCalls()).toEqual([]);
  });

  it('does nothing for an alarm no running canary names, nor for a change to OK', async () => {
    expect(await guardLambda(alarmChange('payments-5xx'))).toMatchObject({ action: 'skipped', stopped: [] });
    expect(await guardLambda(alarmChange('serviceBv2-5xx', 'OK'))).toMatchObject({ action: 'skipped' });
    expect(mocks.sfn.commandCalls(StopExecutionCommand)).toHaveLength(0);
  });
});
