import { type CanaryPlanSettings, canaryPlanSettings } from '../config/canary.js';
import { type DeploySettings, deploySettings } from '../config/deploy.js';
import type { HealthDefaults } from '../config/health.js';
import { healthSettings } from '../config/health.js';
import { checkHookHistoryBudget } from '../config/history-budget.js';
import { type HookSettings, hookSettings } from '../config/hooks.js';
import { type InputReader, optionalString } from '../config/inputs.js';
import { stableServiceSettings } from '../config/services.js';
import { placeholderTargetGroups } from '../config/target-group-health.js';
import { testHeaderText, testTrafficSettings } from '../config/test-traffic.js';
import { tasksOf } from '../count.js';
import { canaryBase, type DeployResult, deployCanaryService } from '../deploy/deploy.js';
import { buildExecutionDocument, deploymentIdOf } from '../deploy/execution-document.js';
import { followExecution } from '../deploy/follow.js';
import { planHooks } from '../deploy/hook-plan.js';
import {
  checkDistinctServices,
  checkServiceRoles,
  checkTargetGroupAttachments,
} from '../deploy/service-roles.js';
import type { DeploymentSource } from '../deploy/source.js';
import type { DescribedTaskDefinition, ServiceState } from '../ecs/index.js';
import { InputError } from '../errors.js';
import { validateHealthSources } from '../health/check.js';
import type { HealthSettings } from '../health/index.js';
import { familyOf } from '../orchestrator/document.js';
import { CanaryAlreadyRunningError } from '../orchestrator/errors.js';
import type { HooksPlan } from '../orchestrator/hooks/plan.js';
import type { StateMachineFacts } from '../orchestrator/sfn.js';
import { historyPollSeconds } from '../pace.js';
import { consoleUrlOf } from '../report/canary-summary.js';
import { durationText } from '../report/duration.js';
import type { TimelineEntry } from '../report/timeline.js';
import type { AppMeshRouter } from '../routing/app-mesh/appmesh-router.js';
import {
  checkCanaryAtZero,
  type InputRouter,
  resourceLabelsOf,
  routerFromSettings,
  type TrafficSnapshot,
} from '../routing/engine.js';
import { CanaryGroupNotAtZeroError, PreflightError } from '../routing/errors.js';
import type { RouteWeights } from '../routing/router.js';
import { type RouterSettings, routerSettings } from '../routing/router-settings.js';
import { planTestTraffic, type TestTrafficPlan } from '../routing/test-traffic/index.js';
import type { ModeDeps } from './deps.js';
import { runningCanaryOn } from './executions.js';
import { checkStateMachineRegion } from './state-machine.js';

export interface DeployModeResult {
  ecs: DeployResult;
  dryRun: boolean;
  deploymentId: string;
  executionArn?: string;
  executionUrl?: string;
  /** SUCCEEDED, FAILED, ABORTED, TIMED_OUT; RUNNING when not followed to the end; absent on a dry run. */
  status?: string;
  entries: TimelineEntry[];
  finalWeights?: RouteWeights[];
  routeLabel: string;
}

/** Everything the pre-flight read and decided; no write happened yet. */
export interface DeployPreflight {
  deploy: DeploySettings;
  routing: RouterSettings;
  plan: CanaryPlanSettings;
  stable: { cluster: string; service: string; state: ServiceState };
  canary: { state: ServiceState; taskDefinition: DescribedTaskDefinition; desiredCount: number };
  router: InputRouter;
  snapshot: TrafficSnapshot;
  health: HealthSettings;
  deploymentId: string;
  routeLabel: string;
  /** What the test traffic creates before the first step; absent without test-traffic-header. */
  testTraffic?: TestTrafficPlan;
  /** The hooks by stage, each with what its state needs; absent without hooks. */
  hooks?: HooksPlan;
}

/**
 * `deploy`: every input is checked, then the read-only pre-flight (the state machine, the lock, routes,
 * nodes, canary at 0, both services and their roles, health sources), then the canary service gets the new
 * version, then the state machine takes over.
 */
