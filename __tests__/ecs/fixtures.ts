import type { Deployment, Service, ServiceEvent } from '@aws-sdk/client-ecs';

/** DescribeServices shapes as the ECS API reference documents them. */
export const account = '123456789012';
export const cluster = 'apps';
export const serviceName = 'serviceBv2';
export const serviceArn = `arn:aws:ecs:us-west-2:${account}:service/${cluster}/${serviceName}`;

export function taskDefinitionArn(revision: number): string {
  return `arn:aws:ecs:us-west-2:${account}:task-definition/taskB:${revision}`;
}

export const previous = taskDefinitionArn(7);
export const ours = taskDefinitionArn(8);

export function deployment(fields: Partial<Deployment> & { id: string; taskDefinition: string }): Deployment {
  return {
    status: 'PRIMARY',
    desiredCount: 3,
    runningCount: 3,
    pendingCount: 0,
    failedTasks: 0,
    launchType: 'FARGATE',
    rolloutState: 'COMPLETED',
    createdAt: new Date('2026-11-01T10:00:00Z'),
    updatedAt: new Date('2026-11-01T10:05:00Z'),
    ...fields,
  };
}

export function event(minute: number, message: string): ServiceEvent {
  return {
    id: `event-${minute}`,
    createdAt: new Date(`2026-11-01T10:${String(minute).padStart(2, '0')}:00Z`),
    message,
  };
}

export function service(deployments: Deployment[], fields: Partial<Service> = {}): Service {
  const primary = deployments.find((candidate) => candidate.status === 'PRIMARY');
  return {
    serviceArn,
    serviceName,
    clusterArn: `arn:aws:ecs:us-west-2:${account}:cluster/${cluster}`,
    status: 'ACTIVE',
    taskDefinition: primary?.taskDefinition ?? previous,
    desiredCount: 3,
    runningCount: 3,
    pendingCount: 0,
    launchType: 'FARGATE',
    deployments,
    events: [],
    deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true } },
    ...fields,
  };
}

/** A rollout of `ours` under way: our PRIMARY deployment beside the old ACTIVE one. */
export function rollingOut(
  running: number,
  rolloutState: Deployment['rolloutState'] = 'IN_PROGRESS',
): Service {
  return service([
    deployment({ id: 'ecs-svc/2', taskDefinition: ours, runningCount: running, rolloutState }),
    deployment({ id: 'ecs-svc/1', status: 'ACTIVE', taskDefinition: previous, runningCount: 3 - running }),
  ]);
}

export const stableOnOurs = service([
  deployment({
    id: 'ecs-svc/2',
    taskDefinition: ours,
    rolloutStateReason: 'ECS deployment ecs-svc/2 completed.',
  }),
]);

export const failureReason = 'ECS deployment circuit breaker: tasks failed to start.';
export const rollbackEvents = [
  event(9, '(service serviceBv2) (deployment ecs-svc/3) deployment completed.'),
  event(8, '(service serviceBv2) rolling back to deployment ecs-svc/3.'),
  event(7, '(service serviceBv2) (deployment ecs-svc/2) deployment failed: tasks failed to start.'),
  event(6, '(service serviceBv2) has started 1 tasks: (task 0123456789abcdef).'),
];
