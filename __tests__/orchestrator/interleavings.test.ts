import './lambda-env.js';
import { AppMeshClient } from '@aws-sdk/client-app-mesh';
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { ECSClient } from '@aws-sdk/client-ecs';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { VPCLatticeClient } from '@aws-sdk/client-vpc-lattice';
import { XRayClient } from '@aws-sdk/client-xray';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readerOf } from '../../src/config/inputs.js';
import { Ecs } from '../../src/ecs/index.js';
import { awsHealthReaders } from '../../src/health/index.js';
import { type DeployPreflight, preflightDeploy } from '../../src/modes/deploy.js';
import { rollOutCanary, startCanary } from '../../src/modes/deploy-rollout.js';
import type { ModeDeps } from '../../src/modes/deps.js';
import type { StepDeps } from '../../src/orchestrator/deps.js';
import type { ExecutionDocument } from '../../src/orchestrator/document.js';
import { toStepError } from '../../src/orchestrator/errors.js';
import type { Progress } from '../../src/orchestrator/progress.js';
import { deploymentTagKey } from '../../src/orchestrator/services.js';
import { Executions } from '../../src/orchestrator/sfn.js';
import { check } from '../../src/orchestrator/steps/check.js';
import { finish } from '../../src/orchestrator/steps/finish.js';
import { guard } from '../../src/orchestrator/steps/guard.js';
import { init } from '../../src/orchestrator/steps/init.js';
import { promote } from '../../src/orchestrator/steps/promote.js';
import { promotionCheck } from '../../src/orchestrator/steps/promotion-check.js';
import { rollback } from '../../src/orchestrator/steps/rollback.js';
import { shift } from '../../src/orchestrator/steps/shift.js';
import { weightedTargetsOf } from '../../src/routing/app-mesh/index.js';
import { RecordingPublisher } from '../support/recording-publisher.js';
import {
  canaryPrevious,
  executionArnOf,
  region,
  seedDocument,
  stablePrevious,
  stateMachineArn,
} from './fixtures.js';
import { createWorld, mocks, routeSpec, type World } from './world.js';

/**
 * Two deployments on one route, their Action phases (pre-flight, canary rollout, start) and every state of
 * their executions (as the state machine chains them, with its Catch to Rollback), and each ended execution's
 * guard event delivered twice, late: interleaved in orders fast-check draws. Checks judge whatever version
 * the canary service runs at that moment (a 5xx version trips the alarm).
 *
 * Invariants: at every moment, a target with weight is a service with tasks; at the end, the stable service
 * runs its pre-deploy revision or one promoted by an execution that succeeded with a healthy version, no
 * execution that ran a 5xx version succeeded, and the route is back on the stable node.
 */
const bad = 'serviceb:5xx';
const clock = { now: new Date('2026-11-22T05:00:00Z').getTime() };
const log = { info: () => {}, warn: () => {} };
const cloudWatch = new CloudWatchClient({ region });
const events = new RecordingPublisher();
const stepDeps: StepDeps = {
  appMesh: new AppMeshClient({ region }),
  vpcLattice: new VPCLatticeClient({ region }),
  elbv2: new ElasticLoadBalancingV2Client({ region }),
  routingRetry: { maxAttempts: 1 },
  ecs: new Ecs(new ECSClient({ region })),
  health: awsHealthReaders({ cloudWatch, xray: new XRayClient({ region }) }),
  executions: new Executions(new SFNClient({ region }), { maxAttempts: 1 }),
  events,
  now: () => new Date(clock.now),
  log,
};
const modeDeps: ModeDeps = { ...stepDeps, region, sleep: async () => {}, log };

interface Ended {
  /** The version the deployment rolled out. */
  image: string;
  arn: string;
  status: 'SUCCEEDED' | 'FAILED';
  error?: string;
  document: ExecutionDocument;
}

/** One actor: one atomic action per call; false once it has nothing left to do. */
type Actor = () => Promise<boolean>;

function imageRunningOn(world: World, service: string): string {
  const arn = world.ecs.service('apps', service).taskDefinition;
  const definition = world.ecs.taskDefinitions.get(arn);
  return definition?.containerDefinitions?.find((container) => container.name === 'appName')?.image ?? '';
}

