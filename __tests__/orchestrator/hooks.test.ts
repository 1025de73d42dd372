import { readFileSync } from 'node:fs';
import type { HistoryEvent } from '@aws-sdk/client-sfn';
import { describe, expect, it } from '@jest/globals';
import type { HooksPlan } from '../../src/orchestrator/hooks/plan.js';
import type { HookPayload } from '../../src/orchestrator/hooks/request.js';
import type { HookRun } from '../../src/orchestrator/progress.js';
import { canarySummaryMarkdown } from '../../src/report/canary-summary.js';
import { describeEntry, timelineOf } from '../../src/report/timeline.js';
import { account, region, seedDocument, stablePrevious } from './fixtures.js';
import { runCanary } from './run-canary.js';
import {
  canaryWeight,
  createWorld,
  putEvents,
  routeSpec,
  type World,
  writtenCanaryWeights,
} from './world.js';

const smoke = `arn:aws:lambda:${region}:${account}:function:smoke`;
const load = `arn:aws:lambda:${region}:${account}:function:load`;

function documentWith(hooks: Partial<HooksPlan>, plan: Partial<HooksPlan> = {}) {
  return seedDocument({ hooks: { intervalSeconds: 30, timeoutSeconds: 600, ...plan, ...hooks } });
}

const lambdaHook = (target = smoke) => [{ kind: 'lambda' as const, target }];

interface Asked {
  stage: string;
  target: string;
  attempt: number;
  step?: number;
  canaryWeight: number;
  /** The canary's weight on the route and the stable service's revision when the hook was called. */
  routeWeight: number;
  stableOnPrevious: boolean;
}

/** A Lambda hook target answering with `answer` (by call number), recording what it was asked and when. */
function lambdaTarget(world: World, asked: Asked[], answer: (payload: HookPayload, call: number) => unknown) {
  return async (parameters: unknown, call: number) => {
    const { FunctionName, Payload } = parameters as { FunctionName: string; Payload: HookPayload };
    asked.push({
      stage: Payload.stage,
      target: FunctionName,
      attempt: Payload.attempt,
      ...(Payload.step ? { step: Payload.step.number } : {}),
      canaryWeight: Payload.canaryWeight,
      routeWeight: canaryWeight(world),
      stableOnPrevious: world.ecs.service('apps', 'serviceB').taskDefinition === stablePrevious,
    });
    // lambda:invoke's output: the answer parsed as JSON under Payload.
    return { ExecutedVersion: '$LATEST', StatusCode: 200, Payload: answer(Payload, call) };
  };
}

const succeeded = () => ({ status: 'SUCCEEDED', reason: 'all smoke requests passed' });

function hookRunsOf(run: Awaited<ReturnType<typeof runCanary>>): HookRun[] {
  const verdicts = run.events.filter(
    (event) => event.type === 'StateExited' && event.state.name === 'HookVerdict',
  );
  return verdicts.at(-1)?.state.output.progress.hookRuns ?? [];
}

