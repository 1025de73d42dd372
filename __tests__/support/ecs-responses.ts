import type { Service } from '@aws-sdk/client-ecs';

/** ECS response bodies shaped as the ECS API reference documents them. */
export const account = '123456789012';
export const clusterArn = `arn:aws:ecs:us-west-2:${account}:cluster/apps`;

export function taskDefinitionArn(family: string, revision: number): string {
  return `arn:aws:ecs:us-west-2:${account}:task-definition/${family}:${revision}`;
}

export function serviceDescription(options: {
  service: string;
  taskDefinition: string;
  desiredCount?: number;
  runningCount?: number;
  rolloutState?: 'IN_PROGRESS' | 'COMPLETED' | 'FAILED';
}): Service {
  const desiredCount = options.desiredCount ?? 2;
  return {
    serviceArn: `arn:aws:ecs:us-west-2:${account}:service/apps/${options.service}`,
    serviceName: options.service,
    clusterArn,
    status: 'ACTIVE',
    taskDefinition: options.taskDefinition,
    desiredCount,
    runningCount: options.runningCount ?? desiredCount,
    pendingCount: 0,
    launchType: 'FARGATE',
    deployments: [
      {
        id: 'ecs-svc/1234567890123456789',
        status: 'PRIMARY',
        taskDefinition: options.taskDefinition,
        desiredCount,
        runningCount: options.runningCount ?? desiredCount,
        pendingCount: 0,
        failedTasks: 0,
        rolloutState: options.rolloutState ?? 'COMPLETED',
        rolloutStateReason: 'ECS deployment ecs-svc/1234567890123456789 completed.',
        createdAt: new Date('2026-11-01T10:00:00Z'),
        updatedAt: new Date('2026-11-01T10:05:00Z'),
      },
    ],
    events: [],
    deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true } },
  };
}
