import { PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { describe, expect, it } from '@jest/globals';
import { canaryEventDetailSchema } from '../../src/events/index.js';
import type { RouteSpec } from '../../src/routing/app-mesh/index.js';
import { throttled } from '../routing/app-mesh/helpers.js';
import { executionArnOf, seedDocument } from './fixtures.js';
import { runCanary } from './run-canary.js';
import {
  canaryWeight,
  createWorld,
  mocks,
  putEvents,
  routeSpec,
  setRoute,
  writtenCanaryWeights,
} from './world.js';

/**
 * The events the real handlers put while the real definition runs (aws-local-stepfunctions), in order: one
 * per transition, each detail as the schema describes it.
 */
const executionArn = executionArnOf('deploy-1');

/** transition, step number, canary weight: the outline of a run's events. */
function outline() {
  return putEvents().map(({ detail }) => [
    detail.transition,
    detail.step?.number ?? '-',
    detail.weights?.canary ?? '?',
  ]);
}

function expectEveryDetailValid() {
  for (const { source, detail } of putEvents()) {
    expect(source).toBe('appmesh-canary');
    expect(canaryEventDetailSchema.safeParse(detail).error).toBeUndefined();
    expect(detail).toMatchObject({ deploymentId: 'gh-1234-1', executionArn });
  }
}

describe('the events of a canary', () => {
  it('a healthy canary: started, each step shifted, promoted with all traffic back on stable', async () => {
    const document = seedDocument();
    const world = createWorld(document);

    const run = await runCanary(world, document);

    expect(run.status).toBe('SUCCEEDED');
    expect(outline()).toEqual([
      ['STARTED', '-', 0],
      ['STEP_SHIFTED', 1, 25],
      ['STEP_SHIFTED', 2, 50],
      ['STEP_SHIFTED', 3, 100],
      ['PROMOTED', '-', 0],
    ]);
    expectEveryDetailValid();
    const [started, , , , promoted] = putEvents();
    expect(started!.detailType).toBe('Canary Started');
    expect(started!.detail.reason).toBe(
      'serviceBv2 on taskBv2:4, steps 25% → 50% → 100% of route serviceB of virtual router serviceB; promotion copy',
    );
    const stableRevision = world.ecs.registered[0]!.taskDefinitionArn!.split('/').at(-1);
    expect(promoted!.detail.reason).toBe(
      `serviceB runs ${stableRevision}, the version checked as taskBv2:4; ` +
        'route serviceB of virtual router serviceB back on node serviceB; canary service serviceBv2 scaled to 0',
    );
    expect(promoted!.detail.weights).toEqual({ canary: 0, stable: 100 });
  });

  it('promotion none: promoted at the last step, the canary keeping 100%', async () => {
    const document = seedDocument({ promotion: 'none' });
    const world = createWorld(document);

    await runCanary(world, document);

    expect(outline()).toEqual([
      ['STARTED', '-', 0],
      ['STEP_SHIFTED', 1, 25],
      ['STEP_SHIFTED', 2, 50],
      ['STEP_SHIFTED', 3, 100],
      ['PROMOTED', 3, 100],
    ]);
    expect(putEvents().at(-1)!.detail).toMatchObject({ weights: { canary: 100, stable: 0 } });
    expect(canaryWeight(world)).toBe(100);
    expectEveryDetailValid();
  });

  it('a failed check: the check that triggers the rollback, then rolled back with its cause', async () => {
    const document = seedDocument();
    const world = createWorld(document);
    world.alarmAt = (weight) => (weight >= 50 ? 'ALARM' : 'OK');

    await runCanary(world, document);

    expect(outline()).toEqual([
      ['STARTED', '-', 0],
      ['STEP_SHIFTED', 1, 25],
      ['STEP_SHIFTED', 2, 50],
      ['CHECK_FAILED', 2, 50],
      ['ROLLED_BACK', '-', 0],
    ]);
    const [, , , failed, rolledBack] = putEvents();
    expect(failed!.detail).toMatchObject({ verdict: 'FAIL', weights: { canary: 50, stable: 50 } });
    expect(failed!.detail.reason).toMatch(
      /serviceBv2-5xx in ALARM.*; triggers the rollback \(1 failed check since the last pass reached failure-limit 1\)$/,
    );
    expect(rolledBack!.detail.reason).toMatch(
      /^HealthCheckFailed: FAIL at 50% \(step 2 of 3\).*; restored route serviceB; canary service serviceBv2: scaled to 0$/,
    );
    expect(rolledBack!.detail.message).toMatch(
      /^gh-1234-1 rolled back: HealthCheckFailed: FAIL at 50% \(step 2 of 3\)/,
    );
    expectEveryDetailValid();
  });

  it('inconclusive checks: within the limit until the one that reaches it', async () => {
    const document = seedDocument();
    const world = createWorld(document);
    world.alarmAt = () => 'INSUFFICIENT_DATA';

    await runCanary(world, document);

    const checks = putEvents().filter(({ detail }) => detail.transition === 'CHECK_INCONCLUSIVE');
    expect(checks.map(({ detail }) => detail.reason.replace(/^.*; /, ''))).toEqual([
      'within the limit: the canary goes on (inconclusive check 1 of inconclusive-limit 3)',
      'within the limit: the canary goes on (inconclusive check 2 of inconclusive-limit 3)',
      'triggers the rollback (3 inconclusive checks since the last pass reached inconclusive-limit 3)',
    ]);
    expect(checks.every(({ detail }) => detail.verdict === 'INCONCLUSIVE')).toBe(true);
    expect(outline().at(-1)).toEqual(['ROLLED_BACK', '-', 0]);
  });

  it('a rollback that must leave a route someone edited: rollback failed, weights unknown', async () => {
    const document = seedDocument();
    const world = createWorld(document);
    const edited: RouteSpec = {
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

    const run = await runCanary(world, document, {
      before: (state, call) => {
        if (state === 'Shift' && call === 2) setRoute(world, 'serviceB', edited);
      },
    });

    expect(run.error).toBe('RollbackIncomplete');
    expect(outline()).toEqual([
      ['STARTED', '-', 0],
      ['STEP_SHIFTED', 1, 25],
      ['ROLLBACK_FAILED', '-', '?'],
    ]);
    const failed = putEvents().at(-1)!.detail;
    expect(failed.weights).toBeUndefined();
    expect(failed.reason).toMatch(
      /^DriftDetected: .*Rolled back as far as it may: kept route serviceB as edited/,
    );
    expect(routeSpec(world)).toEqual(edited);
  });

  it('a refused execution announces nothing: it never started', async () => {
    const document = seedDocument();
    const world = createWorld(document);
    world.running.push({
      executionArn: executionArnOf('deploy-0'),
      startDate: new Date(0),
      input: JSON.stringify({ document }),
    });

    const run = await runCanary(world, document);

    expect(run.error).toBe('CanaryAlreadyRunning');
    expect(putEvents()).toEqual([]);
  });
});

describe('retries: each transition announced once where the step can tell', () => {
  it('a step that fails before its announcement announces nothing; its retry announces once', async () => {
    const document = seedDocument();
    const world = createWorld(document);

    const run = await runCanary(world, document, {
      before: (state, call) => {
        if (state === 'Shift' && call === 2) world.mesh.failNext('UpdateRoute', throttled(), throttled());
      },
    });

    expect(run.events.filter((event) => event.type === 'StateRetried')).toHaveLength(1);
    expect(run.calls.Shift).toBe(4);
    expect(outline()).toEqual([
      ['STARTED', '-', 0],
      ['STEP_SHIFTED', 1, 25],
      ['STEP_SHIFTED', 2, 50],
      ['STEP_SHIFTED', 3, 100],
      ['PROMOTED', '-', 0],
    ]);
  });

  it('a step whose result was lost after it announced: the retry repeats the same transitionId', async () => {
    const document = seedDocument();
    const world = createWorld(document);
    world.alarmAt = (weight) => (weight >= 50 ? 'ALARM' : 'OK');

    await runCanary(world, document, {
      wrap: {
        // The function ran to its end, then the invocation failed as Lambda's own errors do.
        Check: async (real, input, call) => {
          const result = await real(input);
          if (call === 6) throw Object.assign(new Error('result lost'), { name: 'Lambda.ServiceException' });
          return result;
        },
      },
    });

    const failedChecks = putEvents().filter(({ detail }) => detail.transition === 'CHECK_FAILED');
    expect(failedChecks.map(({ detail }) => detail.transitionId)).toEqual([
      `${executionArn}/CHECK_FAILED/step-2/check-1`,
      `${executionArn}/CHECK_FAILED/step-2/check-1`,
    ]);
    expect(outline().at(-1)).toEqual(['ROLLED_BACK', '-', 0]);
  });
});

describe('a PutEvents that fails', () => {
  it('changes nothing in the canary: it promotes as it would have, every transition tried once', async () => {
    const document = seedDocument();
    const world = createWorld(document);
    mocks.events.on(PutEventsCommand).rejects(
      Object.assign(new Error('not authorized to perform: events:PutEvents'), {
        name: 'AccessDeniedException',
      }),
    );

    const run = await runCanary(world, document);

    expect(run.status).toBe('SUCCEEDED');
    expect(run.calls).toEqual({ Init: 1, Shift: 3, Check: 15, Promote: 1, PromotionCheck: 2, Finish: 1 });
    expect(writtenCanaryWeights()).toEqual([25, 50, 100, 0]);
    expect(run.entered).not.toContain('Rollback');
    expect(mocks.events.commandCalls(PutEventsCommand)).toHaveLength(5);
  });

  it('changes nothing in a rollback either', async () => {
    const document = seedDocument();
    const world = createWorld(document);
    world.alarmAt = (weight) => (weight >= 50 ? 'ALARM' : 'OK');
    mocks.events.on(PutEventsCommand).resolves({
      FailedEntryCount: 1,
      Entries: [{ ErrorCode: 'InternalFailure', ErrorMessage: 'try again' }],
    });

    const run = await runCanary(world, document);

    expect(run.error).toBe('HealthCheckFailed');
    expect(run.entered.slice(-4)).toEqual([
      'Rollback',
      'AfterRollbackChoice',
      'RollbackComplete',
      'RolledBack',
    ]);
    expect(writtenCanaryWeights()).toEqual([25, 50, 0]);
    expect(routeSpec(world)).toEqual(document.snapshot.routes[0]!.spec);
  });
});