describe('hooks in the canary state machine', () => {
  it('without hooks takes the path it took before, plus one skipping Choice per stage entry reached', async () => {
    const document = seedDocument();
    const run = await runCanary(createWorld(document), document);

    expect(run.status).toBe('SUCCEEDED');
    const skips = ['BeforeTraffic', 'AfterShiftChoice', 'BeforePromotionChoice', 'AfterPromotionChoice'];
    const counted = Object.fromEntries(
      skips.map((name) => [name, run.entered.filter((state) => state === name).length]),
    );
    expect(counted).toEqual({
      BeforeTraffic: 1,
      AfterShiftChoice: 3,
      BeforePromotionChoice: 1,
      AfterPromotionChoice: 1,
    });
    expect(run.entered.filter((state) => state.startsWith('Hook') || state === 'OpenTestTraffic')).toEqual(
      [],
    );
    // Each skip leads where the state before it used to: Init and Shift to the first Shift and Bake.
    run.entered.forEach((state, index) => {
      if (state === 'BeforeTraffic') expect(run.entered[index + 1]).toBe('Shift');
      if (state === 'AfterShiftChoice') expect(run.entered[index + 1]).toBe('Bake');
      if (state === 'BeforePromotionChoice') expect(run.entered[index + 1]).toBe('PromotionMode');
      if (state === 'AfterPromotionChoice') expect(run.entered[index + 1]).toBe('Finish');
    });
  });

  it('runs each stage where it belongs: before traffic, after every shift, around promotion', async () => {
    const document = documentWith({
      afterCanaryStable: lambdaHook(),
      afterShift: lambdaHook(),
      beforePromotion: lambdaHook(),
      afterPromotion: lambdaHook(load),
    });
    const world = createWorld(document);
    const asked: Asked[] = [];

    const run = await runCanary(world, document, {
      hookTargets: { InvokeHookFunction: lambdaTarget(world, asked, succeeded) },
    });

    expect({ status: run.status, error: run.error }).toEqual({ status: 'SUCCEEDED', error: undefined });
    expect(asked).toEqual([
      {
        stage: 'after-canary-stable',
        target: smoke,
        attempt: 1,
        canaryWeight: 0,
        routeWeight: 0,
        stableOnPrevious: true,
      },
      {
        stage: 'after-shift',
        target: smoke,
        attempt: 1,
        step: 1,
        canaryWeight: 25,
        routeWeight: 25,
        stableOnPrevious: true,
      },
      {
        stage: 'after-shift',
        target: smoke,
        attempt: 1,
        step: 2,
        canaryWeight: 50,
        routeWeight: 50,
        stableOnPrevious: true,
      },
      {
        stage: 'after-shift',
        target: smoke,
        attempt: 1,
        step: 3,
        canaryWeight: 100,
        routeWeight: 100,
        stableOnPrevious: true,
      },
      {
        stage: 'before-promotion',
        target: smoke,
        attempt: 1,
        canaryWeight: 100,
        routeWeight: 100,
        stableOnPrevious: true,
      },
      // The stable service runs the new version; Finish has not yet routed traffic back to it.
      {
        stage: 'after-promotion',
        target: load,
        attempt: 1,
        canaryWeight: 100,
        routeWeight: 100,
        stableOnPrevious: false,
      },
    ]);
    expect(writtenCanaryWeights()).toEqual([25, 50, 100, 0]);
    const output = run.output as { progress: { hookRuns: HookRun[] } };
    expect(
      output.progress.hookRuns.map((hook) => [hook.stage, hook.step, hook.verdict, hook.reason]),
    ).toEqual([
      ['after-canary-stable', undefined, 'SUCCEEDED', 'all smoke requests passed'],
      ['after-shift', 1, 'SUCCEEDED', 'all smoke requests passed'],
      ['after-shift', 2, 'SUCCEEDED', 'all smoke requests passed'],
      ['after-shift', 3, 'SUCCEEDED', 'all smoke requests passed'],
      ['before-promotion', undefined, 'SUCCEEDED', 'all smoke requests passed'],
      ['after-promotion', undefined, 'SUCCEEDED', 'all smoke requests passed'],
    ]);
    expect(putEvents().filter((event) => event.detailType === 'Hook Succeeded')).toHaveLength(6);
  });

  it('runs the hooks of one stage in order, the second only once the first passed', async () => {
    const document = documentWith({ afterCanaryStable: [...lambdaHook(smoke), ...lambdaHook(load)] });
    const world = createWorld(document);
    const asked: Asked[] = [];

    const run = await runCanary(world, document, {
      hookTargets: { InvokeHookFunction: lambdaTarget(world, asked, succeeded) },
    });

    expect(run.status).toBe('SUCCEEDED');
    expect(asked.map((ask) => ask.target)).toEqual([smoke, load]);
  });

  it('a FAILED hook before any traffic rolls back with its reason, and no Shift ever runs', async () => {
    const document = documentWith({ afterCanaryStable: [...lambdaHook(smoke), ...lambdaHook(load)] });
    const world = createWorld(document);
    const asked: Asked[] = [];

    const run = await runCanary(world, document, {
      hookTargets: {
        InvokeHookFunction: lambdaTarget(world, asked, () => ({
          status: 'FAILED',
          reason: '3 of 10 smoke requests failed',
        })),
      },
    });

    expect(run.error).toBe('HookFailed');
    expect(run.cause).toBe(`hook after-canary-stable ${smoke} FAILED: 3 of 10 smoke requests failed`);
    expect(run.calls.Shift).toBeUndefined();
    expect(asked.map((ask) => ask.target)).toEqual([smoke]);
    expect(writtenCanaryWeights()).toEqual([]);
    expect(routeSpec(world)).toEqual(document.snapshot.routes[0]!.spec);
    expect(world.ecs.service('apps', 'serviceBv2').desiredCount).toBe(0);
    expect(putEvents().map((event) => event.detailType)).toEqual(
      expect.arrayContaining(['Hook Failed', 'Rolled Back']),
    );
  });

  it('asks an IN_PROGRESS hook again after hook-interval, with the attempt, until it answers', async () => {
    const document = documentWith({ afterCanaryStable: lambdaHook() });
    const world = createWorld(document);
    const asked: Asked[] = [];

    const run = await runCanary(world, document, {
      hookTargets: {
        InvokeHookFunction: lambdaTarget(world, asked, (_, call) =>
          call === 1 ? { status: 'IN_PROGRESS', reason: 'load test running' } : succeeded(),
        ),
      },
    });

    expect(run.status).toBe('SUCCEEDED');
    expect(asked.map((ask) => ask.attempt)).toEqual([1, 2]);
    expect(run.entered.filter((state) => state === 'HookWait')).toHaveLength(1);
    expect(hookRunsOf(run)).toEqual([expect.objectContaining({ verdict: 'SUCCEEDED', attempts: 2 })]);
  });

  it('fails a hook still IN_PROGRESS at hook-timeout, and rolls back', async () => {
    const document = documentWith(
      { afterCanaryStable: lambdaHook() },
      { intervalSeconds: 30, timeoutSeconds: 90 },
    );
    const world = createWorld(document);
    const asked: Asked[] = [];

    const run = await runCanary(world, document, {
      hookTargets: {
        InvokeHookFunction: lambdaTarget(world, asked, () => ({
          status: 'IN_PROGRESS',
          reason: 'still warming up',
        })),
      },
    });

    expect(run.error).toBe('HookFailed');
    expect(run.cause).toBe(
      `hook after-canary-stable ${smoke} FAILED: timed out: still IN_PROGRESS after 3 asks (hook-timeout 90s): still warming up`,
    );
    expect(asked).toHaveLength(3);
    expect(run.calls.Shift).toBeUndefined();
  });

  it('an after-shift FAILED at the second step rolls back like a failed check, with the hook reason', async () => {
    const document = documentWith({ afterShift: lambdaHook() });
    const world = createWorld(document);
    const asked: Asked[] = [];

    const run = await runCanary(world, document, {
      hookTargets: {
        InvokeHookFunction: lambdaTarget(world, asked, (payload) =>
          payload.step?.number === 2 ? { status: 'FAILED', reason: 'p99 800 ms over 500 ms' } : succeeded(),
        ),
      },
    });

    expect(run.error).toBe('HookFailed');
    expect(run.cause).toBe(`hook after-shift ${smoke} FAILED: p99 800 ms over 500 ms`);
    expect(writtenCanaryWeights()).toEqual([25, 50, 0]);
    expect(routeSpec(world)).toEqual(document.snapshot.routes[0]!.spec);
    expect(run.calls.Check).toBe(5);
  });

  it('an after-promotion FAILED reverts the promotion, as mode: rollback does', async () => {
    const document = documentWith({ afterPromotion: lambdaHook() });
    const world = createWorld(document);
    const asked: Asked[] = [];

    const run = await runCanary(world, document, {
      hookTargets: {
        InvokeHookFunction: lambdaTarget(world, asked, () => ({
          status: 'FAILED',
          reason: 'checkout broken',
        })),
      },
    });

    expect(run.error).toBe('HookFailed');
    expect(asked[0]!.stableOnPrevious).toBe(false);
    expect(run.calls.Finish).toBeUndefined();
    expect(world.ecs.service('apps', 'serviceB').taskDefinition).toBe(stablePrevious);
    expect(routeSpec(world)).toEqual(document.snapshot.routes[0]!.spec);
    expect(world.ecs.service('apps', 'serviceBv2').desiredCount).toBe(0);
  });

  it('after-rollback hooks are told of the rollback; their failure is reported, never acted on', async () => {
    const document = documentWith({ afterRollback: lambdaHook() });
    const world = createWorld(document);
    world.alarmAt = (weight) => (weight >= 50 ? 'ALARM' : 'OK');
    const asked: Asked[] = [];

    const run = await runCanary(world, document, {
      hookTargets: {
        InvokeHookFunction: lambdaTarget(world, asked, () => ({
          status: 'FAILED',
          reason: 'pager unreachable',
        })),
      },
    });

    expect(run.error).toBe('HealthCheckFailed');
    expect(run.entered.slice(-3)).toEqual(['HookStageFailed', 'RollbackComplete', 'RolledBack']);
    expect(asked).toEqual([
      expect.objectContaining({ stage: 'after-rollback', canaryWeight: 0, routeWeight: 0 }),
    ]);
    expect(run.calls.Rollback).toBe(1);
    expect(putEvents().map((event) => event.detailType)).toContain('Hook Failed');
  });

  it('a hook function that errors, or answers no status, fails the hook', async () => {
    for (const [answer, reason] of [
      [
        () =>
          Promise.reject(
            Object.assign(new Error('Task timed out after 3.00 seconds'), { name: 'Sandbox.Timedout' }),
          ),
        'the function failed: Sandbox.Timedout: Task timed out after 3.00 seconds',
      ],
      [
        async () => ({ StatusCode: 200, Payload: { ok: true } }),
        'the function answered status undefined; expected SUCCEEDED, FAILED or IN_PROGRESS',
      ],
    ] as const) {
      const document = documentWith({ afterCanaryStable: lambdaHook() });
      const run = await runCanary(createWorld(document), document, {
        hookTargets: { InvokeHookFunction: answer },
      });
      expect(run.cause).toBe(`hook after-canary-stable ${smoke} FAILED: ${reason}`);
    }
  });
});

