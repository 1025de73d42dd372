import { createHash } from 'node:crypto';
import type { SimClock } from '../../clock.js';
import type { Place } from '../protocol.js';
import { AwsError, epochSeconds, isObject, type Json, type JsonOperation } from '../protocol.js';
import {
  type Attachments,
  checkLoadBalancers,
  checkServiceRegistries,
  checkVpcLatticeConfigurations,
  type TargetGroupLookup,
  targetGroupsOf,
} from './ecs-attachments.js';
import { checkCreateService, type ServiceSettings } from './ecs-create-service.js';
import { defaultTiming, Rollout, type RolloutTiming, type ServiceRecord } from './ecs-rollout.js';
import { checkTaskDefinition } from './ecs-taskdef.js';
import { StandaloneTasks } from './ecs-tasks.js';

interface TaskDefinitionRecord {
  arn: string;
  family: string;
  revision: number;
  status: 'ACTIVE' | 'INACTIVE';
  definition: Json;
  tags: Json[];
  registeredAt: number;
}

interface Cluster {
  name: string;
  arn: string;
  services: Map<string, Rollout>;
}

function client(message: string): AwsError {
  return new AwsError('ClientException', message, 400);
}

function invalid(message: string): AwsError {
  return new AwsError('InvalidParameterException', message, 400);
}

const sidecarNames = new Set(['envoy', 'xray-daemon']);

/** ECS (JSON 1.1): task definitions, and services whose deployments roll out over simulated time. */
export class LocalEcs {
  /** Standalone tasks (RunTask): hook tasks, scripted by the scenario. */
  readonly tasks: StandaloneTasks;
  private readonly clusters = new Map<string, Cluster>();
  private readonly families = new Map<string, TaskDefinitionRecord[]>();
  private brokenImage: (image: string) => boolean = () => false;
  private registryProblem: (arn: string) => string | undefined = () => 'No Cloud Map service is modelled.';
  private targetGroups: TargetGroupLookup = {
    loadBalancer: () => 'No load balancer is modelled.',
    vpcLattice: () => 'No VPC Lattice target group is modelled.',
  };

  constructor(
    private readonly place: Place,
    private readonly clock: SimClock,
    private timing: RolloutTiming = defaultTiming,
  ) {
    this.tasks = new StandaloneTasks(place, clock);
  }

  /** Which images' tasks fail to start (the deployment circuit breaker trips on them), and task timing. */
  configure(options: {
    failsToStart?: (image: string) => boolean;
    timing?: RolloutTiming;
    targetGroups?: TargetGroupLookup;
    /** Whether a Cloud Map service exists: ECS's message when it does not. */
    registries?: (arn: string) => string | undefined;
  }): void {
    if (options.registries) this.registryProblem = options.registries;
    if (options.failsToStart) this.brokenImage = options.failsToStart;
    if (options.timing) this.timing = options.timing;
    if (options.targetGroups) this.targetGroups = options.targetGroups;
  }

  // ---- set-up (the seed) and reads for the simulator and tests ---------------------------------

  createCluster(name: string): void {
    this.clusters.set(name, {
      name,
      arn: `arn:aws:ecs:${this.place.region}:${this.place.account}:cluster/${name}`,
      services: new Map(),
    });
  }

