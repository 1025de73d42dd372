import { AppMeshClient, UpdateRouteCommand } from '@aws-sdk/client-app-mesh';
import {
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ECSClient,
  RegisterTaskDefinitionCommand,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { LocalStack } from '../../local/index.js';
import { runNode } from '../support/run-node.js';
import {
  action,
  actionInBackground,
  canaryWeight,
  deploy,
  deployInputs,
  e2eStack,
  finalState,
  imageOf,
  manualRollback,
  type StartedAction,
  stableOnly,
  until,
} from './harness.js';

/**
 * The adversarial cases on the local stack, each through the real bundle: racing deploys, hand
 * changes to the services and the route, a route that cannot be restored, stuck states, bad inputs. Each
 * test asserts the final route, both services, the executions and the Action's exit status.
 */
let stack: LocalStack;
let ecs: ECSClient;
let appMesh: AppMeshClient;
const timeout = 120_000;
const slowCanary = { 'check-interval': '20s', 'bake-time': '10m' };

beforeAll(async () => {
  stack = await e2eStack();
  const config = {
    endpoint: stack.endpoint,
    region: stack.region,
    credentials: { accessKeyId: 'ops', secretAccessKey: 'ops' },
  };
  ecs = new ECSClient(config);
  appMesh = new AppMeshClient(config);
});

afterAll(async () => {
  await stack?.settled();
  ecs?.destroy();
  appMesh?.destroy();
  await stack?.stop();
});

function lastExecution() {
  return stack.executions().at(-1)!;
}

/** What someone does by hand: a new revision of the service's task definition with another image, rolled out. */
async function deployByHand(service: string, tag: string): Promise<string> {
  const described = await ecs.send(new DescribeServicesCommand({ cluster: 'apps', services: [service] }));
  const current = described.services![0]!.taskDefinition!;
  const { taskDefinition } = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: current }));
  const {
    taskDefinitionArn: _arn,
    revision: _revision,
    status: _status,
    requiresAttributes: _requires,
    compatibilities: _compatibilities,
    registeredAt: _at,
    registeredBy: _by,
    ...registrable
  } = taskDefinition!;
  const containers = registrable.containerDefinitions!.map((container) =>
    container.name === 'app' ? { ...container, image: imageOf(stack, tag) } : container,
  );
  const registered = await ecs.send(
    new RegisterTaskDefinitionCommand({
      ...registrable,
      family: registrable.family!,
      containerDefinitions: containers,
    }),
  );
  const arn = registered.taskDefinition!.taskDefinitionArn!;
  await ecs.send(new UpdateServiceCommand({ cluster: 'apps', service, taskDefinition: arn }));
  return arn;
}

async function untilCanaryAt(weight: number, running: Pick<StartedAction, 'progress'>) {
  await until(() => canaryWeight(stack) === weight, 30_000, `the canary at ${weight}%`, running);
}

/** Counts of the calls that change something, to assert a refusal wrote nothing. */
function writes() {
  return {
    register: stack.calls.count('ecs', 'RegisterTaskDefinition'),
    update: stack.calls.count('ecs', 'UpdateService'),
    start: stack.calls.count('states', 'StartExecution'),
    route: stack.calls.count('appmesh', 'UpdateRoute'),
  };
}

