import { randomBytes } from 'node:crypto';
import type { SimClock } from '../../clock.js';
import { AwsError, epochSeconds, isObject, type Json, type Place } from '../protocol.js';
import { awsvpc, capacityProviders, checkServiceTags } from './ecs-create-service.js';

function invalid(message: string): AwsError {
  return new AwsError('InvalidParameterException', message, 400);
}

/** How one standalone task runs: scripted per task definition by the scenario (hooks), or the default. */
export interface TaskScript {
  /** Simulated seconds from RunTask to RUNNING. */
  startSeconds: number;
  /** Simulated seconds its containers run once RUNNING; undefined runs until stopped. */
  runSeconds: number | undefined;
  /** A container's own run, in place of runSeconds (Infinity: until stopped). */
  containerSeconds?: Record<string, number>;
  /** Exit code per container name (0 when not named). */
  exitCodes: Record<string, number>;
  /** Container reasons per name, as ECS reports an OutOfMemoryError or a failed pull. */
  reasons?: Record<string, string>;
  /** RunTask places nothing and answers this failure reason (e.g. RESOURCE:MEMORY). */
  failure?: string;
}

/** What the script is told of one run: the task definition and each container's effective environment. */
export interface TaskRunContext {
  family: string;
  taskDefinitionArn: string;
  containers: Array<{ name: string; environment: Record<string, string> }>;
  startedBy?: string;
}

export type TaskScripter = (run: TaskRunContext) => TaskScript;

/** The task definition as RunTask needs it from the store. */
export interface TaskDefinitionView {
  arn: string;
  family: string;
  status: 'ACTIVE' | 'INACTIVE';
  definition: Json;
}

interface TaskRecord {
  taskArn: string;
  clusterArn: string;
  clusterName: string;
  taskDefinitionArn: string;
  family: string;
  group: string;
  startedBy?: string;
  launchType?: string;
  capacityProviderStrategy?: Json[];
  platformVersion?: string;
  networkConfiguration?: Json;
  overrides: Json;
  tags: Json[];
  containers: Array<{ name: string; image: string; essential: boolean }>;
  script: TaskScript;
  createdAt: number;
  stop?: { at: number; code: string; reason: string; exitCodes: Record<string, number> };
  stopped: Promise<void>;
  markStopped: () => void;
}

/**
 * Standalone tasks (RunTask, DescribeTasks, ListTasks, StopTask) on the simulated clock: PENDING, RUNNING
 * after the scripted start, STOPPED when the scripted run ends (StopCode EssentialContainerExited, each
 * container's scripted exit code) or when stopped (UserInitiated). What a hook task (ecs:runTask.sync) runs.
 */
export class StandaloneTasks {
  private readonly tasks: TaskRecord[] = [];
  private scripter: TaskScripter = () => ({ startSeconds: 40, runSeconds: 60, exitCodes: {} });

  constructor(
    private readonly place: Place,
    private readonly clock: SimClock,
  ) {}

  script(scripter: TaskScripter): void {
    this.scripter = scripter;
  }

  run(input: Json, clusterArn: string, definition: TaskDefinitionView): Json {
    if (definition.status !== 'ACTIVE')
      throw new AwsError('ClientException', 'TaskDefinition is inactive', 400);
    const count = input.count ?? 1;
    if (!Number.isInteger(count) || (count as number) < 1 || (count as number) > 10)
      throw invalid('count must be between 1 and 10.');
    const settings = checkPlacement(input, definition.definition);
    const containers = containersOf(definition.definition);
    const overrides = checkOverrides(input.overrides, containers);
    const tags = checkServiceTags(input.tags);
    const run: TaskRunContext = {
      family: definition.family,
      taskDefinitionArn: definition.arn,
      containers: containers.map((container) => ({
        name: container.name,
        environment: environmentOf(definition.definition, overrides, container.name),
      })),
      ...(typeof input.startedBy === 'string' ? { startedBy: input.startedBy } : {}),
    };
    const clusterName = clusterArn.split('/').pop() ?? '';
    const launched: TaskRecord[] = [];
    const failures: Json[] = [];
    for (let index = 0; index < (count as number); index++) {
      const script = this.scripter(run);
      if (script.failure) {
        failures.push({ arn: clusterArn, reason: script.failure });
        continue;
      }
      launched.push(
        this.launch({
          input,
          clusterArn,
          clusterName,
          definition,
          settings,
          containers,
          overrides,
          tags,
          script,
        }),
      );
    }
    return { tasks: launched.map((task) => this.describe(task)), failures };
  }