const testRoute = 'serviceB-test-gh-1234-1';

function withTestTraffic(document: ReturnType<typeof documentWith>) {
  return {
    ...document,
    testTraffic: {
      router: 'app-mesh' as const,
      header: { name: 'x-canary', value: 'true' },
      routes: [
        {
          routeName: testRoute,
          shiftedRoute: 'serviceB',
          spec: {
            priority: 0,
            httpRoute: {
              match: { prefix: '/', headers: [{ name: 'x-canary', match: { exact: 'true' } }] },
              action: { weightedTargets: [{ virtualNode: 'serviceBv2', weight: 100 }] },
            },
          },
        },
      ],
    },
  };
}

describe('test-traffic hooks', () => {
  it('run with the test route in place and no production weight, then the first step shifts', async () => {
    const document = withTestTraffic(documentWith({ testTraffic: lambdaHook() }));
    const world = createWorld(document);
    const seen: Array<{ header: unknown; testRoute: boolean; routeWeight: number }> = [];

    const run = await runCanary(world, document, {
      hookTargets: {
        InvokeHookFunction: async (parameters) => {
          const { Payload } = parameters as { Payload: HookPayload };
          seen.push({
            header: Payload.testHeader,
            testRoute: world.mesh.routes.has(`apps/serviceB/${testRoute}`),
            routeWeight: canaryWeight(world),
          });
          return { Payload: succeeded() };
        },
      },
    });

    expect(run.status).toBe('SUCCEEDED');
    expect(seen).toEqual([{ header: { name: 'x-canary', value: 'true' }, testRoute: true, routeWeight: 0 }]);
    expect(run.entered.slice(0, 4)).toEqual([
      'Init',
      'BeforeTraffic',
      'OpenTestTraffic',
      'TestTrafficHooksChoice',
    ]);
    expect(writtenCanaryWeights()).toEqual([25, 50, 100, 0]);
    expect(world.mesh.routes.has(`apps/serviceB/${testRoute}`)).toBe(false);
  });

  it('a FAILED test-traffic hook rolls back before any production weight: zero Shift calls, the test route removed', async () => {
    const document = withTestTraffic(documentWith({ testTraffic: lambdaHook() }));
    const world = createWorld(document);

    const run = await runCanary(world, document, {
      hookTargets: {
        InvokeHookFunction: async () => ({
          Payload: { status: 'FAILED', reason: '3 of 10 smoke requests failed' },
        }),
      },
    });

    expect(run.error).toBe('HookFailed');
    expect(run.cause).toBe(`hook test-traffic ${smoke} FAILED: 3 of 10 smoke requests failed`);
    expect(run.calls.Shift).toBeUndefined();
    expect(writtenCanaryWeights()).toEqual([]);
    expect(world.mesh.routes.has(`apps/serviceB/${testRoute}`)).toBe(false);
    expect(routeSpec(world)).toEqual(document.snapshot.routes[0]!.spec);
  });
});