  /** A service already stable on `taskDefinition` (as if it had been created and settled long ago). */
  createService(options: {
    cluster: string;
    service: string;
    taskDefinition: string;
    desiredCount: number;
    circuitBreaker?: { enable: boolean; rollback: boolean };
    settings?: Omit<ServiceSettings, 'deploymentConfiguration'>;
    tags?: Json[];
  }): void {
    const cluster = this.cluster(options.cluster);
    const definition = this.resolve(options.taskDefinition);
    const now = this.clock.nowMs();
    const record: ServiceRecord = {
      name: options.service,
      arn: `arn:aws:ecs:${this.place.region}:${this.place.account}:service/${cluster.name}/${options.service}`,
      clusterArn: cluster.arn,
      status: 'ACTIVE',
      desiredCount: options.desiredCount,
      taskDefinition: definition.arn,
      launchType: (definition.definition.requiresCompatibilities as string[]).includes('FARGATE')
        ? 'FARGATE'
        : 'EC2',
      circuitBreaker: options.circuitBreaker ?? { enable: true, rollback: true },
      deployments: [],
      events: [],
      createdAt: now,
      lastCompleted: definition.arn,
      queue: [],
      serving: [],
      attachments: [{ at: 0, loadBalancers: [], vpcLatticeConfigurations: [] }],
      ...(options.settings
        ? {
            settings: {
              ...options.settings,
              deploymentConfiguration: {
                deploymentCircuitBreaker: options.circuitBreaker ?? { enable: true, rollback: true },
                maximumPercent: 200,
                minimumHealthyPercent: 100,
              },
            },
          }
        : {}),
      ...(options.tags ? { tags: structuredClone(options.tags) } : {}),
    };
    const rollout = new Rollout(record, this.rolloutContext());
    cluster.services.set(options.service, rollout);
    const deployment = rollout.deploy(definition.arn, now);
    // Settled before the stack starts: complete at once.
    deployment.runningCount = options.desiredCount;
    deployment.pendingCount = 0;
    deployment.rolloutState = 'COMPLETED';
    deployment.rolloutStateReason = `ECS deployment ${deployment.id} completed.`;
    record.queue.length = 0;
    record.serving.length = 0;
    record.serving.push({
      at: 0,
      tasks: [{ taskDefinitionArn: definition.arn, running: options.desiredCount }],
    });
  }

  /** Tasks running per task definition of a service at simulated time `at`. */
  servingAt(
    cluster: string,
    service: string,
    at: number,
  ): Array<{ taskDefinitionArn: string; running: number }> {
    const record = this.serviceRecord(cluster, service);
    let tasks: Array<{ taskDefinitionArn: string; running: number }> = [];
    for (const snapshot of record.serving) {
      if (snapshot.at > at) break;
      tasks = snapshot.tasks;
    }
    return tasks;
  }

  /** Simulated times at which the service's running tasks changed, within [from, to). */
  servingChanges(cluster: string, service: string, from: number, to: number): number[] {
    return this.serviceRecord(cluster, service)
      .serving.map((snapshot) => snapshot.at)
      .filter((at) => at > from && at < to);
  }

  serviceRecord(cluster: string, service: string): ServiceRecord {
    const rollout = this.cluster(cluster).services.get(service);
    if (!rollout) throw new Error(`no service ${service} in cluster ${cluster}`);
    rollout.advance(this.clock.nowMs());
    return rollout.service;
  }

  /** Set-up: the target groups a seeded service has registered its tasks in since before the stack started. */
  attachTargetGroups(
    cluster: string,
    service: string,
    options: { loadBalancers?: Json[]; vpcLatticeConfigurations?: Json[] },
  ): void {
    const record = this.serviceRecord(cluster, service);
    const definition = this.resolve(record.taskDefinition).definition;
    record.attachments = [
      {
        at: 0,
        loadBalancers: checkLoadBalancers(options.loadBalancers ?? [], definition, this.targetGroups),
        vpcLatticeConfigurations: checkVpcLatticeConfigurations(
          options.vpcLatticeConfigurations ?? [],
          this.targetGroups,
        ),
      },
    ];
  }

  /** Set-up: the Cloud Map service a seeded service has registered its tasks in since before the stack started. */
  attachServiceRegistry(cluster: string, service: string, registry: Json): void {
    const record = this.serviceRecord(cluster, service);
    record.serviceRegistries = checkServiceRegistries(
      [registry],
      this.resolve(record.taskDefinition).definition,
      this.registryProblem,
    );
  }

