import {
  CreateServiceCommand,
  type CreateServiceCommandInput,
  DeleteServiceCommand,
  DeregisterTaskDefinitionCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  type ECSClient,
  ListTaskDefinitionsCommand,
  RegisterTaskDefinitionCommand,
  type RegisterTaskDefinitionCommandInput,
  type Service,
  type Tag,
  type TaskDefinition,
  waitUntilServicesInactive,
} from '@aws-sdk/client-ecs';
import { AwsCallError, callAws } from '../errors.js';

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

  /** The task definition (an ARN, or a family's latest ACTIVE revision) with its tags; undefined when none. */
  async taskDefinition(taskDefinition: string): Promise<(TaskDefinition & { tags: Tag[] }) | undefined> {
    try {
      const response = await callAws(`describing task definition ${taskDefinition}`, () =>
        this.client.send(new DescribeTaskDefinitionCommand({ taskDefinition, include: ['TAGS'] })),
      );
      return response.taskDefinition ? { ...response.taskDefinition, tags: response.tags ?? [] } : undefined;
    } catch (error) {
      // ECS answers a family with no revision as a client error about the task definition.
      if (error instanceof AwsCallError && error.awsErrorName === 'ClientException') return undefined;
      throw error;
    }
  }

  /** Registers a revision; returns its ARN. */
  async registerTaskDefinition(input: RegisterTaskDefinitionCommandInput): Promise<string> {
    const response = await callAws(`registering task definition family ${input.family}`, () =>
      this.client.send(new RegisterTaskDefinitionCommand(input)),
    );
    const arn = response.taskDefinition?.taskDefinitionArn;
    if (!arn) throw new Error(`registering ${input.family}: the answer holds no task definition`);
    return arn;
  }

  /** The family's ACTIVE revisions, newest first (ListTaskDefinitions, every page; a prefix match narrowed to the family). */
  async activeRevisions(family: string): Promise<string[]> {
    const arns: string[] = [];
    let nextToken: string | undefined;
    do {
      const page = await callAws(`listing the revisions of task definition family ${family}`, () =>
        this.client.send(
          new ListTaskDefinitionsCommand({
            familyPrefix: family,
            status: 'ACTIVE',
            sort: 'DESC',
            ...(nextToken ? { nextToken } : {}),
          }),
        ),
      );
      arns.push(
        ...(page.taskDefinitionArns ?? []).filter(
          (arn) => arn.split('/').pop()!.replace(/:\d+$/, '') === family,
        ),
      );
      nextToken = page.nextToken;
    } while (nextToken);
    return arns;
  }

  /** Deregisters one revision (it becomes INACTIVE; what runs it keeps running it). */
  async deregisterTaskDefinition(taskDefinition: string): Promise<void> {
    await callAws(`deregistering task definition ${taskDefinition}`, () =>
      this.client.send(new DeregisterTaskDefinitionCommand({ taskDefinition })),
    );
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