export async function runDeployMode(
  read: InputReader,
  deps: ModeDeps,
  source: DeploymentSource,
): Promise<DeployModeResult> {
  const preflight = await preflightDeploy(read, deps, source);
  const base = {
    dryRun: preflight.deploy.dryRun,
    deploymentId: preflight.deploymentId,
    entries: [],
    routeLabel: preflight.routeLabel,
  };
  if (preflight.deploy.dryRun) {
    const ecs = await deployCanaryService(canaryDeployOf(preflight), deps, { known: knownCanary(preflight) });
    deps.log.info(
      `plan (dry run): then run ${preflight.plan.steps.map((step) => `${step.weight}%`).join(' → ')} on the canary`,
    );
    return { ...base, ecs };
  }

  const ecs = await rollOutCanary(preflight, deps);
  const started = await startCanary(preflight, ecs, deps, source);
  const executionUrl = consoleUrlOf(started.executionArn);
  deps.log.info(`started execution ${started.executionArn}`);
  deps.log.info(`console: ${executionUrl}`);
  const result: DeployModeResult = {
    ...base,
    ecs,
    executionArn: started.executionArn,
    executionUrl,
    status: 'RUNNING',
  };
  if (!preflight.plan.waitForCompletion) return result;

  const followed = await followExecution(deps.executions, started.executionArn, {
    log: deps.log,
    pollSeconds: historyPollSeconds(preflight.plan.checkIntervalSeconds),
    maxSeconds: preflight.deploy.waitForMinutes * 60,
    sleep: deps.sleep,
    now: () => deps.now().getTime(),
    stopAtPause: true,
  });
  return {
    ...result,
    status: followed.status,
    entries: followed.entries,
    finalWeights: await preflight.router.describe(),
  };
}