  /**
   * The Cloud Map instances ECS keeps registered in a registry: one per running task of each service whose
   * serviceRegistries name it, deregistered as its tasks stop.
   */
  registeredInstances(registryArn: string): Array<{ Id: string; Attributes: Record<string, string> }> {
    const now = this.clock.nowMs();
    return [...this.clusters.values()].flatMap((cluster) =>
      [...cluster.services.values()].flatMap((rollout) => {
        rollout.advance(now);
        const record = rollout.service;
        const registry = record.serviceRegistries?.find((one) => one.registryArn === registryArn);
        if (!registry) return [];
        return this.servingAt(cluster.name, record.name, now).flatMap((tasks) =>
          Array.from({ length: tasks.running }, (_, index) => {
            const id = createHash('sha256')
              .update(`${record.arn}/${tasks.taskDefinitionArn}/${index}`)
              .digest('hex')
              .slice(0, 32);
            const port = registry.containerPort ?? registry.port;
            return {
              Id: id,
              Attributes: {
                AWS_INSTANCE_IPV4: `10.0.${parseInt(id.slice(0, 2), 16)}.${parseInt(id.slice(2, 4), 16)}`,
                ...(port !== undefined ? { AWS_INSTANCE_PORT: String(port) } : {}),
                AVAILABILITY_ZONE: `${this.place.region}a`,
                AWS_INIT_HEALTH_STATUS: 'HEALTHY',
                ECS_CLUSTER_NAME: cluster.name,
                ECS_SERVICE_NAME: record.name,
                ECS_TASK_DEFINITION_FAMILY: this.familyOf(tasks.taskDefinitionArn) ?? '',
                REGION: this.place.region,
              },
            };
          }),
        );
      }),
    );
  }

  /** The services whose tasks register in the target group at simulated time `at`. */
  servicesBehind(targetGroupArn: string, at: number): Array<{ cluster: string; service: string }> {
    return this.services().filter(({ cluster, service }) =>
      targetGroupsOf(attachmentsAt(this.serviceRecord(cluster, service), at)).includes(targetGroupArn),
    );
  }

  /** Simulated times at which any service's target groups changed, within (from, to). */
  attachmentChanges(from: number, to: number): number[] {
    return this.services().flatMap(({ cluster, service }) =>
      this.serviceRecord(cluster, service)
        .attachments.map((one) => one.at)
        .filter((at) => at > from && at < to),
    );
  }

  /** The app container's image: the first container that is not a sidecar. */
  appImageOf(taskDefinitionArn: string): string | undefined {
    const definition = this.findByArn(taskDefinitionArn)?.definition;
    const containers = (definition?.containerDefinitions ?? []) as Json[];
    const app = containers.find((container) => !sidecarNames.has(String(container.name))) ?? containers[0];
    return typeof app?.image === 'string' ? app.image : undefined;
  }

  familyOf(taskDefinitionArn: string): string | undefined {
    return this.findByArn(taskDefinitionArn)?.family;
  }

  /** Every service, advanced to now: [cluster, service]. */
  services(): Array<{ cluster: string; service: string }> {
    return [...this.clusters.values()].flatMap((cluster) =>
      [...cluster.services.keys()].map((service) => ({ cluster: cluster.name, service })),
    );
  }

  // ---- operations -------------------------------------------------------------------------------

  operations(): Record<string, JsonOperation> {
    return {
      RegisterTaskDefinition: (input) => this.registerTaskDefinition(input),
      DescribeTaskDefinition: (input) => this.describeTaskDefinition(input),
      DeregisterTaskDefinition: (input) => this.deregisterTaskDefinition(input),
      ListTaskDefinitions: (input) => this.listTaskDefinitions(input),
      DescribeServices: (input) => this.describeServices(input),
      UpdateService: (input) => this.updateService(input),
      CreateService: (input) => this.createServiceOperation(input),
      DeleteService: (input) => this.deleteService(input),
      RunTask: (input) => this.runTask(input),
      DescribeTasks: (input) => this.tasks.describeTasks(input, this.clusterOf(input.cluster).arn),
      ListTasks: (input) => this.tasks.listTasks(input, this.clusterOf(input.cluster).arn),
      StopTask: (input) => this.tasks.stopTask(input, this.clusterOf(input.cluster).arn),
    };
  }

  runTask(input: Json): Json {
    const cluster = this.clusterOf(input.cluster);
    if (typeof input.taskDefinition !== 'string' || input.taskDefinition === '')
      throw invalid('TaskDefinition can not be blank.');
    const definition = this.resolve(input.taskDefinition, 'TaskDefinition not found.');
    return this.tasks.run(input, cluster.arn, definition);
  }

