import { AppMeshClient } from '@aws-sdk/client-app-mesh';
import { ECSClient } from '@aws-sdk/client-ecs';
import { clientConfig } from '../src/aws/client-config.js';
import { canaryPlanSettings } from '../src/config/canary.js';
import { deploySettings } from '../src/config/deploy.js';
import { healthSettings } from '../src/config/health.js';
import { optionalString, readerOf } from '../src/config/inputs.js';
import { meshSettings } from '../src/config/mesh.js';
import { stableServiceSettings } from '../src/config/services.js';
import { deployCanaryService } from '../src/deploy/deploy.js';
import { buildExecutionDocument, deploymentIdOf } from '../src/deploy/execution-document.js';
import { Ecs } from '../src/ecs/index.js';
import { AppMeshRouter } from '../src/mesh/index.js';
import { type ExecutionDocument, familyOf } from '../src/orchestrator/document.js';
import { seedInputs } from './action-runner.js';
import type { LocalStack } from './index.js';

export interface PreparedCanary {
  deploymentId: string;
  document: ExecutionDocument;
  newTaskDefinitionArn: string;
}

export interface StartedCanary extends PreparedCanary {
  executionArn: string;
}

const quiet = { info: () => {}, warn: () => {} };

/**
 * Does what the Action's deploy mode does before StartExecution, with the project's own input parsers,
 * renderer, router pre-flight and document builder, in this process: the canary service is waited for on
 * the simulated clock instead of the SDK waiter's real 15-second polls. For measurements and API tests;
 * the end-to-end tests run the real bundle.
 */
export async function prepareCanary(
  stack: LocalStack,
  tag: string,
  inputs: Record<string, string> = {},
): Promise<PreparedCanary> {
  const image = `${stack.account}.dkr.ecr.${stack.region}.amazonaws.com/serviceb:${tag}`;
  const read = readerOf(seedInputs(stack.stateMachineArn, image, inputs));
  const settings = { ...deploySettings(read), waitForServiceStability: false };
  const mesh = meshSettings(read);
  const plan = canaryPlanSettings(read, { requireStateMachine: true });
  const stable = stableServiceSettings(read);
  const config = clientConfig({ region: stack.region });
  const appMesh = new AppMeshClient(config);
  const ecs = new Ecs(new ECSClient(config));
  try {
    const deploymentId = deploymentIdOf(mesh.virtualRouter, tag, new Date());
    const snapshot = await new AppMeshRouter(appMesh, mesh, { deploymentId, log: quiet }).snapshot();
    const stableState = await ecs.describeService(stable.cluster, stable.service);
    const canaryState = await ecs.describeService(settings.cluster, settings.service);
    const desiredCount =
      settings.desiredCount ??
      (canaryState.desiredCount > 0 ? canaryState.desiredCount : stableState.desiredCount);
    const deployed = await deployCanaryService(
      { ...settings, desiredCount },
      { ecs, region: stack.region, log: quiet },
    );
    const newTaskDefinitionArn = deployed.taskDefinitionArn!;
    await settled(stack, settings.service);

    const health = healthSettings(read, {
      canaryTaskDefinitionFamily: familyOf(canaryState.taskDefinitionArn),
      stableTaskDefinitionFamily: familyOf(stableState.taskDefinitionArn),
    });
    // As the Action: the window is the check interval, at least one metric period.
    if (optionalString(read, 'window') === undefined) {
      const periods = Math.max(1, Math.ceil(plan.checkIntervalSeconds / health.periodSeconds));
      health.windowSeconds = periods * health.periodSeconds;
    }
    const document = buildExecutionDocument({
      deploymentId,
      source: { repository: 'example/serviceb', sha: tag },
      region: stack.region,
      snapshot,
      account: canaryState.accountId,
      render: settings.render,
      stable: { ...stable, taskDefinitionArn: stableState.taskDefinitionArn },
      canary: {
        cluster: settings.cluster,
        service: settings.service,
        previousTaskDefinitionArn: canaryState.taskDefinitionArn,
        newTaskDefinitionArn,
        desiredCount,
      },
      plan,
      health,
      promotionTimeoutSeconds: settings.waitForMinutes * 60,
    });
    return { deploymentId, document, newTaskDefinitionArn };
  } finally {
    appMesh.destroy();
  }
}

/** prepareCanary, then StartExecution named after the deployment, as the Action names it. */
export async function startCanary(
  stack: LocalStack,
  tag: string,
  inputs: Record<string, string> = {},
): Promise<StartedCanary> {
  const prepared = await prepareCanary(stack, tag, inputs);
  const started = stack.stepFunctions.startExecution({
    stateMachineArn: stack.stateMachineArn,
    name: prepared.deploymentId,
    input: JSON.stringify({ document: prepared.document }),
  });
  return { ...prepared, executionArn: String(started.executionArn) };
}

/** Waits (bounded, in real time) until the service's rollout is over. */
async function settled(stack: LocalStack, service: string): Promise<void> {
  const deadline = performance.now() + 30_000;
  while (performance.now() < deadline) {
    const state = stack.service(service);
    if (state.deployments.length === 1 && state.deployments[0]?.rolloutState !== 'IN_PROGRESS') return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`service ${service} did not settle within 30 s`);
}