describe('1. racing deploys', () => {
  it(
    'a second deploy during the first one’s promotion is refused before it writes anything',
    async () => {
      const scenario = stack.scenario.current;
      const stableBefore = stack.service('serviceB').taskDefinition;
      const executions = stack.executions().length;
      const first = actionInBackground(stack, deployInputs(stack, '2.0.0', { 'wait-for-minutes': '120' }));
      await until(() => stack.executions().length > executions, 60_000, 'the first execution', first);
      // A slow stable rollout (an hour, 12 s here) keeps the first canary in its promotion long enough to race it.
      stack.scenario.load({ ...scenario, ecs: { taskStartSeconds: 3600, drainSeconds: 20 } });
      await until(
        () => stack.service('serviceB').taskDefinition !== stableBefore,
        60_000,
        'the promotion rolling out',
      );
      const before = writes();

      const second = await action(stack, deployInputs(stack, '2.1.0'));

      expect(second.code).toBe(1);
      expect(second.stdout).toMatch(/::error::execution .* is running a canary on route serviceB/);
      expect(writes()).toEqual(before);
      const done = await first.done;
      await stack.settled();
      stack.scenario.load(scenario);
      expect(done.code).toBe(0);
      expect(finalState(stack).stable.image).toBe(imageOf(stack, '2.0.0'));
    },
    timeout,
  );

  it(
    'a late, repeated guard event for an older failed canary changes nothing after a newer promotion',
    async () => {
      const failed = await deploy(stack, '2.0.1-5xx');
      await stack.settled();
      expect(failed.code).toBe(1);
      const promoted = await deploy(stack, '2.1.0');
      await stack.settled();
      expect(promoted.code).toBe(0);
      const after = finalState(stack);
      const before = writes();

      await stack.redeliverGuardEvent(failed.outputs['execution-arn']!);

      const delivery = stack.guard.invocations.at(-1)!;
      expect(delivery).toMatchObject({ executionArn: failed.outputs['execution-arn'] });
      expect(delivery.result).toMatchObject({ action: 'skipped' });
      expect(JSON.stringify(delivery.result)).toContain(`${promoted.outputs['execution-arn']} (SUCCEEDED`);
      expect(writes()).toEqual(before);
      expect(finalState(stack).stable.taskDefinition).toBe(after.stable.taskDefinition);
      expect(finalState(stack).route).toEqual(stableOnly);
    },
    timeout,
  );
});

describe('2. a version never checked is never promoted', () => {
  it(
    'the canary service switched by hand mid-bake: drift, rolled back, nothing promoted, the hand change kept',
    async () => {
      const stableBefore = stack.service('serviceB').taskDefinition;
      const running = actionInBackground(stack, deployInputs(stack, '2.0.0', slowCanary));
      await untilCanaryAt(25, running);
      const handDeployed = await deployByHand('serviceBv2', '2.0.1-5xx');

      const run = await running.done;
      await stack.settled();

      expect(run.code).toBe(1);
      const execution = lastExecution();
      expect(execution).toMatchObject({ status: 'FAILED', error: 'DriftDetected' });
      expect(execution.cause).toContain(`canary service serviceBv2 runs ${handDeployed}`);
      const state = finalState(stack);
      expect(state.stable.taskDefinition).toBe(stableBefore);
      expect(state.route).toEqual(stableOnly);
      // Someone else's revision: not scaled by this deployment's rollback.
      expect(state.canary.taskDefinition).toBe(handDeployed);
      expect(state.canary.desiredCount).toBeGreaterThan(0);
      expect(run.stdout).toContain('kept as it is');
    },
    timeout,
  );
});

describe('3. traffic is never sent to a service with no task', () => {
  it(
    'a route that cannot be restored keeps the canary serving it; once the fault clears, mode rollback ends it',
    async () => {
      const running = actionInBackground(stack, deployInputs(stack, '2.0.1-5xx', slowCanary));
      await untilCanaryAt(25, running);
      stack.injectFault({
        service: 'appmesh',
        operation: 'UpdateRoute',
        times: 1000,
        error: { code: 'ForbiddenException', status: 403, message: 'not authorized to UpdateRoute' },
      });

      const run = await running.done;
      await stack.settled();

      expect(run.code).toBe(1);
      expect(lastExecution()).toMatchObject({ status: 'FAILED', error: 'RollbackFailed' });
      expect(run.stdout).toMatch(
        /::error::canary rollback incomplete \(FAILED\): RollbackFailed: .*ForbiddenException/,
      );
      expect(run.stdout).toContain(
        'canary service serviceBv2: kept running, route serviceB may still send it traffic',
      );
      expect(canaryWeight(stack)).toBe(25);
      expect(stack.service('serviceBv2').desiredCount).toBeGreaterThan(0);
      expect(stack.service('serviceBv2').runningCount).toBeGreaterThan(0);

      stack.clearFaults();
      const refused = await action(stack, deployInputs(stack, '2.1.0'));
      expect(refused.code).toBe(1);
      expect(refused.stdout).toContain('run mode: rollback');

      const rollback = await manualRollback(stack);
      await stack.settled();
      expect(rollback.code).toBe(0);
      expect(rollback.outputs.status).toBe('restored-last-canary');
      expect(finalState(stack).route).toEqual(stableOnly);
      expect(stack.service('serviceBv2').desiredCount).toBe(0);
    },
    timeout,
  );
});