/** A deployment from its Action's pre-flight to the end of its execution, one state at a time. */
function deployment(world: World, index: number, image: string, ended: Ended[], events: Actor[]): Actor {
  const inputs = readerOf({
    'task-definition': '__tests__/support/fixtures/taskB-fargate-app-only.json',
    image,
    cluster: 'apps',
    service: 'serviceBv2',
    'stable-service': 'serviceB',
    mesh: 'apps',
    'virtual-router': 'serviceB',
    'stable-node': 'serviceB',
    'canary-node': 'serviceBv2',
    'alarm-names': 'serviceBv2-5xx',
    'state-machine-arn': stateMachineArn,
    steps: '50,100',
    'bake-time': '1m',
    'check-interval': '1m',
  });
  const source = { sha: `${index}`.repeat(7) };
  let phase = 'preflight';
  let preflight: DeployPreflight | undefined;
  let rolled: Awaited<ReturnType<typeof rollOutCanary>> | undefined;
  let arn = '';
  let document: ExecutionDocument | undefined;
  let progress: Progress | undefined;
  let failure = '';

  const end = (status: Ended['status'], error?: string) => {
    world.running = world.running.filter((execution) => execution.executionArn !== arn);
    const record = { image, arn, status, ...(error ? { error } : {}), document: document! };
    ended.push(record);
    world.ended.push({
      executionArn: arn,
      startDate: new Date(Number(arn.split('-').at(-1))),
      status,
      input: JSON.stringify({ document }),
      ...(error ? { error } : {}),
    });
    if (status !== 'SUCCEEDED') {
      // EventBridge: at least once, late.
      for (let copy = 0; copy < 2; copy++) events.push(guardDelivery(record));
    }
    phase = 'done';
  };

  return async () => {
    clock.now += 60_000;
    try {
      switch (phase) {
        case 'preflight':
          preflight = await preflightDeploy(inputs, modeDeps, source);
          phase = 'rollout';
          break;
        case 'rollout':
          rolled = await rollOutCanary(preflight!, modeDeps);
          phase = 'start';
          break;
        case 'start': {
          const started = await startCanary(preflight!, rolled!, modeDeps, source);
          arn = started.executionArn;
          document = JSON.parse(
            (mocks.sfn.commandCalls(StartExecutionCommand).at(-1)!.args[0].input.input as string) ?? '{}',
          ).document;
          phase = 'Init';
          break;
        }
        case 'Init':
          try {
            const identity = {
              executionArn: arn,
              stateMachineArn,
              startTime: new Date(clock.now).toISOString(),
            };
            progress = await init(document!, identity, stepDeps);
            phase = 'Shift';
          } catch (error) {
            end('FAILED', toStepError(error).name);
          }
          break;
        case 'Rollback':
          try {
            const report = await rollback(document!, stepDeps);
            end('FAILED', report.complete ? failure : 'RollbackIncomplete');
          } catch {
            end('FAILED', 'RollbackFailed');
          }
          break;
        default:
          await executionState();
      }
    } catch (error) {
      // The Action refused (pre-flight or the second lock read): it ends; what it wrote stays.
      if (['preflight', 'rollout', 'start'].includes(phase)) phase = 'done';
      else throw error;
    }
    return phase !== 'done';
  };

  async function executionState(): Promise<void> {
    try {
      switch (phase) {
        case 'Shift':
          progress = await shift(document!, progress!, stepDeps);
          phase = 'Check';
          return;
        case 'Check':
          progress = await check(document!, progress!, stepDeps);
          if (progress.decision === 'next-step') phase = 'Shift';
          else if (progress.decision === 'promote') phase = 'Promote';
          else if (progress.decision === 'rollback') {
            failure = 'HealthCheckFailed';
            phase = 'Rollback';
          }
          return;
        case 'Promote':
          progress = await promote(document!, progress!, stepDeps);
          phase = 'PromotionCheck';
          return;
        case 'PromotionCheck':
          progress = await promotionCheck(document!, progress!, stepDeps);
          if (progress.decision === 'finish') phase = 'Finish';
          if (progress.decision === 'rollback') {
            failure = 'PromotionFailed';
            phase = 'Rollback';
          }
          return;
        case 'Finish':
          await finish(document!, progress!, stepDeps);
          end('SUCCEEDED');
          return;
      }
    } catch (error) {
      failure = toStepError(error).name;
      phase = 'Rollback';
    }
  }
}

