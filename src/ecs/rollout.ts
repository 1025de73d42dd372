import { countOf } from '../count.js';
import type { DeploymentState, ServiceState } from './service-state.js';

/** Where the rollout of one task definition to a service stands. */
export type RolloutVerdict =
  | { kind: 'stable'; deployment: DeploymentState }
  | { kind: 'in-progress'; progress: string }
  | { kind: 'failed'; reason: string; events: string[] }
  | { kind: 'rolled-back'; reason: string; events: string[]; primaryTaskDefinitionArn: string };

const eventsInReason = 3;

/**
 * Judges the rollout of `taskDefinitionArn` from one DescribeServices answer. The stock "services stable"
 * waiter is not enough: after a circuit-breaker rollback the old deployment becomes stable and it reports
 * success, so a PRIMARY deployment that is no longer ours is a failure.
 */
export function judgeRollout(state: ServiceState, taskDefinitionArn: string): RolloutVerdict {
  const primary = state.deployments.find((deployment) => deployment.status === 'PRIMARY');
  const events = latestEvents(state);
  if (!primary) {
    return {
      kind: 'failed',
      reason:
        'the service has no PRIMARY deployment; only the rolling update (ECS) deployment controller is supported',
      events,
    };
  }

  if (primary.taskDefinitionArn !== taskDefinitionArn) {
    const ours = ourDeployment(state, taskDefinitionArn);
    const why = ours
      ? `our deployment ${ours.id} is ${ours.rolloutState ?? ours.status}${ours.rolloutStateReason ? `: ${ours.rolloutStateReason}` : ''}`
      : 'our deployment is no longer listed';
    return {
      kind: 'rolled-back',
      reason: `the PRIMARY deployment ${primary.id} runs ${primary.taskDefinitionArn}; ${why}`,
      events,
      primaryTaskDefinitionArn: primary.taskDefinitionArn,
    };
  }

  if (primary.rolloutState === 'FAILED') {
    return {
      kind: 'failed',
      reason: primary.rolloutStateReason ?? `deployment ${primary.id} FAILED`,
      events,
    };
  }
  if (primary.rolloutState === 'COMPLETED') return { kind: 'stable', deployment: primary };
  // Without a rollout state (other deployment types), stable means one deployment with every task running.
  if (
    primary.rolloutState === undefined &&
    state.deployments.length === 1 &&
    primary.runningCount === primary.desiredCount
  ) {
    return { kind: 'stable', deployment: primary };
  }
  return { kind: 'in-progress', progress: describeProgress(state, taskDefinitionArn) };
}

/** "2/3 tasks running, rollout IN_PROGRESS, 1 failed task", for logs and timeouts. */
export function describeProgress(state: ServiceState, taskDefinitionArn: string): string {
  const deployment = ourDeployment(state, taskDefinitionArn);
  if (!deployment)
    return `no deployment of ${taskDefinitionArn}; the service runs ${state.taskDefinitionArn}`;
  const parts = [
    `${deployment.runningCount}/${deployment.desiredCount} tasks running`,
    `rollout ${deployment.rolloutState ?? 'state not reported'}`,
  ];
  if (deployment.pendingCount > 0) parts.push(`${deployment.pendingCount} pending`);
  if (deployment.failedTasks > 0) parts.push(countOf(deployment.failedTasks, 'failed task'));
  const others = state.deployments.length - 1;
  if (others > 0) parts.push(`${countOf(others, 'older deployment')} still present`);
  return parts.join(', ');
}

export function latestEvents(state: ServiceState, count = eventsInReason): string[] {
  return state.events.slice(0, count).map((event) => event.message);
}

/** Our deployment: the PRIMARY one when it runs our task definition, else the newest that does. */
function ourDeployment(state: ServiceState, taskDefinitionArn: string): DeploymentState | undefined {
  const ours = state.deployments.filter((deployment) => deployment.taskDefinitionArn === taskDefinitionArn);
  return (
    ours.find((deployment) => deployment.status === 'PRIMARY') ??
    ours.sort((a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0))[0]
  );
}
