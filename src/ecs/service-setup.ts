import {
  CreateServiceCommand,
  type CreateServiceCommandInput,
  DeleteServiceCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  type ECSClient,
  type Service,
  waitUntilServicesInactive,
} from '@aws-sdk/client-ecs';
import { callAws } from '../errors.js';

/**
 * The ECS calls of setting a canary service up and taking it down (`init`), beside the deploy's (ecs.ts):
 * services read whole with their tags, created, and deleted once no task is wanted.
 */
export class EcsServiceSetup {
  constructor(private readonly client: ECSClient) {}

  /** The service as DescribeServices returns it, with its tags; undefined when missing or INACTIVE. */
  async service(cluster: string, service: string): Promise<Service | undefined> {
    const response = await callAws(`describing service ${service} in cluster ${cluster}`, () =>
      this.client.send(new DescribeServicesCommand({ cluster, services: [service], include: ['TAGS'] })),
    );
    const found = response.services?.[0];
    return found && found.status !== 'INACTIVE' ? found : undefined;
  }

  /** The task and execution roles of a task definition: what registering its next revision passes. */
  async taskDefinitionRoles(taskDefinition: string): Promise<string[]> {
    const response = await callAws(`describing task definition ${taskDefinition}`, () =>
      this.client.send(new DescribeTaskDefinitionCommand({ taskDefinition })),
    );
    const found = response.taskDefinition;
    return [found?.taskRoleArn, found?.executionRoleArn].filter((arn): arn is string => Boolean(arn));
  }

  async createService(input: CreateServiceCommandInput): Promise<Service> {
    const response = await callAws(`creating service ${input.serviceName} in cluster ${input.cluster}`, () =>
      this.client.send(new CreateServiceCommand(input)),
    );
    if (!response.service)
      throw new Error(`creating service ${input.serviceName}: the answer holds no service`);
    return response.service;
  }

  /** Deletes a service at 0 tasks and waits (the SDK's waiter) until ECS reports it INACTIVE. */
  async deleteService(cluster: string, service: string, maxWaitSeconds = 600): Promise<void> {
    await callAws(`deleting service ${service} in cluster ${cluster}`, () =>
      this.client.send(new DeleteServiceCommand({ cluster, service })),
    );
    await callAws(`waiting for service ${service} in cluster ${cluster} to become INACTIVE`, () =>
      waitUntilServicesInactive(
        { client: this.client, maxWaitTime: maxWaitSeconds, minDelay: 5 },
        { cluster, services: [service] },
      ),
    );
  }
}
