import {
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  type ECSClient,
  RegisterTaskDefinitionCommand,
  type RegisterTaskDefinitionCommandInput,
  type Tag,
  type TaskDefinition,
  UpdateServiceCommand,
  type UpdateServiceCommandInput,
} from '@aws-sdk/client-ecs';
import { countOf } from '../count.js';
import { callAws } from '../errors.js';
import { ServiceNotFoundError } from './errors.js';
import { type ServiceState, toServiceState } from './service-state.js';
import { type DeploymentOutcome, type WaitForDeploymentParams, waitForRollout } from './wait.js';

/** A task definition as DescribeTaskDefinition returns it, with its tags (which live beside it). */
export type DescribedTaskDefinition = TaskDefinition & { tags?: Tag[] };

export interface RegisteredTaskDefinition {
  taskDefinitionArn: string;
  family: string;
  revision: number;
}

export interface UpdateServiceParams {
  cluster: string;
  service: string;
  taskDefinitionArn: string;
  /** Sent only when given: otherwise the service keeps its count (and any auto scaling owns it). */
  desiredCount?: number;
  forceNewDeployment?: boolean;
}

/** The one place that talks to ECS. Every call says what it was doing when it fails. */
export class Ecs {
  constructor(private readonly client: ECSClient) {}

  async describeService(cluster: string, service: string): Promise<ServiceState> {
    const response = await callAws(`describing service ${service} in cluster ${cluster}`, () =>
      this.client.send(new DescribeServicesCommand({ cluster, services: [service] })),
    );
    const found = response.services?.[0];
    if (!found) {
      const failure = response.failures?.[0];
      const reason = [failure?.reason ?? 'not in the DescribeServices answer', failure?.detail]
        .filter(Boolean)
        .join(': ');
      throw new ServiceNotFoundError(cluster, service, reason);
    }
    if (found.status !== 'ACTIVE') throw new ServiceNotFoundError(cluster, service, `status ${found.status}`);
    return toServiceState(found);
  }

  async describeTaskDefinition(taskDefinition: string): Promise<DescribedTaskDefinition> {
    const response = await callAws(`describing task definition ${taskDefinition}`, () =>
      this.client.send(new DescribeTaskDefinitionCommand({ taskDefinition, include: ['TAGS'] })),
    );
    if (!response.taskDefinition) {
      throw new Error(`describing task definition ${taskDefinition}: the answer holds no task definition`);
    }
    const tags = response.tags ?? [];
    return tags.length > 0 ? { ...response.taskDefinition, tags } : response.taskDefinition;
  }

  async registerTaskDefinition(input: RegisterTaskDefinitionCommandInput): Promise<RegisteredTaskDefinition> {
    const doing = `registering task definition family ${input.family}`;
    const response = await callAws(doing, () => this.client.send(new RegisterTaskDefinitionCommand(input)));
    const registered = response.taskDefinition;
    if (!registered?.taskDefinitionArn || registered.revision === undefined) {
      throw new Error(`${doing}: the answer holds no task definition ARN`);
    }
    return {
      taskDefinitionArn: registered.taskDefinitionArn,
      family: registered.family ?? input.family ?? '',
      revision: registered.revision,
    };
  }

  /** Starts a deployment; returns the id of the new PRIMARY deployment when ECS reports it. */
  async updateService(params: UpdateServiceParams): Promise<{ deploymentId?: string }> {
    const input: UpdateServiceCommandInput = {
      cluster: params.cluster,
      service: params.service,
      taskDefinition: params.taskDefinitionArn,
      ...(params.desiredCount !== undefined ? { desiredCount: params.desiredCount } : {}),
      ...(params.forceNewDeployment !== undefined ? { forceNewDeployment: params.forceNewDeployment } : {}),
    };
    const response = await callAws(
      `updating service ${params.service} in cluster ${params.cluster} to ${params.taskDefinitionArn}`,
      () => this.client.send(new UpdateServiceCommand(input)),
    );
    const primary = response.service?.deployments?.find(
      (deployment) =>
        deployment.status === 'PRIMARY' && deployment.taskDefinition === params.taskDefinitionArn,
    );
    return primary?.id ? { deploymentId: primary.id } : {};
  }

  /** Changes only the desired count (e.g. 0 to retire a canary); the task definition stays as it is. */
  async scaleService(params: { cluster: string; service: string; desiredCount: number }): Promise<void> {
    const { cluster, service, desiredCount } = params;
    await callAws(
      `scaling service ${service} in cluster ${cluster} to ${countOf(desiredCount, 'task')}`,
      () => this.client.send(new UpdateServiceCommand({ cluster, service, desiredCount })),
    );
  }

  /**
   * Waits until the service's PRIMARY deployment runs `taskDefinitionArn` and is COMPLETED.
   * Throws DeploymentFailedError on a failed rollout or a circuit-breaker rollback (at once, not at the
   * timeout), DeploymentTimeoutError when not stable within maxWaitMinutes.
   */
  waitForDeployment(params: WaitForDeploymentParams): Promise<DeploymentOutcome> {
    return waitForRollout(this.client, () => this.describeService(params.cluster, params.service), params);
  }
}
