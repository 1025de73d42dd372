import { canaryPlanSettings } from '../config/canary.js';
import { type DeploySettings, deploySettings } from '../config/deploy.js';
import { healthSettings } from '../config/health.js';
import { type InputReader, optionalString } from '../config/inputs.js';
import { meshSettings } from '../config/mesh.js';
import { stableServiceSettings } from '../config/services.js';
import { type DeployResult, deployCanaryService } from '../deploy/deploy.js';
import { buildExecutionDocument, deploymentIdOf } from '../deploy/execution-document.js';
import { followExecution } from '../deploy/follow.js';
import type { DeploymentSource } from '../deploy/source.js';
import { InputError } from '../errors.js';
import { validateHealthSources } from '../health/check.js';
import type { HealthSettings } from '../health/index.js';
import { AppMeshRouter, type RouteWeights } from '../mesh/index.js';
import { familyOf } from '../orchestrator/document.js';
import { consoleUrlOf } from '../report/canary-summary.js';
import type { TimelineEntry } from '../report/timeline.js';
import type { ModeDeps } from './deps.js';

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

/**
 * `deploy`: every input is checked, then read-only pre-flight (routes, nodes, canary at 0, both services,
 * health sources), then the canary service gets the new version, then the state machine takes over.
 */
export async function runDeployMode(
  read: InputReader,
  deps: ModeDeps,
  source: DeploymentSource,
): Promise<DeployModeResult> {
  const deploy = deploySettings(read);
  const mesh = meshSettings(read);
  const plan = canaryPlanSettings(read, { requireStateMachine: !deploy.dryRun });
  const stable = stableServiceSettings(read);
  if (!deploy.waitForServiceStability && !deploy.dryRun) {
    throw new InputError(
      'wait-for-service-stability',
      'must be true: traffic moves to the canary only once its service is stable on the new version.',
    );
  }
  // Checked now, before any call; read again once the task definition families are known.
  healthFor(read, plan.checkIntervalSeconds, 'canary-family', 'stable-family');

  const routeLabel = mesh.routes.length > 0 ? mesh.routes.join('+') : mesh.virtualRouter;
  const deploymentId = deploymentIdOf(routeLabel, source.sha, deps.now());
  const router = new AppMeshRouter(deps.appMesh, mesh, { deploymentId, log: deps.log });
  const snapshot = await router.snapshot();
  deps.log.info(
    `pre-flight: ${snapshot.routes.length} route(s) of ${mesh.virtualRouter} in mesh ${mesh.mesh}, canary ${mesh.canaryNode} at 0`,
  );
  const stableState = await deps.ecs.describeService(stable.cluster, stable.service);
  const canaryState = await deps.ecs.describeService(deploy.cluster, deploy.service);
  const canaryDeploy: DeploySettings = {
    ...deploy,
    // A canary service left at 0 by the previous canary must carry full traffic at 100%.
    desiredCount:
      deploy.desiredCount ??
      (canaryState.desiredCount > 0 ? canaryState.desiredCount : stableState.desiredCount),
  };
  const health = healthFor(
    read,
    plan.checkIntervalSeconds,
    familyOf(canaryState.taskDefinitionArn),
    familyOf(stableState.taskDefinitionArn),
  );
  await validateHealthSources(health, deps.health, { now: deps.now() });

  const base = { dryRun: deploy.dryRun, deploymentId, entries: [], routeLabel };
  if (deploy.dryRun) {
    const ecs = await deployCanaryService(canaryDeploy, deps);
    deps.log.info(
      `plan (dry run): then run ${plan.steps.map((step) => `${step.weight}%`).join(' → ')} on the canary`,
    );
    return { ...base, ecs };
  }

  if (mesh.createCanaryNode) {
    const { created } = await router.ensureCanaryNode();
    if (created) deps.log.info(`created virtual node ${mesh.canaryNode} from ${mesh.stableNode}`);
  }
  const ecs = await deployCanaryService(canaryDeploy, deps);
  const document = buildExecutionDocument({
    deploymentId,
    source,
    region: deps.region,
    snapshot,
    account: deploy.meshOwner ?? canaryState.accountId,
    render: deploy.render,
    stable: { ...stable, taskDefinitionArn: stableState.taskDefinitionArn },
    canary: {
      cluster: deploy.cluster,
      service: deploy.service,
      previousTaskDefinitionArn: canaryState.taskDefinitionArn,
      newTaskDefinitionArn: ecs.taskDefinitionArn!,
      desiredCount: canaryDeploy.desiredCount ?? 1,
    },
    plan,
    health,
    promotionTimeoutSeconds: deploy.waitForMinutes * 60,
  });
  const started = await deps.executions.start(plan.stateMachineArn!, deploymentId, { document });
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
  if (!plan.waitForCompletion) return result;

  const followed = await followExecution(deps.executions, started.executionArn, {
    log: deps.log,
    pollSeconds: Math.min(15, Math.max(2, Math.floor(plan.checkIntervalSeconds / 4))),
    maxSeconds: deploy.waitForMinutes * 60,
    sleep: deps.sleep,
    now: () => deps.now().getTime(),
  });
  return {
    ...result,
    status: followed.status,
    entries: followed.entries,
    finalWeights: await router.describe(),
  };
}

/** Health settings; the window defaults to the check interval (at least one metric period). */
function healthFor(
  read: InputReader,
  checkIntervalSeconds: number,
  canaryTaskDefinitionFamily: string,
  stableTaskDefinitionFamily: string,
): HealthSettings {
  const settings = healthSettings(read, { canaryTaskDefinitionFamily, stableTaskDefinitionFamily });
  if (optionalString(read, 'window') !== undefined) return settings;
  const periods = Math.max(1, Math.ceil(checkIntervalSeconds / settings.periodSeconds));
  return { ...settings, windowSeconds: periods * settings.periodSeconds };
}