const smokeTask = `arn:aws:ecs:${region}:${account}:task-definition/smoke:3`;
const ecsHook = (placement: Record<string, unknown> = { launchType: 'FARGATE' }) => [
  {
    kind: 'ecs-task' as const,
    target: smokeTask,
    cluster: 'apps',
    awsvpcConfiguration: {
      subnets: ['subnet-1'],
      securityGroups: ['sg-1'],
      assignPublicIp: 'DISABLED' as const,
    },
    placement: placement as { launchType: 'FARGATE' },
    containers: ['smoke', 'log-router'],
    essential: ['smoke'],
  },
];

/** ecs:runTask.sync's output: the stopped task as DescribeTasks returns it, in PascalCase. */
const stoppedTask = (exitCode: number) => ({
  TaskArn: `arn:aws:ecs:${region}:${account}:task/apps/0f1e2d3c`,
  LastStatus: 'STOPPED',
  StopCode: 'EssentialContainerExited',
  StoppedReason: 'Essential container in task exited',
  Containers: [
    { Name: 'smoke', ExitCode: exitCode, LastStatus: 'STOPPED' },
    { Name: 'log-router', ExitCode: 137, LastStatus: 'STOPPED' },
  ],
});

describe('ECS task and https hooks', () => {
  it('runs the task beside the canary with the payload in every container, and passes on exit 0', async () => {
    const document = documentWith({
      afterCanaryStable: [{ ...ecsHook()[0]!, platformVersion: '1.4.0' }],
    });
    const world = createWorld(document);
    const parameters: unknown[] = [];

    const run = await runCanary(world, document, {
      hookTargets: {
        RunHookTaskOnFargate: async (given) => {
          parameters.push(given);
          return stoppedTask(0);
        },
      },
    });

    expect(run.status).toBe('SUCCEEDED');
    const [given] = parameters as Array<{ Overrides: { ContainerOverrides: unknown } }>;
    expect(given).toMatchObject({
      Cluster: 'apps',
      TaskDefinition: smokeTask,
      LaunchType: 'FARGATE',
      PlatformVersion: '1.4.0',
      NetworkConfiguration: {
        AwsvpcConfiguration: { Subnets: ['subnet-1'], SecurityGroups: ['sg-1'], AssignPublicIp: 'DISABLED' },
      },
      StartedBy: 'appmesh-canary/gh-1234-1',
    });
    const overrides = given!.Overrides.ContainerOverrides as Array<{
      Name: string;
      Environment: Array<{ Name: string; Value: string }>;
    }>;
    expect(overrides.map((override) => override.Name)).toEqual(['smoke', 'log-router']);
    const payload = JSON.parse(overrides[0]!.Environment[0]!.Value) as HookPayload;
    expect(overrides[0]!.Environment[0]!.Name).toBe('APPMESH_CANARY_HOOK');
    expect(payload).toMatchObject({
      version: 1,
      deploymentId: 'gh-1234-1',
      stage: 'after-canary-stable',
      canaryWeight: 0,
    });
    expect(hookRunsOf(run)[0]).toMatchObject({
      verdict: 'SUCCEEDED',
      reason: 'task 0f1e2d3c: smoke exited 0',
    });
  });

  it('runs an EC2 canary’s hook task on EC2, with no platform version', async () => {
    const document = documentWith({ afterCanaryStable: ecsHook({ launchType: 'EC2' }) });
    const parameters: unknown[] = [];

    const run = await runCanary(createWorld(document), document, {
      hookTargets: {
        RunHookTask: async (given) => {
          parameters.push(given);
          return stoppedTask(0);
        },
      },
    });

    expect(run.status).toBe('SUCCEEDED');
    expect(parameters[0]).toMatchObject({ LaunchType: 'EC2' });
    expect(parameters[0]).not.toHaveProperty('PlatformVersion');
  });

  it('fails when an essential container exits non-zero, on a capacity provider strategy too', async () => {
    const document = documentWith({
      afterCanaryStable: ecsHook({
        capacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }],
      }),
    });
    const world = createWorld(document);
    const parameters: unknown[] = [];

    const run = await runCanary(world, document, {
      hookTargets: {
        RunHookTaskOnCapacityProviders: async (given) => {
          parameters.push(given);
          return stoppedTask(2);
        },
      },
    });

    expect(run.cause).toBe(
      `hook after-canary-stable ${smokeTask} FAILED: task 0f1e2d3c: smoke exited 2 (Essential container in task exited)`,
    );
    expect(parameters[0]).toMatchObject({
      CapacityProviderStrategy: [{ CapacityProvider: 'FARGATE_SPOT', Weight: 1 }],
    });
    expect(parameters[0]).not.toHaveProperty('LaunchType');
    expect(run.calls.Shift).toBeUndefined();
  });

  it('POSTs the payload through the connection; a non-2xx answer fails the hook', async () => {
    const connectionArn = `arn:aws:events:${region}:${account}:connection/hooks/5f4e`;
    const document = documentWith({
      beforePromotion: [{ kind: 'https', target: 'https://hooks.example.com/verify', connectionArn }],
    });
    const world = createWorld(document);
    const parameters: unknown[] = [];

    const run = await runCanary(world, document, {
      hookTargets: {
        CallHookEndpoint: async (given) => {
          parameters.push(given);
          // http:invoke raises States.Http.StatusCode.NNN for a status outside 2xx.
          throw Object.assign(
            new Error(
              JSON.stringify({ StatusCode: 503, StatusText: 'Service Unavailable', ResponseBody: 'db down' }),
            ),
            { name: 'States.Http.StatusCode.503' },
          );
        },
      },
    });

    expect(parameters[0]).toMatchObject({
      ApiEndpoint: 'https://hooks.example.com/verify',
      Method: 'POST',
      Authentication: { ConnectionArn: connectionArn },
      RequestBody: { version: 1, stage: 'before-promotion', canaryWeight: 100 },
    });
    expect(run.cause).toBe(
      'hook before-promotion https://hooks.example.com/verify FAILED: HTTP 503: db down',
    );
    expect(run.calls.Promote).toBeUndefined();
    expect(writtenCanaryWeights()).toEqual([25, 50, 100, 0]);
  });
});

