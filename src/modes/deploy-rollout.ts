import type { DeploySettings } from '../config/deploy.js';
import { type DeployResult, deployCanaryService } from '../deploy/deploy.js';
import { buildExecutionDocument } from '../deploy/execution-document.js';
import { followExecution } from '../deploy/follow.js';
import type { DeploymentSource } from '../deploy/source.js';
import { historyPollSeconds } from '../pace.js';
import { consoleUrlOf } from '../report/canary-summary.js';
import type { AppMeshRouter } from '../routing/app-mesh/appmesh-router.js';
import type { DeployModeResult, DeployPreflight } from './deploy.js';
import { refuseWhileRunning } from './deploy-preflight.js';
import type { ModeDeps } from './deps.js';

/** Once the pre-flight passed: a dry run renders the task definition; a deploy rolls out, starts and follows. */
export async function deployAfterPreflight(
  preflight: DeployPreflight,
  deps: ModeDeps,
  source: DeploymentSource,
): Promise<DeployModeResult> {
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
