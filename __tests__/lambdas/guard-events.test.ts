import '../orchestrator/lambda-env.js';
import { BadRequestException } from '@aws-sdk/client-app-mesh';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { handler as guardLambda } from '../../lambdas/guard.js';
import type { GuardResult } from '../../src/orchestrator/steps/guard.js';
import { shiftRouteSpec } from '../../src/routing/app-mesh/index.js';
import { executionArnOf, seedDocument, stateMachineArn } from '../orchestrator/fixtures.js';
import {
  canaryWeight,
  createWorld,
  putEvents,
  routeSpec,
  setRoute,
  type World,
} from '../orchestrator/world.js';

/** What the guard announces after the rollback it runs for an execution that ended without one. */
const handler = async (event: unknown) => (await guardLambda(event)) as GuardResult;
const document = seedDocument();
const guarded = executionArnOf('deploy-1');

function statusChange(status: string, error?: string) {
  return {
    'detail-type': 'Step Functions Execution Status Change',
    source: 'aws.states',
    detail: {
      executionArn: guarded,
      stateMachineArn,
      status,
      startDate: 1_793_527_200_000,
      input: JSON.stringify({ document }),
      inputDetails: { included: true },
      error: error ?? null,
      cause: null,
    },
  };
}

const atStepTwo = () => shiftRouteSpec(document.snapshot.routes[0]!.spec, document.snapshot, 50, 'serviceB');
const editedByHand = {
  httpRoute: {
    action: {
      weightedTargets: [
        { virtualNode: 'serviceB', weight: 90 },
        { virtualNode: 'serviceBv2', weight: 10 },
      ],
    },
    match: { prefix: '/' },
  },
};

let world: World;
beforeEach(() => {
  world = createWorld(document);
});

describe('the guard’s events', () => {
  it('rolled back: an aborted execution whose route and canary the guard restored', async () => {
    setRoute(world, 'serviceB', atStepTwo(), 3);

    await handler(statusChange('ABORTED'));

    expect(putEvents()).toHaveLength(1);
    const { detailType, detail } = putEvents()[0]!;
    expect(detailType).toBe('Rolled Back');
    expect(detail).toMatchObject({
      transition: 'ROLLED_BACK',
      executionArn: guarded,
      deploymentId: 'gh-1234-1',
      weights: { canary: 0, stable: 100 },
      reason:
        'execution ended ABORTED; the guard rolled it back: restored route serviceB; canary service serviceBv2: scaled to 0',
    });
  });

  it('nothing when the execution’s own rollback had done it all, nor for a repeated event', async () => {
    // A canary that rolled back by itself ends FAILED too: the guard finds nothing left to do.
    world.ecs.service('apps', 'serviceBv2').desiredCount = 0;
    await handler(statusChange('FAILED', 'HealthCheckFailed'));
    expect(putEvents()).toEqual([]);

    world.ecs.service('apps', 'serviceBv2').desiredCount = 2;
    setRoute(world, 'serviceB', atStepTwo(), 3);
    await handler(statusChange('ABORTED'));
    await handler(statusChange('ABORTED'));
    expect(putEvents().map(({ detail }) => detail.transition)).toEqual(['ROLLED_BACK']);
  });

  it('rollback failed: the guard’s rollback of a stopped execution must keep a route someone edited', async () => {
    setRoute(world, 'serviceB', editedByHand, 4);

    const result = await handler(statusChange('ABORTED'));

    expect(result.action).toBe('incomplete');
    expect(putEvents().map(({ detailType }) => detailType)).toEqual(['Rollback Failed']);
    const { detail } = putEvents()[0]!;
    expect(detail.weights).toBeUndefined();
    expect(detail.transitionId).toBe(`${guarded}/ROLLBACK_FAILED/guard`);
    expect(detail.reason).toMatch(
      /^execution ended ABORTED; the guard could not complete the rollback: the canary still gets traffic from serviceB; done: kept route serviceB as edited/,
    );
    expect(routeSpec(world)).toEqual(editedByHand);
  });

  it('nothing again when the execution’s own Rollback state announced the incomplete rollback', async () => {
    setRoute(world, 'serviceB', editedByHand, 4);

    const result = await handler(statusChange('FAILED', 'RollbackIncomplete'));

    expect(result.action).toBe('incomplete');
    expect(putEvents()).toEqual([]);
  });

  it.each([
    ['FAILED', 'RollbackFailed'],
    ['ABORTED', undefined],
  ])(
    'rollback failed at once when the guard’s rollback fails (execution %s %s), rolled back once a retry succeeds',
    async (status, error) => {
      setRoute(world, 'serviceB', atStepTwo(), 3);
      world.mesh.failUpdateOf(
        'serviceB',
        new BadRequestException({ message: 'Route spec is invalid', $metadata: {} }),
      );
      const ended = statusChange(status!, error);

      await expect(handler(ended)).rejects.toMatchObject({ name: 'RollbackIncomplete' });
      await expect(handler(ended)).rejects.toMatchObject({ name: 'RollbackIncomplete' });
      expect(canaryWeight(world)).toBe(50);
      world.mesh.clearFailures();
      await handler(ended);

      expect(putEvents().map(({ detail }) => [detail.transition, detail.transitionId])).toEqual([
        ['ROLLBACK_FAILED', `${guarded}/ROLLBACK_FAILED/guard`],
        ['ROLLBACK_FAILED', `${guarded}/ROLLBACK_FAILED/guard`],
        ['ROLLED_BACK', `${guarded}/ROLLED_BACK/guard`],
      ]);
      const end = error ? `FAILED \\(${error}\\)` : 'ABORTED';
      expect(putEvents()[0]!.detail.reason).toMatch(
        new RegExp(
          `^execution ended ${end}; the guard's rollback failed and is retried: rollback incomplete: .*BadRequestException`,
        ),
      );
      expect(canaryWeight(world)).toBe(0);
    },
  );
});
