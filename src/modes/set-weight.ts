import { requiredString } from '../config/inputs.js';
import { canaryPercentSetting } from '../config/mesh.js';
import { stableServiceSettings } from '../config/services.js';
import { tasksOf } from '../count.js';
import {
  checkDistinctServices,
  checkServiceRoles,
  checkTargetGroupAttachments,
} from '../deploy/service-roles.js';
import type { ServiceState } from '../ecs/index.js';
import { InputError } from '../errors.js';
import { CanaryAlreadyRunningError } from '../orchestrator/errors.js';
import { AlbRouter } from '../routing/alb/router.js';
import { AppMeshRouter } from '../routing/app-mesh/appmesh-router.js';
import { routeWeightsOf } from '../routing/app-mesh/route-weights.js';
import {
  type InputRouter,
  resourceLabelsOf,
  routerFromSettings,
  type TrafficSnapshot,
} from '../routing/engine.js';
import { PreflightError } from '../routing/errors.js';
import type { RouteWeights } from '../routing/router.js';
import { type RouterSettings, routerSettings } from '../routing/router-settings.js';
import { VpcLatticeRouter } from '../routing/vpc-lattice/router.js';
import type { ModeDeps } from './deps.js';
import { runningCanaryOn } from './executions.js';
import { checkStateMachineRegion } from './state-machine.js';

export interface SetWeightResult {
  router: RouterSettings['router'];
  canaryPercent: number;
  canary: string;
  /** The routes, rule or listener shifted, by name; `written` those that changed. */
  resources: string[];
  written: string[];
  /** What the router's shift returned (the state written). */
  result: unknown;
  weights: RouteWeights[];
}

/**
 * `set-weight`: moves the canary to a share of the traffic by hand, after the same pre-flight a deploy makes
 * for what it would do: both services are the route's, every side the write sends traffic to runs tasks, and
 * no canary runs or is paused on the route (unless `force`, which is printed). Nothing is written before.
 */
export async function runSetWeight(
  read: (name: string) => string,
  deps: ModeDeps,
  options: { force: boolean; deploymentId: string },
): Promise<SetWeightResult> {
  const routing = routerSettings(read);
  const canaryPercent = canaryPercentSetting(read);
  const stable = stableServiceSettings(read);
  const canaryService = {
    cluster: stable.cluster,
    service: requiredString(read, 'service', 'Set it to the ECS service of the canary, e.g. serviceBv2.'),
  };
  checkDistinctServices(canaryService, stable);
  const stateMachineArn = read('state-machine-arn').trim();
  if (stateMachineArn) checkStateMachineRegion(stateMachineArn, deps.region);
  else if (!options.force)
    throw new InputError(
      'state-machine-arn',
      'is required: set-weight first checks that no canary runs or is paused on the route. Set it to the ' +
        "orchestrator's StateMachineArn, or pass --force to write without that check.",
    );

  const router = await routerFromSettings(routing, deps, {
    deploymentId: options.deploymentId,
    log: deps.log,
  });
  const snapshot = await router.current();
  const where = resourceLabelsOf(snapshot).join(', ');
  if (stateMachineArn) await checkNoCanaryRunning(stateMachineArn, snapshot, where, options.force, deps);
  else deps.log.warn(`--force: not checked whether a canary runs on ${where}`);

  const [stableState, canaryState] = [
    await deps.ecs.describeService(stable.cluster, stable.service),
    await deps.ecs.describeService(canaryService.cluster, canaryService.service),
  ];
  await checkServicesServe(
    routing,
    snapshot,
    { ...stable, state: stableState },
    { ...canaryService, state: canaryState },
    deps,
  );
  const canaryName = routing.router === 'app-mesh' ? routing.canaryNode : routing.canaryTargetGroup;
  if (canaryPercent > 0) checkRunsTasks('canary', canaryService.service, canaryState, canaryPercent, where);
  if (canaryPercent < 100) checkRunsTasks('stable', stable.service, stableState, canaryPercent, where);

  const shifted = await shiftByHand(router, canaryPercent, snapshot);
  return { router: routing.router, canaryPercent, canary: canaryName, ...shifted };
}

