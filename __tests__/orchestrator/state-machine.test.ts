import { BadRequestException } from '@aws-sdk/client-app-mesh';
import { describe, expect, it } from '@jest/globals';
import type { RouteSpec } from '../../src/routing/app-mesh/index.js';
import { throttled } from '../routing/app-mesh/helpers.js';
import { executionArnOf, grpcRouteSpec, seedDocument, stablePrevious } from './fixtures.js';
import { runCanary } from './run-canary.js';
import {
  awsCalls,
  canaryWeight,
  createWorld,
  mutatingCalls,
  routeSpec,
  setRoute,
  type World,
  writtenCanaryWeights,
} from './world.js';

/** A seed document over two routes of the router: serviceB (http) and serviceB-grpc. */
function twoRouteDocument() {
  const document = seedDocument();
  document.snapshot.routes.push({ routeName: 'serviceB-grpc', version: 1, spec: grpcRouteSpec() });
  return document;
}

const snapshotSpec = (document: ReturnType<typeof seedDocument>, index = 0) =>
  document.snapshot.routes[index]!.spec;

function expectRolledBackToSnapshot(world: World, document: ReturnType<typeof seedDocument>) {
  document.snapshot.routes.forEach((route) => {
    expect(routeSpec(world, route.routeName)).toEqual(route.spec);
  });
  expect(world.ecs.service('apps', 'serviceB').taskDefinition).toBe(stablePrevious);
  expect(world.ecs.service('apps', 'serviceBv2').desiredCount).toBe(0);
}

