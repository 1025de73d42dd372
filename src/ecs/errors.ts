/** DescribeServices found no live service (MISSING in the failures list, or DRAINING / INACTIVE). */
export class ServiceNotFoundError extends Error {
  override readonly name = 'ServiceNotFoundError';
  constructor(
    readonly cluster: string,
    readonly service: string,
    readonly reason: string,
  ) {
    super(
      `service ${service} not found in cluster ${cluster} (${reason}): check the cluster and service names`,
    );
  }
}

export interface DeploymentFailure {
  cluster: string;
  service: string;
  taskDefinitionArn: string;
  /** rolloutStateReason, or what the deployments list shows. */
  reason: string;
  /** The latest service events, newest first. */
  events: string[];
  /** Set when another task definition became PRIMARY (circuit-breaker rollback or a newer deployment). */
  rolledBackTo?: string;
}

/** The rollout failed (rolloutState FAILED) or was rolled back by the deployment circuit breaker. */
export class DeploymentFailedError extends Error {
  override readonly name = 'DeploymentFailedError';
  readonly failure: DeploymentFailure;
  constructor(failure: DeploymentFailure) {
    const what = `deployment of ${failure.taskDefinitionArn} to service ${failure.service} in cluster ${failure.cluster}`;
    const outcome = failure.rolledBackTo
      ? `was rolled back (deployment circuit breaker) or replaced: the service runs ${failure.rolledBackTo}`
      : 'failed';
    super(`${what} ${outcome}. Reason: ${failure.reason}.${eventsSentence(failure.events)}`);
    this.failure = failure;
  }
}

/** The service did not become stable on our task definition within the allowed time. */
export class DeploymentTimeoutError extends Error {
  override readonly name = 'DeploymentTimeoutError';
  constructor(
    readonly cluster: string,
    readonly service: string,
    readonly taskDefinitionArn: string,
    readonly waitedSeconds: number,
    /** e.g. "2/3 tasks running, rollout IN_PROGRESS" */
    readonly progress: string,
    readonly events: string[],
  ) {
    super(
      `service ${service} in cluster ${cluster} did not become stable on ${taskDefinitionArn} within ` +
        `${formatWait(waitedSeconds)}: ${progress}.${eventsSentence(events)}`,
    );
  }
}

export function formatWait(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds * 10) / 10} s`;
  return `${Math.round((seconds / 60) * 10) / 10} min`;
}

function eventsSentence(events: string[]): string {
  return events.length > 0 ? ` Latest service events: ${events.join(' | ')}` : '';
}