describe('state transitions per hook', () => {
  /** A canary of one step, so the hook's own transitions stand out. */
  const oneStep = (hooks: Partial<HooksPlan>) => ({
    ...documentWith(hooks),
    steps: [{ weight: 100, bakeSeconds: 60 }],
  });

  async function transitions(hooks: Partial<HooksPlan>, answers: unknown[]) {
    const document = oneStep(hooks);
    const world = createWorld(document);
    const run = await runCanary(world, document, {
      hookTargets: { InvokeHookFunction: async (_, call) => ({ Payload: answers[call - 1] }) },
    });
    expect(run.status).toBe('SUCCEEDED');
    return run.entered.length;
  }

  it('counts the transitions of no hooks, one SUCCEEDED Lambda hook, and IN_PROGRESS then SUCCEEDED', async () => {
    const none = await transitions({}, []);
    const one = await transitions({ beforePromotion: lambdaHook() }, [succeeded()]);
    const again = await transitions({ beforePromotion: lambdaHook() }, [
      { status: 'IN_PROGRESS', reason: 'running' },
      succeeded(),
    ]);

    // Stage: its Pass + HookStageDone; per ask: HookRequest, HookTarget, InvokeHookFunction, HookVerdict, HookNext.
    expect(one - none).toBe(7);
    // Asking again: HookWait + the five of an ask.
    expect(again - one).toBe(6);
    // docs/hooks.md prints these figures.
    const doc = readFileSync('docs/hooks.md', 'utf8');
    expect(doc).toContain(`| no hooks | ${none} |`);
    expect(doc).toContain(`| one Lambda hook answering \`SUCCEEDED\` | ${one} (+${one - none}) |`);
    expect(doc).toContain(
      `| one Lambda hook answering \`IN_PROGRESS\`, then \`SUCCEEDED\` | ${again} (+${again - one} per extra ask) |`,
    );
  });

  it('sends the payload docs/hooks.md shows, field for field', async () => {
    const doc = readFileSync('docs/hooks.md', 'utf8');
    const example = JSON.parse(/An `after-shift` hook's payload:\n\n```json\n([\s\S]*?)\n```/.exec(doc)![1]!);
    const document = withTestTraffic(documentWith({ afterShift: lambdaHook() }, {}));
    const payloads: HookPayload[] = [];
    await runCanary(createWorld(document), document, {
      executionName: example.deploymentId,
      hookTargets: {
        InvokeHookFunction: async (parameters) => {
          payloads.push((parameters as { Payload: HookPayload }).Payload);
          return { Payload: succeeded() };
        },
      },
    });
    const second = payloads.find((payload) => payload.step?.number === 2)!;
    expect(Object.keys(second)).toEqual(Object.keys(example));
    expect({ ...second, deploymentId: '', executionArn: '' }).toEqual({
      ...example,
      deploymentId: '',
      executionArn: '',
    });
  });
});

/** The run's event log as the Step Functions history the Action follows: Task exits and the end. */
function historyOf(run: Awaited<ReturnType<typeof runCanary>>): HistoryEvent[] {
  return run.events.flatMap((event, index): HistoryEvent[] => {
    const base = { id: index + 1, timestamp: new Date(event.timestamp ?? 0) };
    if (event.type === 'StateExited' && event.state.type === 'Task')
      return [
        {
          ...base,
          type: 'TaskStateExited',
          stateExitedEventDetails: { name: event.state.name, output: JSON.stringify(event.state.output) },
        },
      ];
    if (event.type === 'ExecutionFailed')
      return [
        {
          ...base,
          type: 'ExecutionFailed',
          executionFailedEventDetails: { error: event.Error, cause: event.Cause },
        },
      ];
    if (event.type === 'ExecutionSucceeded') return [{ ...base, type: 'ExecutionSucceeded' }];
    return [];
  });
}

describe('the live log and the job summary', () => {
  it('print each hook run as it happens, IN_PROGRESS asks too, and list the runs in a table', async () => {
    const document = documentWith({ afterCanaryStable: lambdaHook(), afterShift: lambdaHook(load) });
    const world = createWorld(document);
    const run = await runCanary(world, document, {
      hookTargets: {
        InvokeHookFunction: lambdaTarget(world, [], (payload, call) =>
          call === 1
            ? { status: 'IN_PROGRESS', reason: 'warming up' }
            : payload.step?.number === 2
              ? { status: 'FAILED', reason: 'p99 900 ms' }
              : succeeded(),
        ),
      },
    });

    const { entries } = timelineOf(historyOf(run));
    const lines = entries.map(describeEntry).filter((line) => line.startsWith('hook '));
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(`^hook after-canary-stable ${smoke}: IN_PROGRESS after \\d+s, ask 1 — warming up$`),
      ),
      expect.stringMatching(
        new RegExp(
          `^hook after-canary-stable ${smoke}: SUCCEEDED after \\d+s, ask 2 — all smoke requests passed$`,
        ),
      ),
      expect.stringMatching(
        new RegExp(
          `^hook after-shift \\(step 1\\) ${load}: SUCCEEDED after \\d+s — all smoke requests passed$`,
        ),
      ),
      expect.stringMatching(
        new RegExp(`^hook after-shift \\(step 2\\) ${load}: FAILED after \\d+s — p99 900 ms$`),
      ),
    ]);
    const summary = canarySummaryMarkdown({
      route: 'serviceB',
      executionArn: 'arn',
      consoleUrl: 'https://console',
      entries,
    });
    expect(summary).toContain('| Hook | Target | Duration | Verdict | Reason |');
    expect(summary).toMatch(
      new RegExp(`\\| after-shift \\(step 2\\) \\| ${load} \\| \\d+s \\| FAILED \\| p99 900 ms \\|`),
    );
    expect(summary).toContain(`**Reason:** HookFailed: hook after-shift ${load} FAILED: p99 900 ms`);
  });
});