describe('the canary state machine, healthy', () => {
  it('shifts 25, 50, 100, then promotion leaves stable 100 / canary 0 with stable on the new version', async () => {
    const document = seedDocument();
    const world = createWorld(document);

    const run = await runCanary(world, document);

    expect({ status: run.status, error: run.error }).toEqual({ status: 'SUCCEEDED', error: undefined });
    expect(writtenCanaryWeights()).toEqual([25, 50, 100, 0]);
    expect(routeSpec(world)).toEqual(snapshotSpec(document));
    const promoted = world.ecs.registered[0]!;
    expect(world.ecs.registered).toHaveLength(1);
    expect(promoted.family).toBe('taskB');
    const envoy = promoted.containerDefinitions?.find((container) => container.name === 'envoy');
    expect(envoy?.environment).toContainEqual({
      name: 'APPMESH_RESOURCE_ARN',
      value: 'arn:aws:appmesh:us-west-2:123456789012:mesh/apps/virtualNode/serviceB',
    });
    expect(promoted.containerDefinitions?.find((container) => container.name === 'appName')?.image).toBe(
      '123456789012.dkr.ecr.us-west-2.amazonaws.com/serviceb:v2',
    );
    // Tagged with the deployment: only this deployment's rollback may ever revert it.
    expect(promoted.tags).toContainEqual({
      key: 'appmesh-canary:deployment-id',
      value: document.deploymentId,
    });
    expect(world.ecs.service('apps', 'serviceB').taskDefinition).toBe(promoted.taskDefinitionArn);
    expect(world.ecs.service('apps', 'serviceB').desiredCount).toBe(3);
    expect(world.ecs.service('apps', 'serviceBv2').desiredCount).toBe(0);
    expect(run.entered).not.toContain('Rollback');
  });

  it('stays within 80 state transitions and a handful of AWS calls for a default canary', async () => {
    // 3 steps, 5-minute bakes, a check every minute; the stable rollout is stable on its second poll.
    const document = seedDocument();
    const world = createWorld(document);

    const run = await runCanary(world, document);

    // Init 1; per step Shift + 5 x (Bake, Check, Decide) = 16, x3 = 48; PromotionMode, Promote 2;
    // 2 polls x (PromotionWait, PromotionCheck, PromotionDecide) = 6; Finish, Succeeded 2. Without hooks or test
    // traffic, each hook stage costs one Choice: BeforeTraffic, AfterShiftChoice x3, BeforePromotionChoice,
    // AfterPromotionChoice = 6.
    expect(run.entered).toHaveLength(65);
    expect(run.entered.length).toBeLessThanOrEqual(80);
    expect(run.calls).toEqual({ Init: 1, Shift: 3, Check: 15, Promote: 1, PromotionCheck: 2, Finish: 1 });
    expect(awsCalls()).toEqual({
      ListExecutions: 1,
      DescribeRoute: 5,
      UpdateRoute: 4,
      DescribeAlarms: 15,
      DescribeTaskDefinition: 1,
      RegisterTaskDefinition: 1,
      UpdateService: 2,
      // The canary service is confirmed before each shift (3) and check (15) and at promotion, with the
      // stable one (2); then the promotion polls (2) and the canary's retirement (1).
      DescribeServices: 23,
      // One event per transition: started, each step shifted (3), promoted.
      PutEvents: 5,
    });
  });

  it('keeps the state carried between states well under 256 KB', async () => {
    const document = twoRouteDocument();
    const world = createWorld(document, { 'serviceB-grpc': grpcRouteSpec() });

    const run = await runCanary(world, document);

    expect(run.status).toBe('SUCCEEDED');
    const sizes = run.events
      .filter((event) => event.type === 'StateExited')
      .map((event) => Buffer.byteLength(JSON.stringify(event.state.output)));
    expect(Math.max(...sizes)).toBeLessThan(16 * 1024);
    expect(Buffer.byteLength(JSON.stringify(run.output))).toBeLessThan(16 * 1024);
  });

  it('ends at the last step with promotion none: the canary keeps 100%', async () => {
    const document = seedDocument({ promotion: 'none' });
    const world = createWorld(document);

    const run = await runCanary(world, document);

    expect(run.status).toBe('SUCCEEDED');
    expect(writtenCanaryWeights()).toEqual([25, 50, 100]);
    expect(canaryWeight(world)).toBe(100);
    expect(world.ecs.registered).toHaveLength(0);
    expect(world.ecs.service('apps', 'serviceBv2').desiredCount).toBe(2);
  });

  it('retries a throttled shift without rolling back', async () => {
    const document = seedDocument();
    const world = createWorld(document);

    const run = await runCanary(world, document, {
      // Enough throttling to outlast the in-process retry, so the state machine's Retry takes over.
      before: (state, call) => {
        if (state === 'Shift' && call === 2) world.mesh.failNext('UpdateRoute', throttled(), throttled());
      },
    });

    expect(run.status).toBe('SUCCEEDED');
    const retried = run.events.filter((event) => event.type === 'StateRetried');
    expect(retried.map((event) => event.state.name)).toEqual(['Shift']);
    const failed = run.events.find((event) => event.type === 'StateFailed');
    expect(failed).toMatchObject({ state: { name: 'Shift' }, Error: 'TransientError' });
    expect(String(failed.Cause)).toContain('TooManyRequestsException');
    expect(run.entered).not.toContain('Rollback');
    // Step 2 was sent three times: two throttled attempts in one invocation, then the retried invocation.
    expect(writtenCanaryWeights()).toEqual([25, 50, 50, 50, 100, 0]);
    expect(routeSpec(world)).toEqual(snapshotSpec(document));
  });
});