  describeTasks(input: Json, clusterArn: string): Json {
    const references = input.tasks;
    if (!Array.isArray(references) || references.length === 0 || references.length > 100)
      throw invalid('Tasks cannot be empty and can hold at most 100 tasks.');
    const tasks: Json[] = [];
    const failures: Json[] = [];
    for (const reference of references.map(String)) {
      const task = this.find(clusterArn, reference);
      if (task) tasks.push(this.describe(task, input.include));
      else failures.push({ arn: reference, reason: 'MISSING' });
    }
    return { tasks, failures };
  }

  listTasks(input: Json, clusterArn: string): Json {
    const desired = input.desiredStatus ?? 'RUNNING';
    if (!['RUNNING', 'PENDING', 'STOPPED'].includes(String(desired)))
      throw invalid('desiredStatus must be RUNNING, PENDING or STOPPED.');
    if (input.startedBy !== undefined && input.serviceName !== undefined)
      throw invalid('startedBy cannot be combined with serviceName.');
    const family = typeof input.family === 'string' ? input.family : undefined;
    const arns = this.tasks
      .filter((task) => task.clusterArn === clusterArn)
      .filter((task) => (desired === 'STOPPED' ? this.isStopped(task) : !this.isStopped(task)))
      .filter((task) => family === undefined || task.family === family)
      .filter((task) => input.startedBy === undefined || task.startedBy === input.startedBy)
      // Standalone tasks belong to no service.
      .filter(() => input.serviceName === undefined)
      .map((task) => task.taskArn);
    return { taskArns: arns };
  }

  stopTask(input: Json, clusterArn: string): Json {
    const task = typeof input.task === 'string' ? this.find(clusterArn, input.task) : undefined;
    if (!task) throw invalid('The referenced task was not found.');
    this.stopNow(
      task,
      'UserInitiated',
      typeof input.reason === 'string' ? input.reason : 'Task stopped by user',
    );
    return { task: this.describe(task) };
  }

  /** Resolves when the task has stopped (its run ended, or it was stopped). */
  stopped(taskArn: string): Promise<void> {
    return this.tasks.find((task) => task.taskArn === taskArn)?.stopped ?? Promise.resolve();
  }

  /** The task as DescribeTasks returns it now (camelCase). */
  described(taskArn: string): Json | undefined {
    const task = this.tasks.find((one) => one.taskArn === taskArn);
    return task ? this.describe(task) : undefined;
  }

  stopNow(task: TaskRecord | string, code: string, reason: string): void {
    const record = typeof task === 'string' ? this.tasks.find((one) => one.taskArn === task) : task;
    if (!record || this.isStopped(record)) return;
    // A container stopped by ECS ends with SIGKILL after the stop timeout: 137.
    const exitCodes = Object.fromEntries(record.containers.map((container) => [container.name, 137]));
    record.stop = { at: this.clock.nowMs(), code, reason, exitCodes };
    record.markStopped();
  }

  // ---- internals ----------------------------------------------------------------------------