  /**
   * A new service on a task definition, its first deployment started at once; a name taken by a service that
   * is not INACTIVE is refused (ECS answers the same for a create that is not idempotent).
   */
  createServiceOperation(input: Json): Json {
    const cluster = this.clusterOf(input.cluster);
    if (typeof input.taskDefinition !== 'string' || input.taskDefinition === '')
      throw invalid('taskDefinition is required.');
    const definition = this.resolve(input.taskDefinition, 'TaskDefinition not found.');
    if (definition.status !== 'ACTIVE') throw client('TaskDefinition is inactive');
    const checked = checkCreateService(input, definition.definition);
    const existing = cluster.services.get(checked.serviceName);
    if (existing && existing.service.status !== 'INACTIVE')
      throw invalid('Creation of service was not idempotent.');
    const serviceRegistries = checkServiceRegistries(
      input.serviceRegistries ?? [],
      definition.definition,
      this.registryProblem,
    );
    const attachments = {
      loadBalancers: checkLoadBalancers(input.loadBalancers ?? [], definition.definition, this.targetGroups),
      vpcLatticeConfigurations: checkVpcLatticeConfigurations(
        input.vpcLatticeConfigurations ?? [],
        this.targetGroups,
      ),
    };
    const now = this.clock.nowMs();
    const { settings } = checked;
    const breaker = settings.deploymentConfiguration.deploymentCircuitBreaker as Json;
    const providers = JSON.stringify(settings.capacityProviderStrategy ?? []);
    const record: ServiceRecord = {
      name: checked.serviceName,
      arn: `arn:aws:ecs:${this.place.region}:${this.place.account}:service/${cluster.name}/${checked.serviceName}`,
      clusterArn: cluster.arn,
      status: 'ACTIVE',
      desiredCount: checked.desiredCount,
      taskDefinition: definition.arn,
      // Where tasks run decides which task definitions fit: a Fargate capacity provider runs Fargate tasks.
      launchType: settings.launchType ?? (providers.includes('FARGATE') ? 'FARGATE' : 'EC2'),
      circuitBreaker: { enable: breaker.enable === true, rollback: breaker.rollback === true },
      deployments: [],
      events: [],
      createdAt: now,
      lastCompleted: definition.arn,
      queue: [],
      serving: [],
      attachments: [{ at: now, ...attachments }],
      settings,
      tags: checked.tags,
      ...(serviceRegistries.length > 0 ? { serviceRegistries } : {}),
    };
    const rollout = new Rollout(record, this.rolloutContext());
    cluster.services.set(checked.serviceName, rollout);
    rollout.deploy(definition.arn, now);
    return { service: this.serviceData(record, true) };
  }

  /**
   * Refused while tasks are wanted (unless forced); the service is then INACTIVE once it runs no task, which
   * the local stack models at once for a service at 0 and DescribeServices keeps answering.
   */
  deleteService(input: Json): Json {
    const cluster = this.clusterOf(input.cluster);
    if (typeof input.service !== 'string' || input.service === '') throw invalid('service is required.');
    const rollout = cluster.services.get(serviceNameOf(input.service));
    if (!rollout || rollout.service.status === 'INACTIVE')
      throw new AwsError('ServiceNotFoundException', 'Service not found.', 400);
    const now = this.clock.nowMs();
    rollout.advance(now);
    const service = rollout.service;
    if (service.desiredCount > 0 && input.force !== true)
      throw invalid('The service cannot be stopped while it is scaled above 0.');
    const running = service.deployments.reduce((sum, deployment) => sum + deployment.runningCount, 0);
    if (running > 0 || service.desiredCount > 0) {
      rollout.scale(0, now);
      service.status = 'DRAINING';
    } else {
      service.status = 'INACTIVE';
      service.attachments.push({ at: now, loadBalancers: [], vpcLatticeConfigurations: [] });
    }
    return { service: this.serviceData(service) };
  }

  registerTaskDefinition(input: Json): Json {
    const checked = checkTaskDefinition(input);
    const revisions = this.families.get(checked.family) ?? [];
    const revision = revisions.length + 1;
    const arn = `arn:aws:ecs:${this.place.region}:${this.place.account}:task-definition/${checked.family}:${revision}`;
    const now = this.clock.nowMs();
    const record: TaskDefinitionRecord = {
      arn,
      family: checked.family,
      revision,
      status: 'ACTIVE',
      definition: checked.definition,
      tags: checked.tags,
      registeredAt: now,
    };
    revisions.push(record);
    this.families.set(checked.family, revisions);
    return { taskDefinition: this.taskDefinitionData(record), tags: record.tags };
  }