describe('the canary state machine, rolling back', () => {
  it('FAIL at step 2: rolls back to the snapshot and fails with HealthCheckFailed', async () => {
    const document = seedDocument();
    const world = createWorld(document);
    world.alarmAt = (weight) => (weight >= 50 ? 'ALARM' : 'OK');

    const run = await runCanary(world, document);

    expect(run.status).toBe('FAILED');
    expect(run.error).toBe('HealthCheckFailed');
    expect(run.cause).toContain('FAIL at 50% (step 2 of 3)');
    expect(run.cause).toContain('serviceBv2-5xx in ALARM');
    // The first check at 50% caught it: detection within one interval.
    expect(run.calls.Check).toBe(5 + 1);
    expect(writtenCanaryWeights()).toEqual([25, 50, 0]);
    expectRolledBackToSnapshot(world, document);
    expect(world.ecs.registered).toHaveLength(0);
  });

  it('INCONCLUSIVE until the inconclusive limit: rolls back', async () => {
    const document = seedDocument();
    const world = createWorld(document);
    world.alarmAt = () => 'INSUFFICIENT_DATA';

    const run = await runCanary(world, document);

    expect(run.error).toBe('HealthCheckFailed');
    expect(run.cause).toContain('3 inconclusive checks since the last pass reached inconclusive-limit 3');
    expect(run.calls.Check).toBe(3);
    expectRolledBackToSnapshot(world, document);
  });

  it('a handler crash mid-shift (one route written, the next refused): rolls back, reporting that error', async () => {
    const document = twoRouteDocument();
    const world = createWorld(document, { 'serviceB-grpc': grpcRouteSpec() });

    const run = await runCanary(world, document, {
      wrap: {
        Shift: async (real, input, call) => {
          if (call !== 2) return real(input);
          world.mesh.failUpdateOf(
            'serviceB-grpc',
            new BadRequestException({ message: 'Route spec is invalid', $metadata: {} }),
          );
          try {
            return await real(input);
          } finally {
            world.mesh.clearFailures();
          }
        },
      },
    });

    expect(run.error).toBe('ShiftIncompleteError');
    expect(run.cause).toContain('shifting to 50% stopped at route serviceB-grpc');
    expect(run.cause).toContain('BadRequestException: Route spec is invalid');
    expect(writtenCanaryWeights('serviceB')).toEqual([25, 50, 0]);
    expect(writtenCanaryWeights('serviceB-grpc')).toEqual([25, 50, 0]);
    expectRolledBackToSnapshot(world, document);
  });

  it('a Lambda that dies after writing: the rollback undoes the write and the run fails with the crash', async () => {
    const document = seedDocument();
    const world = createWorld(document);

    const run = await runCanary(world, document, {
      wrap: {
        Shift: async (real, input, call) => {
          const result = await real(input);
          if (call === 2) throw new TypeError("Cannot read properties of undefined (reading 'routes')");
          return result;
        },
      },
    });

    expect(run.error).toBe('TypeError');
    expect(run.cause).toContain("reading 'routes'");
    expect(writtenCanaryWeights()).toEqual([25, 50, 0]);
    expectRolledBackToSnapshot(world, document);
  });

  it('drift: rolls back without overwriting the route someone edited, and keeps the canary serving it', async () => {
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

    // Not "rolled back": the edited route still sends the canary 10%.
    expect(run.error).toBe('RollbackIncomplete');
    expect(run.entered.slice(-4)).toEqual([
      'Rollback',
      'AfterRollbackChoice',
      'RollbackComplete',
      'RollbackIncomplete',
    ]);
    expect(run.cause).toMatch(
      /^DriftDetected: route serviceB: weightedTargets changed: serviceB 90 \(expected 75\).*Rolled back as far as it may: kept route serviceB as edited outside this deployment/,
    );
    expect(run.cause).toContain(
      'canary service serviceBv2: kept running, route serviceB may still send it traffic',
    );
    expect(run.cause).not.toContain('"trace"');
    expect(routeSpec(world)).toEqual(edited);
    expect(writtenCanaryWeights()).toEqual([25]);
    const rollback = run.events.find(
      (event) => event.type === 'StateExited' && event.state.name === 'Rollback',
    );
    expect(rollback.state.output.rollback.keptEditedRoutes).toEqual([
      expect.objectContaining({ routeName: 'serviceB' }),
    ]);
    // 10% still goes to the canary: scaling it to 0 would turn that traffic into errors.
    expect(world.ecs.service('apps', 'serviceBv2').desiredCount).toBe(2);
  });

  it('an edit of a non-weight field mid-canary: the edit is kept, the weights go back, the canary retires', async () => {
    const document = seedDocument();
    const world = createWorld(document);
    const withRetries = (spec: RouteSpec): RouteSpec => {
      const edited = structuredClone(spec);
      edited.httpRoute!.retryPolicy = {
        maxRetries: 3,
        perRetryTimeout: { unit: 'ms', value: 250 },
        httpRetryEvents: ['gateway-error'],
      };
      return edited;
    };

    const run = await runCanary(world, document, {
      before: (state, call) => {
        if (state === 'Shift' && call === 2) setRoute(world, 'serviceB', withRetries(routeSpec(world)));
      },
    });

    expect(run.error).toBe('DriftDetected');
    expect(run.cause).toContain('retryPolicy');
    expect(routeSpec(world)).toEqual(withRetries(snapshotSpec(document)));
    expect(writtenCanaryWeights()).toEqual([25, 0]);
    const rollback = run.events.find(
      (event) => event.type === 'StateExited' && event.state.name === 'Rollback',
    );
    expect(rollback.state.output.rollback).toMatchObject({
      complete: true,
      restoredKeepingEdits: [expect.objectContaining({ routeName: 'serviceB' })],
    });
    expect(world.ecs.service('apps', 'serviceBv2').desiredCount).toBe(0);
  });

  it('a failed promotion rollout: reverts the stable service and restores the route', async () => {
    const document = seedDocument();
    const world = createWorld(document);
    world.ecs.nextRollout = ['IN_PROGRESS', 'FAILED'];

    const run = await runCanary(world, document);

    expect(run.error).toBe('PromotionFailed');
    expect(run.cause).toContain('ECS deployment circuit breaker: tasks failed to start.');
    expect(world.ecs.registered).toHaveLength(1);
    expectRolledBackToSnapshot(world, document);
    expect(writtenCanaryWeights()).toEqual([25, 50, 100, 0]);
  });
});