/** Reads only: every refusal happens here, before the first write. */
export async function preflightDeploy(
  read: InputReader,
  deps: ModeDeps,
  source: DeploymentSource,
): Promise<DeployPreflight> {
  const routing = routerSettings(read);
  const deploy = deploySettings(read, routing.router === 'app-mesh');
  // A dry run checks what the deploy would: the state machine, its lock and whether the plan fits it.
  const plan = canaryPlanSettings(read, { requireStateMachine: true });
  const stable = stableServiceSettings(read);
  const testTrafficInput = testTrafficSettings(read);
  const hookInput = hookSettings(read, {
    region: deps.region,
    testTraffic: testTrafficInput !== undefined,
    promotion: plan.promotion,
  });
  if (hookInput) checkHookHistoryBudget(plan, hookInput);
  if (!deploy.waitForServiceStability && !deploy.dryRun) {
    throw new InputError(
      'wait-for-service-stability',
      'must be true: traffic moves to the canary only once its service is stable on the new version.',
    );
  }
  checkDistinctServices(deploy, stable);
  if (plan.stateMachineArn) checkStateMachineRegion(plan.stateMachineArn, deps.region);
  // Checked now, before any call; read again once the families and target groups are known.
  healthFor(read, plan.checkIntervalSeconds, {
    canaryTaskDefinitionFamily: 'canary-family',
    stableTaskDefinitionFamily: 'stable-family',
    ...placeholderTargetGroups(routing),
  });

  const machine = plan.stateMachineArn
    ? await checkStateMachineFits(plan, plan.stateMachineArn, deploy.waitForMinutes * 60, deps, hookInput)
    : undefined;
  const routeLabel = routeLabelOf(routing);
  const deploymentId = deploymentIdOf(routeLabel, source.sha, deps.now());
  const router = await routerFromSettings(routing, deps, { deploymentId, log: deps.log });
  // Read first without requiring the canary at 0, so a running canary is named as such.
  const snapshot = await router.current();
  if (plan.stateMachineArn) await refuseWhileRunning(plan.stateMachineArn, snapshot, deps);
  await checkCanaryAtZeroNamed(snapshot, router);
  deps.log.info(`pre-flight: ${resourceLabelsOf(snapshot).join(', ')}: canary at 0, no canary running`);
  const testTraffic = testTrafficInput
    ? await planTestTraffic(testTrafficInput, snapshot, deps, { deploymentId, log: deps.log })
    : undefined;
  if (testTraffic)
    deps.log.info(
      `pre-flight: test traffic (${testHeaderText(testTraffic.header)}) will reach the canary before the first step${'priority' in testTraffic ? `, at rule priority ${testTraffic.priority}` : `, through ${testTraffic.routes.map((route) => `route ${route.routeName} (priority ${route.spec.priority})`).join(', ')}`}`,
    );

  const stableState = await deps.ecs.describeService(stable.cluster, stable.service);
  const canaryState = await deps.ecs.describeService(deploy.cluster, deploy.service);
  const [stableTaskDefinition, canaryTaskDefinition] = [
    await deps.ecs.describeTaskDefinition(stableState.taskDefinitionArn),
    await deps.ecs.describeTaskDefinition(canaryState.taskDefinitionArn),
  ];
  const hooks = hookInput
    ? await planHooks(
        hookInput,
        {
          stateMachineArn: plan.stateMachineArn ?? '(none given)',
          allowlist: machine?.hookAllowlist,
          canaryCluster: deploy.cluster,
          canaryService: canaryState,
        },
        deps.ecs,
      )
    : undefined;
  if (hookInput)
    deps.log.info(
      `pre-flight: hooks ${hookInput.hooks.map((hook) => `${hook.stage} ${hook.text}`).join(', ')}: each one the orchestrator may call`,
    );
  const canaryRef = { ...deploy, taskDefinition: canaryTaskDefinition };
  const stableRef = { ...stable, taskDefinition: stableTaskDefinition };
  if (snapshot.router === 'app-mesh') checkServiceRoles(canaryRef, stableRef, snapshot);
  else
    checkTargetGroupAttachments(
      { ...canaryRef, state: canaryState },
      { ...stableRef, state: stableState },
      snapshot,
    );
  if (stableState.desiredCount === 0 || stableState.runningCount === 0) {
    throw new PreflightError(
      `stable service ${stable.service} has ${tasksOf(stableState)}: ` +
        'it must serve production before a canary starts (a rollback returns all traffic to it).',
    );
  }
  // The canary's metrics are those of the family this deploy registers, not the one it ran before.
  const registeredFamily = (await canaryBase(deploy, canaryTaskDefinition)).family;
  const health = healthFor(read, plan.checkIntervalSeconds, {
    canaryTaskDefinitionFamily: registeredFamily,
    stableTaskDefinitionFamily: familyOf(stableState.taskDefinitionArn),
    ...(snapshot.router === 'app-mesh'
      ? {}
      : {
          canaryTargetGroupArn: snapshot.canaryTargetGroupArn,
          stableTargetGroupArn: snapshot.stableTargetGroupArn,
        }),
  });
  await validateHealthSources(health, deps.health, { now: deps.now() });
  return {
    deploy,
    routing,
    plan,
    stable: { ...stable, state: stableState },
    canary: {
      state: canaryState,
      taskDefinition: canaryTaskDefinition,
      // A canary service left at 0 by the previous canary must carry full traffic at 100%.
      desiredCount:
        deploy.desiredCount ??
        (canaryState.desiredCount > 0 ? canaryState.desiredCount : stableState.desiredCount),
    },
    router,
    snapshot,
    health,
    deploymentId,
    routeLabel,
    ...(testTraffic ? { testTraffic } : {}),
    ...(hooks ? { hooks } : {}),
  };
}

/** The canary's new version: created node (when asked), registered, rolled out, stable. */
export async function rollOutCanary(preflight: DeployPreflight, deps: ModeDeps): Promise<DeployResult> {
  const { routing, router } = preflight;
  if (routing.router === 'app-mesh' && routing.createCanaryNode) {
    // App Mesh settings always make an AppMeshRouter (routerFromSettings).
    const { created } = await (router as AppMeshRouter).ensureCanaryNode();
    if (created) deps.log.info(`created virtual node ${routing.canaryNode} from ${routing.stableNode}`);
  }
  return deployCanaryService(canaryDeployOf(preflight), deps, {
    deploymentId: preflight.deploymentId,
    known: knownCanary(preflight),
  });
}

