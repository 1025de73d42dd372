import { readerOf } from '../../src/config/inputs.js';
import { deployCanaryService } from '../../src/deploy/deploy.js';
import { preflightDeploy } from '../../src/modes/deploy.js';
import { startCanary as startExecution } from '../../src/modes/deploy-rollout.js';
import { awsModeDeps } from '../../src/modes/deps.js';
import type { ExecutionDocument } from '../../src/orchestrator/document.js';
import type { LocalStack } from '../index.js';
import { seedInputs } from './action-runner.js';

export interface StartedCanary {
  deploymentId: string;
  document: ExecutionDocument;
  newTaskDefinitionArn: string;
  executionArn: string;
}

const quiet = { info: () => {}, warn: () => {} };

/**
 * Does what the Action's deploy mode does, in this process and through its own phases (pre-flight, the
 * canary rollout, the document, StartExecution): only the wait for the canary service runs on the simulated
 * clock instead of the SDK waiter's real 15-second polls. For measurements and API tests; the end-to-end
 * tests run the real bundle.
 */
export async function startCanary(
  stack: LocalStack,
  tag: string,
  inputs: Record<string, string> = {},
): Promise<StartedCanary> {
  const image = `${stack.account}.dkr.ecr.${stack.region}.amazonaws.com/serviceb:${tag}`;
  const read = readerOf(seedInputs(stack.stateMachineArn, image, inputs));
  const deps = awsModeDeps(stack.region, quiet);
  const source = { repository: 'example/serviceb', sha: tag };
  const preflight = await preflightDeploy(read, deps, source);
  const rolled = await deployCanaryService(
    { ...preflight.deploy, desiredCount: preflight.canary.desiredCount, waitForServiceStability: false },
    deps,
    {
      deploymentId: preflight.deploymentId,
      known: { service: preflight.canary.state, taskDefinition: preflight.canary.taskDefinition },
    },
  );
  await settled(stack, preflight.deploy.service);
  const started = await startExecution(preflight, rolled, deps, source);
  const execution = stack.stepFunctions.execution(started.executionArn);
  return {
    deploymentId: preflight.deploymentId,
    document: JSON.parse(execution?.input ?? '{}').document,
    newTaskDefinitionArn: rolled.taskDefinitionArn!,
    executionArn: started.executionArn,
  };
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