  private launch(options: {
    input: Json;
    clusterArn: string;
    clusterName: string;
    definition: TaskDefinitionView;
    settings: Placement;
    containers: Array<{ name: string; image: string; essential: boolean }>;
    overrides: Json;
    tags: Json[];
    script: TaskScript;
  }): TaskRecord {
    const { input, definition, script } = options;
    let markStopped!: () => void;
    const stopped = new Promise<void>((resolve) => {
      markStopped = resolve;
    });
    const task: TaskRecord = {
      taskArn: `arn:aws:ecs:${this.place.region}:${this.place.account}:task/${options.clusterName}/${randomBytes(16).toString('hex')}`,
      clusterArn: options.clusterArn,
      clusterName: options.clusterName,
      taskDefinitionArn: definition.arn,
      family: definition.family,
      group: typeof input.group === 'string' ? input.group : `family:${definition.family}`,
      ...(typeof input.startedBy === 'string' ? { startedBy: input.startedBy } : {}),
      ...options.settings,
      overrides: options.overrides,
      tags: options.tags,
      containers: options.containers,
      script,
      createdAt: this.clock.nowMs(),
      stopped,
      markStopped,
    };
    this.tasks.push(task);
    // The first essential container to exit stops the task; the others are stopped with it.
    const runs = task.containers.map((container) => ({
      container,
      seconds: script.containerSeconds?.[container.name] ?? script.runSeconds ?? Number.POSITIVE_INFINITY,
    }));
    const runSeconds = Math.min(...runs.filter((run) => run.container.essential).map((run) => run.seconds));
    if (Number.isFinite(runSeconds)) {
      // Unref'd: a task running alone does not keep the process alive.
      setTimeout(
        () => {
          if (this.isStopped(task)) return;
          task.stop = {
            // At the scripted moment: a timer fires a real millisecond early or late, a simulated second.
            at: task.createdAt + (script.startSeconds + runSeconds) * 1000,
            code: 'EssentialContainerExited',
            reason: 'Essential container in task exited',
            exitCodes: Object.fromEntries(
              runs.map(({ container, seconds }) => [
                container.name,
                // Still running when the task stopped: killed after the stop timeout.
                seconds <= runSeconds ? (script.exitCodes[container.name] ?? 0) : 137,
              ]),
            ),
          };
          task.markStopped();
        },
        this.clock.realMs(script.startSeconds + runSeconds),
      ).unref();
    }
    return task;
  }

  private find(clusterArn: string, reference: string): TaskRecord | undefined {
    return this.tasks.find(
      (task) =>
        task.clusterArn === clusterArn &&
        (task.taskArn === reference || task.taskArn.endsWith(`/${reference}`)),
    );
  }

  private isStopped(task: TaskRecord): boolean {
    return task.stop !== undefined;
  }

  private describe(task: TaskRecord, include?: unknown): Json {
    const now = this.clock.nowMs();
    const startedAt = task.createdAt + task.script.startSeconds * 1000;
    const stop = task.stop;
    const running = stop === undefined && now >= startedAt;
    const lastStatus = stop ? 'STOPPED' : running ? 'RUNNING' : 'PENDING';
    return {
      taskArn: task.taskArn,
      clusterArn: task.clusterArn,
      taskDefinitionArn: task.taskDefinitionArn,
      group: task.group,
      ...(task.startedBy ? { startedBy: task.startedBy } : {}),
      ...(task.launchType ? { launchType: task.launchType } : {}),
      ...(task.capacityProviderStrategy
        ? { capacityProviderName: task.capacityProviderStrategy[0]?.capacityProvider }
        : {}),
      ...(task.platformVersion ? { platformVersion: task.platformVersion } : {}),
      lastStatus,
      desiredStatus: stop ? 'STOPPED' : 'RUNNING',
      createdAt: epochSeconds(task.createdAt),
      // A task stopped while PENDING never started.
      ...((stop ? stop.at : now) >= startedAt ? { startedAt: epochSeconds(startedAt) } : {}),
      ...(stop
        ? {
            stopCode: stop.code,
            stoppedReason: stop.reason,
            stoppingAt: epochSeconds(stop.at),
            stoppedAt: epochSeconds(stop.at),
            executionStoppedAt: epochSeconds(stop.at),
          }
        : {}),
      containers: task.containers.map((container) => ({
        containerArn: `arn:aws:ecs:${this.place.region}:${this.place.account}:container/${task.clusterName}/${task.taskArn.split('/').pop()}/${container.name}`,
        taskArn: task.taskArn,
        name: container.name,
        image: container.image,
        lastStatus,
        ...(stop ? { exitCode: stop.exitCodes[container.name] ?? 0 } : {}),
        ...(task.script.reasons?.[container.name] && stop
          ? { reason: task.script.reasons[container.name] }
          : {}),
        essential: container.essential,
      })),
      overrides: structuredClone(task.overrides),
      ...(task.networkConfiguration
        ? {
            attachments: [
              { type: 'ElasticNetworkInterface', status: stop ? 'DELETED' : 'ATTACHED', details: [] },
            ],
          }
        : {}),
      ...(Array.isArray(include) && include.includes('TAGS') ? { tags: structuredClone(task.tags) } : {}),
      version: stop ? 3 : running ? 2 : 1,
    };
  }
}