/**
 * Starts the state machine. The lock is read once more first: a deploy that raced this one through its
 * pre-flight and started first owns the route (its checks see the canary service changed and roll back).
 */
export async function startCanary(
  preflight: DeployPreflight,
  ecs: DeployResult,
  deps: ModeDeps,
  source: DeploymentSource,
): Promise<{ executionArn: string; startDate: Date }> {
  const stateMachineArn = preflight.plan.stateMachineArn!;
  await refuseWhileRunning(stateMachineArn, preflight.snapshot, deps, ecs.taskDefinitionArn);
  const { deploy, stable, canary } = preflight;
  const document = buildExecutionDocument({
    deploymentId: preflight.deploymentId,
    source,
    region: deps.region,
    snapshot: preflight.snapshot,
    account: deploy.meshOwner ?? canary.state.accountId,
    render: deploy.render,
    stable: {
      cluster: stable.cluster,
      service: stable.service,
      taskDefinitionArn: stable.state.taskDefinitionArn,
    },
    canary: {
      cluster: deploy.cluster,
      service: deploy.service,
      previousTaskDefinitionArn: canary.state.taskDefinitionArn,
      newTaskDefinitionArn: ecs.taskDefinitionArn!,
      desiredCount: canary.desiredCount,
    },
    plan: preflight.plan,
    health: preflight.health,
    promotionTimeoutSeconds: deploy.waitForMinutes * 60,
    ...(preflight.testTraffic ? { testTraffic: preflight.testTraffic } : {}),
    ...(preflight.hooks ? { hooks: preflight.hooks } : {}),
  });
  return deps.executions.start(stateMachineArn, preflight.deploymentId, { document });
}

function knownCanary(preflight: DeployPreflight) {
  return { service: preflight.canary.state, taskDefinition: preflight.canary.taskDefinition };
}

function canaryDeployOf(preflight: DeployPreflight): DeploySettings {
  return { ...preflight.deploy, desiredCount: preflight.canary.desiredCount };
}

/** The ARN names its region; a state machine elsewhere cannot be reached with this region's clients. */

/**
 * The state machine exists here, can run this plan's pauses, and lets an execution live as long as the plan
 * may take: an execution that times out mid-canary is rolled back by the guard, after a wasted bake.
 */
async function checkStateMachineFits(
  plan: CanaryPlanSettings,
  stateMachineArn: string,
  promotionSeconds: number,
  deps: ModeDeps,
  hooks?: HookSettings,
): Promise<StateMachineFacts> {
  const machine = await deps.executions.describeStateMachine(stateMachineArn);
  if (!machine.exists) {
    throw new InputError(
      'state-machine-arn',
      `no state machine ${stateMachineArn} in this account and region: use the StateMachineArn output of the ` +
        'orchestrator stack (infra/), deployed in this region.',
    );
  }
  const pauses = plan.steps.filter((step) => step.pause).length;
  if (pauses > 0 && machine.states && !machine.states.includes('Hold')) {
    throw new InputError(
      'steps',
      `has a pause, but state machine ${stateMachineArn} has no Hold state (an orchestrator stack from before pause steps): update the stack (infra/), or remove pause from steps.`,
    );
  }
  if (machine.timeoutSeconds === undefined) return machine;
  const planSeconds = longestPlanSeconds(plan, pauses, promotionSeconds) + longestHooksSeconds(plan, hooks);
  if (planSeconds <= machine.timeoutSeconds) return machine;
  const input =
    hooks && longestHooksSeconds(plan, hooks) > 0
      ? 'hook-timeout'
      : pauses > 0
        ? 'pause-timeout'
        : 'bake-time';
  throw new InputError(
    input,
    `the canary may take ${durationText(planSeconds * 1000)} (bakes${pauses > 0 ? `, ${pauses} pause${pauses > 1 ? 's' : ''} to their timeout` : ''}${hooks && longestHooksSeconds(plan, hooks) > 0 ? ', hooks to their timeout' : ''} and promotion), longer than state machine ${stateMachineArn} lets an execution run (${durationText(machine.timeoutSeconds * 1000)}): shorten ${input}, or deploy the orchestrator with a longer executionTimeout (infra/, context executionTimeout).`,
  );
}

