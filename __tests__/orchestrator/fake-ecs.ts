import {
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  RegisterTaskDefinitionCommand,
  type Service,
  type Tag,
  type TaskDefinition,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import type { AwsStub } from 'aws-sdk-client-mock';
import { account, region } from './fixtures.js';

type Rollout = 'IN_PROGRESS' | 'COMPLETED' | 'FAILED';

interface FakeService {
  taskDefinition: string;
  desiredCount: number;
  /** Rollout states the next DescribeServices calls report after an update, then COMPLETED. */
  pending: Rollout[];
  rollout: Rollout;
  deploymentNumber: number;
}

// biome-ignore lint/suspicious/noExplicitAny: the stub's generic types are not worth spelling out here
type EcsStub = AwsStub<any, any, any>;

/**
 * An in-memory ECS behind aws-sdk-client-mock: services with a task definition, a desired count and a
 * scripted rollout; task definitions registered get the next revision of their family.
 */
export class FakeEcs {
  readonly services = new Map<string, FakeService>();
  readonly taskDefinitions = new Map<string, TaskDefinition>();
  /** Tags by task definition ARN: ECS keeps them beside the revision, not in it. */
  readonly tags = new Map<string, Tag[]>();
  /** What RegisterTaskDefinition received, tags included. */
  readonly registered: Array<TaskDefinition & { tags?: Tag[] }> = [];
  /** How the rollout started by the next UpdateService with a task definition goes, poll by poll. */
  nextRollout: Rollout[] = ['IN_PROGRESS', 'COMPLETED'];

  addService(cluster: string, service: string, taskDefinition: string, desiredCount: number): this {
    this.services.set(`${cluster}/${service}`, {
      taskDefinition,
      desiredCount,
      pending: [],
      rollout: 'COMPLETED',
      deploymentNumber: 1,
    });
    return this;
  }

  addTaskDefinition(taskDefinition: TaskDefinition & { tags?: Tag[] }): this {
    const { tags, ...definition } = structuredClone(taskDefinition);
    this.taskDefinitions.set(definition.taskDefinitionArn!, definition);
    if (tags) this.tags.set(definition.taskDefinitionArn!, tags);
    return this;
  }

  service(cluster: string, service: string): FakeService {
    const found = this.services.get(`${cluster}/${service}`);
    if (!found) throw new Error(`no service ${service} in the fake`);
    return found;
  }

  install(mock: EcsStub): void {
    mock.on(DescribeServicesCommand).callsFake(({ cluster, services }) => {
      const name = services[0] as string;
      const found = this.services.get(`${cluster}/${name}`);
      if (!found) return { services: [], failures: [{ arn: name, reason: 'MISSING' }] };
      const next = found.pending.shift();
      if (next) found.rollout = next;
      return { services: [this.describe(cluster, name, found)], failures: [] };
    });
    mock.on(UpdateServiceCommand).callsFake(({ cluster, service, taskDefinition, desiredCount }) => {
      const found = this.service(cluster, service);
      if (desiredCount !== undefined) found.desiredCount = desiredCount;
      if (taskDefinition !== undefined) {
        found.taskDefinition = taskDefinition;
        found.deploymentNumber += 1;
        found.pending = [...this.nextRollout];
        found.rollout = 'IN_PROGRESS';
      }
      return { service: this.describe(cluster, service, found) };
    });
    mock.on(DescribeTaskDefinitionCommand).callsFake(({ taskDefinition }) => {
      const found = this.taskDefinitions.get(taskDefinition);
      if (!found)
        throw Object.assign(new Error('Unable to describe task definition.'), { name: 'ClientException' });
      return {
        taskDefinition: structuredClone(found),
        tags: structuredClone(this.tags.get(taskDefinition) ?? []),
      };
    });
    mock.on(RegisterTaskDefinitionCommand).callsFake((input) => {
      const revision =
        [...this.taskDefinitions.values()].filter((known) => known.family === input.family).length + 1;
      const taskDefinitionArn = `arn:aws:ecs:${region}:${account}:task-definition/${input.family}:${revision}`;
      const { tags, ...definition } = structuredClone(input);
      const registered = { ...definition, taskDefinitionArn, revision, status: 'ACTIVE' as const };
      this.registered.push({ ...registered, ...(tags ? { tags } : {}) });
      this.taskDefinitions.set(taskDefinitionArn, registered);
      if (tags) this.tags.set(taskDefinitionArn, tags);
      return { taskDefinition: registered };
    });
  }

  private describe(cluster: string, name: string, found: FakeService): Service {
    return {
      serviceArn: `arn:aws:ecs:${region}:${account}:service/${cluster}/${name}`,
      serviceName: name,
      clusterArn: `arn:aws:ecs:${region}:${account}:cluster/${cluster}`,
      status: 'ACTIVE',
      taskDefinition: found.taskDefinition,
      desiredCount: found.desiredCount,
      runningCount: found.rollout === 'COMPLETED' ? found.desiredCount : 0,
      pendingCount: 0,
      launchType: 'FARGATE',
      networkConfiguration: {
        awsvpcConfiguration: {
          subnets: ['subnet-0a1b'],
          securityGroups: ['sg-0c2d'],
          assignPublicIp: 'DISABLED',
        },
      },
      deployments: [
        {
          id: `ecs-svc/${found.deploymentNumber}`,
          status: 'PRIMARY',
          taskDefinition: found.taskDefinition,
          desiredCount: found.desiredCount,
          runningCount: found.rollout === 'COMPLETED' ? found.desiredCount : 0,
          pendingCount: 0,
          failedTasks: found.rollout === 'FAILED' ? 2 : 0,
          rolloutState: found.rollout,
          rolloutStateReason:
            found.rollout === 'FAILED' ? 'ECS deployment circuit breaker: tasks failed to start.' : undefined,
          createdAt: new Date('2026-11-01T10:00:00Z'),
        },
      ],
      events: [],
    };
  }
}