  /**
   * DeregisterTaskDefinition: a revision given as family:revision or ARN (not a family alone) becomes
   * INACTIVE; services running it keep it, and a family's latest ACTIVE revision is then an older one.
   */
  deregisterTaskDefinition(input: Json): Json {
    const reference = input.taskDefinition;
    const text = typeof reference === 'string' ? reference.split('task-definition/').pop()! : '';
    if (!/^[A-Za-z0-9_-]+:\d+$/.test(text))
      throw client('The specified task definition identifier is invalid. Specify a valid name or ARN.');
    const record = this.resolve(text, 'The specified task definition does not exist.');
    record.status = 'INACTIVE';
    return { taskDefinition: this.taskDefinitionData(record) };
  }

  /** ListTaskDefinitions: ARNs by family prefix and status, oldest first unless sort is DESC (one page). */
  listTaskDefinitions(input: Json): Json {
    const prefix = typeof input.familyPrefix === 'string' ? input.familyPrefix : '';
    const status = input.status === undefined ? 'ACTIVE' : String(input.status);
    if (!['ACTIVE', 'INACTIVE', 'DELETE_IN_PROGRESS'].includes(status))
      throw invalid('status must be ACTIVE, INACTIVE or DELETE_IN_PROGRESS.');
    const arns = [...this.families.entries()]
      .filter(([family]) => family.startsWith(prefix))
      .flatMap(([, revisions]) => revisions)
      .filter((record) => record.status === status)
      .map((record) => record.arn);
    return { taskDefinitionArns: input.sort === 'DESC' ? arns.reverse() : arns };
  }

  describeTaskDefinition(input: Json): Json {
    const reference = input.taskDefinition;
    if (typeof reference !== 'string' || reference === '')
      throw client('Unable to describe task definition.');
    const record = this.resolve(reference, 'Unable to describe task definition.');
    const include = Array.isArray(input.include) ? input.include : [];
    return {
      taskDefinition: this.taskDefinitionData(record),
      ...(include.includes('TAGS') ? { tags: record.tags } : {}),
    };
  }

  describeServices(input: Json): Json {
    const cluster = this.clusterOf(input.cluster);
    const names = input.services;
    if (!Array.isArray(names) || names.length === 0) throw invalid('Services cannot be empty.');
    if (names.length > 10) throw invalid('services can have at most 10 items.');
    const services: Json[] = [];
    const failures: Json[] = [];
    for (const name of names) {
      const serviceName = serviceNameOf(String(name));
      const rollout = cluster.services.get(serviceName);
      if (!rollout) {
        failures.push({
          arn: `arn:aws:ecs:${this.place.region}:${this.place.account}:service/${cluster.name}/${serviceName}`,
          reason: 'MISSING',
        });
        continue;
      }
      rollout.advance(this.clock.nowMs());
      settleDraining(rollout.service, this.clock.nowMs());
      const include = Array.isArray(input.include) ? input.include : [];
      services.push(this.serviceData(rollout.service, include.includes('TAGS')));
    }
    return { services, failures };
  }

  updateService(input: Json): Json {
    const cluster = this.clusterOf(input.cluster);
    if (typeof input.service !== 'string' || input.service === '') throw invalid('service is required.');
    const rollout = cluster.services.get(serviceNameOf(input.service));
    if (!rollout) throw new AwsError('ServiceNotFoundException', 'Service not found.', 400);
    const service = rollout.service;
    if (service.status !== 'ACTIVE')
      throw new AwsError('ServiceNotActiveException', 'Service was not ACTIVE.', 400);
    const desiredCount = input.desiredCount;
    if (desiredCount !== undefined && (!Number.isInteger(desiredCount) || (desiredCount as number) < 0))
      throw invalid('desiredCount must be a non-negative integer.');
    let target: TaskDefinitionRecord | undefined;
    if (input.taskDefinition !== undefined) {
      target = this.resolve(String(input.taskDefinition), 'TaskDefinition not found.');
      if (target.status !== 'ACTIVE') throw client('TaskDefinition is inactive');
      const compatible = (target.definition.compatibilities as string[]).includes(service.launchType);
      if (!compatible) throw invalid(`Task definition does not support launch_type ${service.launchType}.`);
    }
    const attachments = this.checkAttachments(input, service, target);
    const now = this.clock.nowMs();
    rollout.advance(now);
    // ECS starts a new deployment when the load balancer or VPC Lattice configuration changes.
    if (attachments) service.attachments.push({ ...attachments, at: now });
    const redeploy =
      (target && target.arn !== service.taskDefinition) || input.forceNewDeployment === true || !!attachments;
    if (desiredCount !== undefined && desiredCount !== service.desiredCount && !redeploy)
      rollout.scale(desiredCount as number, now);
    else if (desiredCount !== undefined) service.desiredCount = desiredCount as number;
    if (redeploy) rollout.deploy(target?.arn ?? service.taskDefinition, now);
    return { service: this.serviceData(service) };
  }

