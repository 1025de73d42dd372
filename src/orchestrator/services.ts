import type { Tag } from '@aws-sdk/client-ecs';
import { tasksOf } from '../count.js';
import { describeProgress, type Ecs, judgeRollout, type ServiceState } from '../ecs/index.js';

/**
 * Every task definition revision a deployment registers carries this tag, with its deployment id: a rollback
 * (the state machine's, the guard's, or the rollback mode's) reverts or scales a service only while it runs a
 * revision tagged with its own id, so a hand change or a newer deployment is never undone.
 */
export const deploymentTagKey = 'appmesh-canary:deployment-id';

/** The tags to register with: the given ones, with this deployment's id replacing any earlier one. */
export function withDeploymentTag(tags: readonly Tag[] | undefined, deploymentId: string): Tag[] {
  return [
    ...(tags ?? []).filter((tag) => tag.key !== deploymentTagKey),
    { key: deploymentTagKey, value: deploymentId },
  ];
}

/** Whether a task definition revision was registered by this deployment. One DescribeTaskDefinition. */
export async function registeredBy(
  ecs: Ecs,
  taskDefinitionArn: string,
  deploymentId: string,
): Promise<boolean> {
  const described = await ecs.describeTaskDefinition(taskDefinitionArn);
  return (described.tags ?? []).some((tag) => tag.key === deploymentTagKey && tag.value === deploymentId);
}

/** A service no longer runs what this deployment expects of it: nothing is written to it. */
export class ServiceDriftError extends Error {
  override readonly name = 'ServiceDriftError';
}

/** The canary runs the right version but no task serves the traffic routed to it. */
export class CanaryNotServingError extends Error {
  override readonly name = 'CanaryNotServing';
}

interface CanaryServiceRef {
  cluster: string;
  service: string;
  newTaskDefinitionArn: string;
}

/**
 * The canary service must run exactly the revision this deployment registered, with its rollout complete
 * and at least one task running: checks then judge that version, and promotion copies it. Anything else
 * (a hand update, a racing deploy, a rollout in progress, no task) is drift. One DescribeServices.
 */
export async function verifyCanaryService(ecs: Ecs, canary: CanaryServiceRef): Promise<ServiceState> {
  const state = await ecs.describeService(canary.cluster, canary.service);
  const verdict = judgeRollout(state, canary.newTaskDefinitionArn);
  const label = `canary service ${canary.service}`;
  if (verdict.kind === 'rolled-back' || state.taskDefinitionArn !== canary.newTaskDefinitionArn) {
    throw new ServiceDriftError(
      `${label} runs ${state.taskDefinitionArn}, not ${canary.newTaskDefinitionArn} that this deployment registered ` +
        'and checks: it was changed outside this deployment (by hand or by another deploy). Its traffic would be judged ' +
        'for another version, so the canary stops here.',
    );
  }
  if (verdict.kind === 'failed') {
    throw new ServiceDriftError(
      `${label}: the rollout of ${canary.newTaskDefinitionArn} failed: ${verdict.reason}`,
    );
  }
  if (verdict.kind === 'in-progress') {
    throw new ServiceDriftError(
      `${label} is rolling out again (${describeProgress(state, canary.newTaskDefinitionArn)}): someone started a ` +
        'new deployment of it during the canary, so its traffic is no longer one checked version.',
    );
  }
  if (state.desiredCount === 0 || state.runningCount === 0) {
    throw new CanaryNotServingError(`${label} has ${tasksOf(state)}: traffic routed to it finds no task.`);
  }
  return state;
}

/**
 * Before promotion overwrites the stable service, it must still run what it ran when this deployment began:
 * a hotfix deployed by hand meanwhile is drift (kept; the canary is rolled back instead). One DescribeServices.
 */
export async function verifyStableUnchanged(
  ecs: Ecs,
  stable: { cluster: string; service: string; previousTaskDefinitionArn: string },
): Promise<ServiceState> {
  const state = await ecs.describeService(stable.cluster, stable.service);
  if (state.taskDefinitionArn !== stable.previousTaskDefinitionArn) {
    throw new ServiceDriftError(
      `stable service ${stable.service} runs ${state.taskDefinitionArn}, not ${stable.previousTaskDefinitionArn} that ` +
        'it ran when this deployment began: it was deployed outside this deployment, and promotion would overwrite that. ' +
        'The stable service is kept as it is.',
    );
  }
  return state;
}

export type CanaryRetirement = 'scaled-to-zero' | 'already-at-zero' | { kept: string };

/**
 * Scales the canary service to 0 only while it runs this deployment's revision (the caller has confirmed no
 * route sends it traffic). A service running anything else is someone else's: kept.
 */
export async function retireCanary(ecs: Ecs, canary: CanaryServiceRef): Promise<CanaryRetirement> {
  const state = await ecs.describeService(canary.cluster, canary.service);
  if (state.desiredCount === 0) return 'already-at-zero';
  if (state.taskDefinitionArn !== canary.newTaskDefinitionArn) {
    return {
      kept: `runs ${state.taskDefinitionArn}, not this deployment's ${canary.newTaskDefinitionArn}: kept as it is`,
    };
  }
  await ecs.scaleService({ cluster: canary.cluster, service: canary.service, desiredCount: 0 });
  return 'scaled-to-zero';
}

export type StableRevert =
  | { kind: 'unchanged' }
  | { kind: 'reverted'; from: string }
  | { kind: 'kept'; runs: string };

/**
 * Puts the stable service back on its pre-deploy revision, only when it runs a revision this deployment
 * registered (promotion had begun). A revision someone else deployed is kept and reported.
 */
export async function revertStableIfOurs(
  ecs: Ecs,
  stable: { cluster: string; service: string; previousTaskDefinitionArn: string },
  deploymentId: string,
): Promise<StableRevert> {
  const state = await ecs.describeService(stable.cluster, stable.service);
  if (state.taskDefinitionArn === stable.previousTaskDefinitionArn) return { kind: 'unchanged' };
  if (!(await registeredBy(ecs, state.taskDefinitionArn, deploymentId))) {
    return { kind: 'kept', runs: state.taskDefinitionArn };
  }
  await ecs.updateService({
    cluster: stable.cluster,
    service: stable.service,
    taskDefinitionArn: stable.previousTaskDefinitionArn,
  });
  return { kind: 'reverted', from: state.taskDefinitionArn };
}