describe('3. traffic is never sent to a service with no task, by hand either', () => {
  it(
    'set-weight after a promotion, with the canary service at 0 tasks, is refused and writes nothing',
    async () => {
      const promoted = await deploy(stack, '2.0.0');
      await stack.settled();
      expect(promoted.code).toBe(0);
      expect(stack.service('serviceBv2').desiredCount).toBe(0);
      const before = writes();

      const run = await runNode(
        'dist/cli/index.js',
        [
          'set-weight',
          ...['--mesh', 'apps', '--virtual-router', 'serviceB'],
          ...['--stable-node', 'serviceB', '--canary-node', 'serviceBv2'],
          ...['--cluster', 'apps', '--service', 'serviceBv2', '--stable-service', 'serviceB'],
          ...['--state-machine-arn', stack.stateMachineArn, '--canary-percent', '25'],
        ],
        stack.env,
      );

      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        'error: canary service serviceBv2 has 0 running of 0 desired tasks: the canary at 25% would send it traffic of route serviceB',
      );
      expect(writes()).toEqual(before);
      expect(finalState(stack).route).toEqual(stableOnly);
    },
    timeout,
  );
});

describe('4. hand changes are never undone', () => {
  it(
    'a hotfix deployed by hand to the stable service mid-canary is kept: promotion refuses to overwrite it',
    async () => {
      const running = actionInBackground(stack, deployInputs(stack, '2.0.0', slowCanary));
      await untilCanaryAt(25, running);
      const hotfix = await deployByHand('serviceB', '1.9.9-hotfix');

      const run = await running.done;
      await stack.settled();

      expect(run.code).toBe(1);
      expect(lastExecution()).toMatchObject({ status: 'FAILED', error: 'DriftDetected' });
      expect(lastExecution().cause).toContain(`stable service serviceB runs ${hotfix}`);
      const state = finalState(stack);
      expect(state.stable.taskDefinition).toBe(hotfix);
      expect(state.route).toEqual(stableOnly);
      expect(state.canary.desiredCount).toBe(0);
      const guard = stack.guard.invocations.at(-1)!;
      expect(JSON.stringify(guard.result)).not.toContain('-> ');
      expect(stack.service('serviceB').taskDefinition).toBe(hotfix);
    },
    timeout,
  );

  it(
    'after a promotion and a later hand deploy, mode rollback refuses and changes nothing',
    async () => {
      const promoted = await deploy(stack, '2.1.0');
      await stack.settled();
      expect(promoted.code).toBe(0);
      const handDeployed = await deployByHand('serviceB', '2.1.1-hand');
      await until(() => stack.service('serviceB').deployments.length === 1, 30_000, 'the hand deploy');
      const before = writes();

      const run = await manualRollback(stack);

      expect(run.code).toBe(1);
      expect(run.outputs.status).toBe('refused');
      expect(run.stdout).toMatch(
        /::error::refused: stable service serviceB: runs .*, which this deployment did not deploy/,
      );
      expect(writes()).toEqual(before);
      expect(stack.service('serviceB').taskDefinition).toBe(handDeployed);
    },
    timeout,
  );
});