function guardDelivery(execution: Ended): Actor {
  return async () => {
    clock.now += 60_000;
    await guard(
      {
        'detail-type': 'Step Functions Execution Status Change',
        detail: {
          executionArn: execution.arn,
          stateMachineArn,
          status: execution.status,
          startDate: Number(execution.arn.split('-').at(-1)),
          input: JSON.stringify({ document: execution.document }),
          ...(execution.error ? { error: execution.error } : {}),
        },
      },
      { executions: stepDeps.executions, depsFor: () => stepDeps, log },
    );
    return false;
  };
}

/** Every target with weight is served by a service with tasks. */
function expectEveryTargetServed(world: World): void {
  for (const target of weightedTargetsOf(routeSpec(world))) {
    if (target.weight === 0) continue;
    const { desiredCount } = world.ecs.service('apps', target.virtualNode);
    expect({ node: target.virtualNode, desiredCount }).not.toEqual({
      node: target.virtualNode,
      desiredCount: 0,
    });
  }
}

function worldForRace(): World {
  const world = createWorld(seedDocument());
  world.ecs.addService('apps', 'serviceBv2', canaryPrevious, 0);
  world.ecs.nextRollout = ['COMPLETED'];
  mocks.cloudWatch.on(DescribeAlarmsCommand).callsFake(({ AlarmNames }) => ({
    MetricAlarms: (AlarmNames ?? []).map((name: string) => ({
      AlarmName: name,
      StateValue: imageRunningOn(world, 'serviceBv2') === bad ? 'ALARM' : 'OK',
    })),
  }));
  mocks.sfn.on(StartExecutionCommand).callsFake(({ name, input }) => {
    const executionArn = executionArnOf(`${name}-${clock.now}`);
    world.running.push({ executionArn, startDate: new Date(clock.now), input });
    return { executionArn, startDate: new Date(clock.now) };
  });
  return world;
}

describe('two deployments racing on one route, with late and repeated guard events', () => {
  it('never promote an unchecked or 5xx version, and never route to a service without tasks', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.tuple(fc.boolean(), fc.boolean()),
        // When the second deploy begins and how late each guard delivery comes, in scheduler turns.
        fc.nat({ max: 40 }),
        fc.array(fc.nat({ max: 40 }), { minLength: 4, maxLength: 4 }),
        fc.array(fc.nat({ max: 1000 }), { minLength: 40, maxLength: 120 }),
        async ([firstBad, secondBad], secondStartsAt, guardDelays, choices) => {
          const world = worldForRace();
          const ended: Ended[] = [];
          const events: Actor[] = [];
          const images = [firstBad ? bad : 'serviceb:good-1', secondBad ? bad : 'serviceb:good-2'];
          const actors = images.map((image, index) => ({
            act: deployment(world, index + 1, image, ended, events),
            readyAt: index === 0 ? 0 : secondStartsAt,
          }));
          const delivered = new Set<Actor>();
          const scheduled: { act: Actor; readyAt: number }[] = [];
          let turn = 0;
          for (let guardRail = 0; guardRail < 600; guardRail++) {
            for (const event of events) {
              if (delivered.has(event)) continue;
              delivered.add(event);
              scheduled.push({ act: event, readyAt: turn + (guardDelays[scheduled.length % 4] ?? 0) });
            }
            const pending = [...actors, ...scheduled];
            if (pending.length === 0) break;
            const ready = pending.filter((actor) => actor.readyAt <= turn);
            turn += 1;
            if (ready.length === 0) continue;
            const pick = ready[(choices[turn % choices.length] ?? 0) % ready.length]!;
            const more = await pick.act();
            if (!more) {
              for (const list of [actors, scheduled])
                if (list.includes(pick)) list.splice(list.indexOf(pick), 1);
            }
            expectEveryTargetServed(world);
          }
          expect(actors.length + scheduled.length).toBe(0);

          const succeeded = ended.filter((execution) => execution.status === 'SUCCEEDED');
          expect(succeeded.map((execution) => execution.image)).not.toContain(bad);
          // The last promotion stays in force: no late or repeated event of an older canary undoes it.
          const stable = world.ecs.service('apps', 'serviceB').taskDefinition;
          const lastPromotion = succeeded.at(-1);
          const promotedBy = (world.ecs.tags.get(stable) ?? []).find((tag) => tag.key === deploymentTagKey);
          expect(stable === stablePrevious ? undefined : promotedBy?.value).toBe(
            lastPromotion?.document.deploymentId,
          );
          expect(weightedTargetsOf(routeSpec(world))).toEqual([{ virtualNode: 'serviceB', weight: 100 }]);
        },
      ),
      { numRuns: 100 },
    );
  }, 300_000);
});