  // ---- internals -------------------------------------------------------------------------------

  /** The new attachments an UpdateService asks for, checked; undefined when it changes none. */
  private checkAttachments(
    input: Json,
    service: ServiceRecord,
    target: TaskDefinitionRecord | undefined,
  ): Omit<Attachments, 'at'> | undefined {
    if (input.loadBalancers === undefined && input.vpcLatticeConfigurations === undefined) return undefined;
    const current = service.attachments.at(-1)!;
    const definition = (target ?? this.resolve(service.taskDefinition)).definition;
    const next = {
      loadBalancers:
        input.loadBalancers === undefined
          ? current.loadBalancers
          : checkLoadBalancers(input.loadBalancers, definition, this.targetGroups),
      vpcLatticeConfigurations:
        input.vpcLatticeConfigurations === undefined
          ? current.vpcLatticeConfigurations
          : checkVpcLatticeConfigurations(input.vpcLatticeConfigurations, this.targetGroups),
    };
    const same =
      JSON.stringify(next.loadBalancers) === JSON.stringify(current.loadBalancers) &&
      JSON.stringify(next.vpcLatticeConfigurations) === JSON.stringify(current.vpcLatticeConfigurations);
    return same ? undefined : next;
  }

  /** Read at each transition, so a scenario loaded after the seed applies to the seeded services. */
  private rolloutContext() {
    const ecs = this;
    return {
      get timing() {
        return ecs.timing;
      },
      failsToStart: (arn: string) => ecs.brokenImage(ecs.appImageOf(arn) ?? ''),
    };
  }

  private cluster(name: string): Cluster {
    const cluster = this.clusters.get(name);
    if (!cluster) throw new Error(`no cluster ${name}`);
    return cluster;
  }

  private clusterOf(value: unknown): Cluster {
    const text = value === undefined || value === null || value === '' ? 'default' : String(value);
    const name = text.startsWith('arn:') ? (text.split('/').pop() ?? '') : text;
    const cluster = this.clusters.get(name);
    if (!cluster) throw new AwsError('ClusterNotFoundException', 'Cluster not found.', 400);
    return cluster;
  }

  private findByArn(arn: string): TaskDefinitionRecord | undefined {
    const match = /:task-definition\/([^:]+):(\d+)$/.exec(arn);
    if (!match) return undefined;
    return this.families.get(match[1]!)?.[Number(match[2]) - 1];
  }

  /** family, family:revision or ARN; a bare family is its latest ACTIVE revision. */
  private resolve(reference: string, message = 'Unable to describe task definition.'): TaskDefinitionRecord {
    const text = reference.startsWith('arn:') ? (reference.split('task-definition/')[1] ?? '') : reference;
    const [family, revision] = text.split(':');
    const revisions = this.families.get(family ?? '') ?? [];
    const record =
      revision === undefined
        ? [...revisions].reverse().find((candidate) => candidate.status === 'ACTIVE')
        : revisions[Number(revision) - 1];
    if (!record) throw client(message);
    return record;
  }

  private taskDefinitionData(record: TaskDefinitionRecord): Json {
    return {
      ...structuredClone(record.definition),
      taskDefinitionArn: record.arn,
      family: record.family,
      revision: record.revision,
      status: record.status,
      requiresAttributes: requiredAttributes(record.definition),
      registeredAt: epochSeconds(record.registeredAt),
      registeredBy: `arn:aws:iam::${this.place.account}:root`,
    };
  }

