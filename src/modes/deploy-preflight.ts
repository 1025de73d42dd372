import type { InputReader } from '../config/inputs.js';
import { testHeaderText } from '../config/test-traffic.js';
import { tasksOf } from '../count.js';
import { canaryBase } from '../deploy/deploy.js';
import { deploymentIdOf } from '../deploy/execution-document.js';
import { planHooks } from '../deploy/hook-plan.js';
import { checkServiceRoles, checkTargetGroupAttachments } from '../deploy/service-roles.js';
import type { DeploymentSource } from '../deploy/source.js';
import { validateHealthSources } from '../health/check.js';
import { familyOf } from '../orchestrator/document.js';
import { CanaryAlreadyRunningError } from '../orchestrator/errors.js';
import type { StateMachineFacts } from '../orchestrator/sfn.js';
import {
  checkCanaryAtZero,
  type InputRouter,
  resourceLabelsOf,
  routerFromSettings,
  type TrafficSnapshot,
} from '../routing/engine.js';
import { CanaryGroupNotAtZeroError, PreflightError } from '../routing/errors.js';
import type { RouterSettings } from '../routing/router-settings.js';
import { planTestTraffic } from '../routing/test-traffic/index.js';
import type { DeployPreflight } from './deploy.js';
import { type DeployInputs, healthFor } from './deploy-inputs.js';
import type { ModeDeps } from './deps.js';
import { runningCanaryOn } from './executions.js';

/**
 * The pre-flight's reads once the state machine fits: routes, nodes, canary at 0, no canary running, both
 * services and their roles, hooks, health sources. Reads only: every refusal happens here, before the first write.
 */
export async function readDeployTargets(
  read: InputReader,
  inputs: DeployInputs,
  machine: StateMachineFacts | undefined,
  deps: ModeDeps,
  source: DeploymentSource,
): Promise<DeployPreflight> {
  const { routing, deploy, plan, stable, testTraffic: testTrafficInput, hooks: hookInput } = inputs;
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
export async function refuseWhileRunning(
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