/** Every hook taking its hook-timeout: after-shift hooks once a step. */
function longestHooksSeconds(plan: CanaryPlanSettings, hooks: HookSettings | undefined): number {
  if (!hooks) return 0;
  const runs = hooks.hooks.reduce(
    (total, hook) => total + (hook.stage === 'after-shift' ? plan.steps.length : 1),
    0,
  );
  return runs * hooks.timeoutSeconds;
}

/** Bakes (each may extend while it waits for its first own period), pauses to their timeout, promotion. */
function longestPlanSeconds(plan: CanaryPlanSettings, pauses: number, promotionSeconds: number): number {
  const bakes = plan.steps.reduce(
    (total, step) => total + step.bakeSeconds + 2 * plan.checkIntervalSeconds + 120,
    0,
  );
  return bakes + pauses * plan.pauseTimeoutSeconds + promotionSeconds;
}

/**
 * A new canary starts from 0. A VPC Lattice forward holds target group IDs: the refusal names every group
 * as a person knows it, read only then (one GetTargetGroup each).
 */
async function checkCanaryAtZeroNamed(snapshot: TrafficSnapshot, router: InputRouter): Promise<void> {
  try {
    checkCanaryAtZero(snapshot);
  } catch (error) {
    if (!(error instanceof CanaryGroupNotAtZeroError) || snapshot.router !== 'vpc-lattice') throw error;
    const [read] = await router.describe();
    const groups = (read?.targets ?? []).map((target) => ({ id: target.target, weight: target.weight }));
    throw new CanaryGroupNotAtZeroError(error.resource, snapshot.names.canaryTargetGroup, groups);
  }
}

/** One canary per route, any phase: refuses while an execution of the state machine runs on these routes. */
async function refuseWhileRunning(
  stateMachineArn: string,
  snapshot: TrafficSnapshot,
  deps: ModeDeps,
  alreadyRolledOut?: string,
): Promise<void> {
  const running = await runningCanaryOn(deps.executions, stateMachineArn, snapshot);
  if (!running) return;
  const { details, document } = running;
  const changed = alreadyRolledOut
    ? `It started while this deploy rolled out its service: the canary service now runs ${alreadyRolledOut} and ` +
      'gets no traffic from this deploy; the running canary sees its service changed and rolls back.'
    : 'This deploy changed nothing.';
  throw new CanaryAlreadyRunningError(
    `execution ${details.executionArn} (deployment ${document.deploymentId}, started ${details.startDate.toISOString()}) ` +
      `is running a canary on ${resourceLabelsOf(snapshot).join(', ')}. ${changed} Wait for it to end, or roll it back ` +
      '(mode: rollback), then deploy again.',
  );
}

/** Health settings; the window defaults to the check interval (at least one metric period). */
function healthFor(read: InputReader, checkIntervalSeconds: number, known: HealthDefaults): HealthSettings {
  const settings = healthSettings(read, known);
  if (optionalString(read, 'window') !== undefined) return settings;
  const periods = Math.max(1, Math.ceil(checkIntervalSeconds / settings.periodSeconds));
  return { ...settings, windowSeconds: periods * settings.periodSeconds };
}

/** A short name of what is shifted, for the deployment id: the routes, the router, the rule or listener. */
function routeLabelOf(routing: RouterSettings): string {
  const last = (text: string) => text.split('/').at(-1) ?? text;
  switch (routing.router) {
    case 'app-mesh':
      return routing.routes.length > 0 ? routing.routes.join('+') : routing.virtualRouter;
    case 'vpc-lattice':
      return last(routing.rule ?? routing.listener);
    case 'alb':
      return `alb-${last(routing.ruleArn ?? routing.listenerArn).slice(0, 12)}`;
  }
}