interface Placement {
  launchType?: string;
  capacityProviderStrategy?: Json[];
  platformVersion?: string;
  networkConfiguration?: Json;
}

/** Launch type or capacity providers, platform version and awsvpc network, as RunTask checks them. */
function checkPlacement(input: Json, definition: Json): Placement {
  if (input.launchType !== undefined && input.capacityProviderStrategy !== undefined)
    throw invalid(
      'Specifying both a launch type and capacity provider strategy is not supported. Remove one and try again.',
    );
  const placement: Placement = {};
  const compatibilities = (definition.requiresCompatibilities as string[] | undefined) ?? ['EC2'];
  if (input.capacityProviderStrategy !== undefined) {
    placement.capacityProviderStrategy = capacityProviders(input.capacityProviderStrategy);
  } else {
    const launchType = String(input.launchType ?? 'EC2');
    if (!['EC2', 'FARGATE', 'EXTERNAL'].includes(launchType))
      throw invalid(`launchType must be EC2, FARGATE or EXTERNAL: '${launchType}' is not.`);
    if (launchType === 'FARGATE' && !compatibilities.includes('FARGATE'))
      throw invalid(`Task definition does not support launch_type ${launchType}.`);
    placement.launchType = launchType;
  }
  if (input.platformVersion !== undefined) {
    if (placement.launchType !== undefined && placement.launchType !== 'FARGATE')
      throw invalid('Platform version is only supported with the FARGATE launch type.');
    placement.platformVersion = String(input.platformVersion);
  } else if (placement.launchType === 'FARGATE') {
    placement.platformVersion = '1.4.0';
  }
  if (definition.networkMode === 'awsvpc') {
    if (!isObject(input.networkConfiguration))
      throw invalid("Network Configuration must be provided when networkMode 'awsvpc' is specified.");
    placement.networkConfiguration = awsvpc(input.networkConfiguration);
  } else if (input.networkConfiguration !== undefined) {
    throw invalid('Network Configuration is not valid for the given networkMode of this task definition.');
  }
  return placement;
}

function containersOf(definition: Json): Array<{ name: string; image: string; essential: boolean }> {
  const containers = Array.isArray(definition.containerDefinitions) ? definition.containerDefinitions : [];
  return containers.filter(isObject).map((container) => ({
    name: String(container.name),
    image: String(container.image),
    essential: container.essential !== false,
  }));
}

/** containerOverrides must name containers of the task definition; kept as given. */
function checkOverrides(value: unknown, containers: Array<{ name: string }>): Json {
  if (value === undefined) return { containerOverrides: [], inferenceAcceleratorOverrides: [] };
  if (!isObject(value)) throw invalid('overrides must be an object.');
  const overrides = Array.isArray(value.containerOverrides) ? value.containerOverrides : [];
  for (const override of overrides) {
    const name = isObject(override) ? override.name : undefined;
    if (!containers.some((container) => container.name === name))
      throw invalid(`Override for container named ${String(name)} is not a container in the TaskDefinition.`);
    const environment = isObject(override) ? override.environment : undefined;
    if (
      environment !== undefined &&
      (!Array.isArray(environment) ||
        !environment.every((one) => isObject(one) && typeof one.name === 'string'))
    )
      throw invalid(`Container override ${String(name)}: each environment entry needs a name and a value.`);
  }
  return {
    inferenceAcceleratorOverrides: [],
    ...structuredClone(value),
    containerOverrides: structuredClone(overrides),
  };
}

/** The container's environment: the task definition's, then the override's on top (as ECS merges them). */
function environmentOf(definition: Json, overrides: Json, name: string): Record<string, string> {
  const containers = Array.isArray(definition.containerDefinitions) ? definition.containerDefinitions : [];
  const base = containers.filter(isObject).find((container) => container.name === name)?.environment;
  const override = (overrides.containerOverrides as Json[]).find((one) => one.name === name)?.environment;
  const environment: Record<string, string> = {};
  for (const list of [base, override])
    if (Array.isArray(list))
      for (const entry of list.filter(isObject)) environment[String(entry.name)] = String(entry.value ?? '');
  return environment;
}