async function checkNoCanaryRunning(
  stateMachineArn: string,
  snapshot: TrafficSnapshot,
  where: string,
  force: boolean,
  deps: ModeDeps,
): Promise<void> {
  const running = await runningCanaryOn(deps.executions, stateMachineArn, snapshot);
  if (!running) return;
  const named = `execution ${running.details.executionArn} (deployment ${running.document.deploymentId})`;
  if (force) {
    deps.log.warn(
      `--force: writing while ${named} runs a canary on ${where}; it will find the weights changed and stop, keeping them`,
    );
    return;
  }
  throw new CanaryAlreadyRunningError(
    `${named} is running a canary on ${where} (a paused one too): set-weight changed nothing. Resume it ` +
      '(promote), roll it back (rollback), or wait for it to end; --force writes anyway, and the canary then stops.',
  );
}

/** The same checks a deploy makes: the services are the route's nodes or target groups, not swapped. */
async function checkServicesServe(
  routing: RouterSettings,
  snapshot: TrafficSnapshot,
  stable: { cluster: string; service: string; state: ServiceState },
  canary: { cluster: string; service: string; state: ServiceState },
  deps: ModeDeps,
): Promise<void> {
  if (snapshot.router === 'app-mesh' && routing.router === 'app-mesh') {
    const [stableTaskDefinition, canaryTaskDefinition] = [
      await deps.ecs.describeTaskDefinition(stable.state.taskDefinitionArn),
      await deps.ecs.describeTaskDefinition(canary.state.taskDefinitionArn),
    ];
    checkServiceRoles(
      { ...canary, taskDefinition: canaryTaskDefinition },
      { ...stable, taskDefinition: stableTaskDefinition },
      snapshot,
    );
  } else if (snapshot.router !== 'app-mesh') {
    checkTargetGroupAttachments(canary, stable, snapshot);
  }
}

/** Traffic only goes to a service that runs tasks: refused before any write otherwise. */
function checkRunsTasks(
  role: string,
  service: string,
  state: ServiceState,
  canaryPercent: number,
  where: string,
): void {
  if (state.desiredCount > 0 && state.runningCount > 0) return;
  throw new PreflightError(
    `${role} service ${service} has ${tasksOf(state)}: the canary at ${canaryPercent}% would send it traffic of ` +
      `${where} with no task to answer. Nothing was written. Scale it up (or deploy it) first.`,
  );
}

interface Shifted {
  resources: string[];
  written: string[];
  result: unknown;
  weights: RouteWeights[];
}

/**
 * The state the pre-flight read is what the write expects: a route or rule edited since (by hand, by a canary
 * that started meanwhile) is not overwritten.
 */
async function shiftByHand(
  router: InputRouter,
  canaryPercent: number,
  expected: TrafficSnapshot,
): Promise<Shifted> {
  if (router instanceof AppMeshRouter && expected.router === 'app-mesh') {
    const result = await router.shift(canaryPercent, expected);
    return {
      resources: result.routes.map((route) => route.routeName),
      written: result.written,
      result,
      weights: result.routes.map(routeWeightsOf),
    };
  }
  const result =
    router instanceof AlbRouter && expected.router === 'alb'
      ? await router.shift(canaryPercent, expected)
      : router instanceof VpcLatticeRouter && expected.router === 'vpc-lattice'
        ? await router.shift(canaryPercent, expected)
        : undefined;
  if (!result) throw new Error(`router ${expected.router} read by another router`);
  // The forward action as it is now, read once for the table and the names.
  const weights = await router.describe();
  return { resources: weights.map((one) => one.route), written: result.written, result, weights };
}