describe('5. a way out of every stuck state', () => {
  it(
    'after promotion none, mode rollback sends the route back to the stable node',
    async () => {
      const run = await deploy(stack, '2.2.0', { promotion: 'none' });
      await stack.settled();
      expect(run.code).toBe(0);
      expect(canaryWeight(stack)).toBe(100);

      const rollback = await manualRollback(stack);

      expect(rollback.code).toBe(0);
      expect(rollback.outputs.status).toBe('restored-last-canary');
      expect(finalState(stack).route).toEqual(stableOnly);
      expect(stack.service('serviceBv2').desiredCount).toBe(0);
    },
    timeout,
  );

  it(
    'an edit of a non-weight field mid-canary is kept while the weights go back, and the job says so',
    async () => {
      const running = actionInBackground(stack, deployInputs(stack, '2.0.0', slowCanary));
      await untilCanaryAt(25, running);
      const retryPolicy = {
        maxRetries: 3,
        perRetryTimeout: { unit: 'ms' as const, value: 250 },
        httpRetryEvents: ['gateway-error'],
      };
      const at25 = structuredClone(stack.routeSpec()) as { http2Route: Record<string, unknown> };
      await appMesh.send(
        new UpdateRouteCommand({
          meshName: 'apps',
          virtualRouterName: 'serviceB',
          routeName: 'serviceB',
          spec: { http2Route: { ...at25.http2Route, retryPolicy } } as never,
        }),
      );

      const run = await running.done;
      await stack.settled();

      expect(run.code).toBe(1);
      expect(lastExecution()).toMatchObject({ status: 'FAILED', error: 'DriftDetected' });
      expect(stack.routeSpec()).toEqual({
        http2Route: { action: { weightedTargets: stableOnly }, match: { prefix: '/' }, retryPolicy },
      });
      expect(stack.service('serviceBv2').desiredCount).toBe(0);
      expect(run.stdout).toContain('keeping an edit made by hand');
      expect(run.summary).toContain('rolled back');
      expect(run.stdout).not.toMatch(/::error::.*"trace"/);

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
});

describe('6. bad input is refused before any write', () => {
  const wrongRegion = 'arn:aws:states:eu-west-1:123456789012:stateMachine:appmesh-canary';
  const cases: [string, Record<string, string>, RegExp][] = [
    ['the stable service as the canary', { service: 'serviceB' }, /input "service": is the stable service/],
    [
      'the two services swapped',
      { service: 'serviceB', 'stable-service': 'serviceBv2' },
      /input "service": serviceB runs the Envoy of the stable virtual node serviceB/,
    ],
    ['desired-count 0', { 'desired-count': '0' }, /input "desired-count": is 0/],
    [
      'a state machine that does not exist',
      { 'state-machine-arn': 'arn:aws:states:us-west-2:123456789012:stateMachine:nothing-here' },
      /input "state-machine-arn": no state machine/,
    ],
    ['a state machine in another region', { 'state-machine-arn': wrongRegion }, /is in region eu-west-1/],
    // `steps: ${{ env.STEPS }}` with STEPS unset: given empty, never the default plan run to promotion.
    ['steps given empty', { steps: '' }, /input "steps": lists no step \(""; an unset variable\?\)/],
    ['steps of commas only', { steps: ' , ' }, /input "steps": lists no step/],
  ];

  it.each(cases)(
    '%s',
    async (_title, overrides, message) => {
      const before = writes();
      const run = await action(stack, deployInputs(stack, '2.3.0', overrides));
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(message);
      expect(writes()).toEqual(before);
    },
    timeout,
  );

  it(
    'the CLI refuses --steps "$STEPS" with STEPS unset, naming steps, and writes nothing',
    async () => {
      const before = writes();
      const { mode: _mode, ...inputs } = deployInputs(stack, '2.3.0');
      const args = Object.entries(inputs).flatMap(([name, value]) => [`--${name}`, value]);
      const run = await runNode('dist/cli/index.js', ['deploy', ...args, '--steps', ''], stack.env);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('error: input "steps": lists no step ("";');
      expect(writes()).toEqual(before);
    },
    timeout,
  );

  it(
    'the CLI checks --region as the Action does: set-weight --region mars-1 writes nothing',
    async () => {
      const before = writes();
      const run = await runNode(
        'dist/cli/index.js',
        [
          'set-weight',
          '--mesh',
          'apps',
          '--virtual-router',
          'serviceB',
          '--stable-node',
          'serviceB',
          '--canary-node',
          'serviceBv2',
          '--canary-percent',
          '10',
          '--region',
          'mars-1',
        ],
        stack.env,
      );
      expect(run.code).not.toBe(0);
      expect(run.stderr).toContain('input "region": "mars-1" is not an AWS region name');
      expect(writes()).toEqual(before);
    },
    timeout,
  );
});