describe('the canary state machine, refusing before any change', () => {
  it('a second execution on the same route fails with CanaryAlreadyRunning and changes nothing', async () => {
    const document = seedDocument();
    const world = createWorld(document);
    world.running.push({
      executionArn: executionArnOf('deploy-0'),
      startDate: new Date(Date.now() - 60_000),
      input: JSON.stringify({ document: seedDocument({ deploymentId: 'gh-1233-1' }) }),
    });

    const run = await runCanary(world, document, { executionName: 'deploy-1' });

    expect(run.error).toBe('CanaryAlreadyRunning');
    expect(run.cause).toContain(`execution ${executionArnOf('deploy-0')}`);
    expect(run.cause).toContain('route serviceB');
    expect(run.entered).toEqual(['Init', 'Refused']);
    expect(mutatingCalls()).toEqual([]);
  });

  it('the older of two executions on the same route goes on', async () => {
    const document = seedDocument();
    const world = createWorld(document);
    world.running.push({
      executionArn: executionArnOf('deploy-2'),
      startDate: new Date(Date.now() + 60_000),
      input: JSON.stringify({ document }),
    });

    const run = await runCanary(world, document, { executionName: 'deploy-1' });

    expect(run.status).toBe('SUCCEEDED');
  });

  it('a bad document fails at once with a clear error, before any AWS call', async () => {
    const document = {
      ...seedDocument(),
      steps: [
        { weight: 50, bakeSeconds: 60 },
        { weight: 25, bakeSeconds: 60 },
      ],
    };
    const world = createWorld(seedDocument());

    const run = await runCanary(world, document);

    expect(run.error).toBe('InvalidDocument');
    expect(run.cause).toContain('steps.1.weight: weights must ascend; 25 follows 50');
    expect(run.cause).toContain('steps: the last step must send 100% to the canary');
    expect(run.entered).toEqual(['Init', 'Refused']);
    expect(awsCalls()).toEqual({});
  });

  it('a route changed since the snapshot: refused with DriftDetected, nothing written', async () => {
    const document = seedDocument();
    const world = createWorld(document);
    setRoute(world, 'serviceB', {
      httpRoute: {
        action: { weightedTargets: [{ virtualNode: 'serviceB', weight: 100 }] },
        match: { prefix: '/v2' },
      },
    });

    const run = await runCanary(world, document);

    expect(run.error).toBe('DriftDetected');
    expect(run.cause).toContain('match.prefix changed: "/v2" (expected "/")');
    expect(run.entered).toEqual(['Init', 'Refused']);
    expect(mutatingCalls()).toEqual([]);
  });
});