  private serviceData(service: ServiceRecord, withTags = false): Json {
    const attachments = service.attachments.at(-1)!;
    const running = service.deployments.reduce((sum, deployment) => sum + deployment.runningCount, 0);
    const pending = service.deployments.reduce((sum, deployment) => sum + deployment.pendingCount, 0);
    return {
      serviceArn: service.arn,
      serviceName: service.name,
      clusterArn: service.clusterArn,
      status: service.status,
      desiredCount: service.desiredCount,
      runningCount: running,
      pendingCount: pending,
      ...(service.settings?.capacityProviderStrategy ? {} : { launchType: service.launchType }),
      taskDefinition: service.taskDefinition,
      loadBalancers: structuredClone(attachments.loadBalancers),
      ...(service.serviceRegistries ? { serviceRegistries: structuredClone(service.serviceRegistries) } : {}),
      ...settingsView(service.settings),
      deploymentConfiguration: {
        maximumPercent: 200,
        minimumHealthyPercent: 100,
        ...structuredClone(service.settings?.deploymentConfiguration ?? {}),
        deploymentCircuitBreaker: service.circuitBreaker,
      },
      ...(withTags ? { tags: structuredClone(service.tags ?? []) } : {}),
      deployments: service.deployments.map((deployment) => ({
        id: deployment.id,
        status: deployment.status,
        taskDefinition: deployment.taskDefinition,
        desiredCount: deployment.desiredCount,
        pendingCount: deployment.pendingCount,
        runningCount: deployment.runningCount,
        failedTasks: deployment.failedTasks,
        createdAt: epochSeconds(deployment.createdAt),
        updatedAt: epochSeconds(deployment.updatedAt),
        launchType: service.launchType,
        rolloutState: deployment.rolloutState,
        rolloutStateReason: deployment.rolloutStateReason,
        // As in the ECS API, each deployment carries the VPC Lattice configuration it was made with.
        ...latticeOf(attachmentsAt(service, deployment.createdAt)),
      })),
      events: service.events.map((event) => ({
        id: event.id,
        createdAt: epochSeconds(event.createdAt),
        message: event.message,
      })),
      createdAt: epochSeconds(service.createdAt),
      schedulingStrategy: 'REPLICA',
      deploymentController: { type: 'ECS' },
    };
  }
}

/** A DRAINING service becomes INACTIVE once its last task has stopped. */
function settleDraining(service: ServiceRecord, now: number): void {
  if (service.status !== 'DRAINING') return;
  if (service.deployments.some((deployment) => deployment.runningCount > 0)) return;
  service.status = 'INACTIVE';
  service.attachments.push({ at: now, loadBalancers: [], vpcLatticeConfigurations: [] });
}

/** The settings DescribeServices shows as they were given (the deployment configuration is shown apart). */
function settingsView(settings: ServiceSettings | undefined): Json {
  if (!settings) return {};
  const { launchType: _launchType, deploymentConfiguration: _deployment, ...shown } = settings;
  return structuredClone(shown) as Json;
}

function latticeOf(attachments: Attachments | undefined): Json {
  const configurations = attachments?.vpcLatticeConfigurations ?? [];
  return configurations.length > 0 ? { vpcLatticeConfigurations: structuredClone(configurations) } : {};
}

function attachmentsAt(record: ServiceRecord, at: number): Attachments | undefined {
  let found: Attachments | undefined;
  for (const one of record.attachments) {
    if (one.at > at) break;
    found = one;
  }
  return found;
}

function serviceNameOf(reference: string): string {
  return reference.startsWith('arn:') ? (reference.split('/').pop() ?? '') : reference;
}

function requiredAttributes(definition: Json): Json[] {
  const attributes = [{ name: 'com.amazonaws.ecs.capability.docker-remote-api.1.18' }];
  if (definition.networkMode === 'awsvpc') attributes.push({ name: 'ecs.capability.task-eni' });
  if (isObject(definition.proxyConfiguration))
    attributes.push({ name: 'ecs.capability.container-ordering' }, { name: 'ecs.capability.aws-appmesh' });
  return attributes;
}
