import { randomInt } from 'node:crypto';
import type { Json } from '../protocol.js';
import type { Attachments } from './ecs-attachments.js';
import type { ServiceSettings } from './ecs-create-service.js';

/** How long simulated tasks take, in simulated seconds. */
export interface RolloutTiming {
  /** From launch to RUNNING and healthy (or to failing, for a broken image). */
  taskStartSeconds: number;
  /** From a deployment's tasks being healthy to the old tasks drained. */
  drainSeconds: number;
}

export const defaultTiming: RolloutTiming = { taskStartSeconds: 40, drainSeconds: 20 };

export interface DeploymentRecord {
  id: string;
  status: 'PRIMARY' | 'ACTIVE';
  taskDefinition: string;
  desiredCount: number;
  runningCount: number;
  pendingCount: number;
  failedTasks: number;
  rolloutState: 'IN_PROGRESS' | 'COMPLETED' | 'FAILED';
  rolloutStateReason: string;
  createdAt: number;
  updatedAt: number;
}

/** Tasks running per task definition at one simulated time: who serves the node's traffic. */
export interface ServingSnapshot {
  at: number;
  tasks: Array<{ taskDefinitionArn: string; running: number }>;
}

interface Scheduled {
  at: number;
  apply: () => void;
}

export interface ServiceRecord {
  name: string;
  arn: string;
  clusterArn: string;
  status: 'ACTIVE' | 'DRAINING' | 'INACTIVE';
  desiredCount: number;
  taskDefinition: string;
  launchType: string;
  circuitBreaker: { enable: boolean; rollback: boolean };
  deployments: DeploymentRecord[];
  /** Newest first. */
  events: Array<{ id: string; createdAt: number; message: string }>;
  createdAt: number;
  /** The task definition of the last deployment that COMPLETED: where a circuit-breaker rollback goes. */
  lastCompleted: string;
  queue: Scheduled[];
  serving: ServingSnapshot[];
  /** Its target groups (load balancers, VPC Lattice) over time, oldest first. */
  attachments: Attachments[];
  /** What it was created with that DescribeServices shows as given (network, capacity, platform, ...). */
  settings?: ServiceSettings;
  tags?: Json[];
  /** The Cloud Map service its tasks register in (one at most). */
  serviceRegistries?: Json[];
}

export interface RolloutContext {
  timing: RolloutTiming;
  /** Whether tasks of this task definition fail to start (the scenario's broken images). */
  failsToStart(taskDefinitionArn: string): boolean;
}

const maxEvents = 100;

function deploymentId(): string {
  return `ecs-svc/${String(randomInt(1e9, 1e10 - 1))}${String(randomInt(1e8, 1e9 - 1))}`;
}

function taskId(): string {
  return Array.from({ length: 32 }, () => randomInt(16).toString(16)).join('');
}

/**
 * The rolling update (ECS deployment controller) of one service over simulated time. Transitions are
 * scheduled when a deployment starts and applied, in time order, whenever the service is read.
 */
export class Rollout {
  constructor(
    readonly service: ServiceRecord,
    private readonly context: RolloutContext,
  ) {}

  /** Applies every transition due by `now`, each at its own time. */
  advance(now: number): void {
    const queue = this.service.queue;
    // Bounded: each deployment schedules a finite number of transitions.
    while (queue.length > 0 && queue[0]!.at <= now) {
      const next = queue.shift()!;
      next.apply();
      this.snapshot(next.at);
    }
  }

  /** A new PRIMARY deployment of `taskDefinition`; the old ones keep their tasks until it completes. */
  deploy(taskDefinition: string, now: number, reason?: string): DeploymentRecord {
    const service = this.service;
    for (const deployment of service.deployments) deployment.status = 'ACTIVE';
    const deployment: DeploymentRecord = {
      id: deploymentId(),
      status: 'PRIMARY',
      taskDefinition,
      desiredCount: service.desiredCount,
      runningCount: 0,
      pendingCount: service.desiredCount,
      failedTasks: 0,
      rolloutState: 'IN_PROGRESS',
      rolloutStateReason: reason ?? 'ECS deployment in progress.',
      createdAt: now,
      updatedAt: now,
    };
    if (!reason) deployment.rolloutStateReason = `ECS deployment ${deployment.id} in progress.`;
    service.deployments.unshift(deployment);
    service.taskDefinition = taskDefinition;
    this.snapshot(now);
    const { taskStartSeconds, drainSeconds } = this.context.timing;
    const current = () => service.deployments[0] === deployment;
    if (deployment.desiredCount === 0) {
      this.schedule(now + 1000, () => current() && this.complete(deployment, now + 1000));
    } else if (this.context.failsToStart(taskDefinition)) {
      this.scheduleFailures(deployment, now);
    } else {
      const started = now + taskStartSeconds * 1000;
      this.schedule(started, () => {
        if (!current()) return;
        deployment.runningCount = deployment.desiredCount;
        deployment.pendingCount = 0;
        deployment.updatedAt = started;
        this.event(
          started,
          `has started ${deployment.desiredCount} tasks: ${this.tasks(deployment.desiredCount)}.`,
        );
      });
      const done = started + drainSeconds * 1000;
      this.schedule(done, () => current() && this.complete(deployment, done));
    }
    return deployment;
  }

  /** Only the desired count changes (no new deployment): tasks start or stop on the current ones. */
  scale(desiredCount: number, now: number): void {
    const service = this.service;
    service.desiredCount = desiredCount;
    const primary = service.deployments[0];
    if (!primary) return;
    primary.desiredCount = desiredCount;
    // Tasks still starting for an earlier, larger count are cancelled, as ECS does: never a pending task more
    // than the new count asks for.
    primary.pendingCount = Math.max(0, desiredCount - primary.runningCount);
    const { taskStartSeconds, drainSeconds } = this.context.timing;
    if (desiredCount < primary.runningCount) {
      const at = now + drainSeconds * 1000;
      this.schedule(at, () => {
        const stopped = primary.runningCount - primary.desiredCount;
        if (stopped <= 0) return;
        primary.runningCount = primary.desiredCount;
        primary.updatedAt = at;
        this.event(at, `has stopped ${stopped} running tasks: ${this.tasks(stopped)}.`);
        if (service.deployments.length === 1) this.event(at, 'has reached a steady state.');
      });
    } else if (desiredCount > primary.runningCount) {
      const at = now + taskStartSeconds * 1000;
      this.schedule(at, () => {
        const started = primary.desiredCount - primary.runningCount;
        if (started <= 0) return;
        primary.runningCount = primary.desiredCount;
        primary.pendingCount = 0;
        primary.updatedAt = at;
        this.event(at, `has started ${started} tasks: ${this.tasks(started)}.`);
        if (service.deployments.length === 1) this.event(at, 'has reached a steady state.');
      });
    }
  }

  private scheduleFailures(deployment: DeploymentRecord, now: number): void {
    const service = this.service;
    // The circuit breaker's failed-task threshold: half the desired count, at least 3, at most 200.
    const threshold = Math.min(200, Math.max(3, Math.ceil(deployment.desiredCount / 2)));
    const attempts = Math.ceil(threshold / deployment.desiredCount);
    const step = this.context.timing.taskStartSeconds * 1000;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const at = now + attempt * step;
      this.schedule(at, () => {
        if (service.deployments[0] !== deployment) return;
        deployment.failedTasks += deployment.desiredCount;
        deployment.updatedAt = at;
        this.event(
          at,
          `has started ${deployment.desiredCount} tasks: ${this.tasks(deployment.desiredCount)}.`,
        );
        this.event(at, 'is unable to consistently start tasks successfully.');
        if (deployment.failedTasks >= threshold && service.circuitBreaker.enable) this.fail(deployment, at);
      });
    }
  }

  private fail(deployment: DeploymentRecord, at: number): void {
    const service = this.service;
    deployment.rolloutState = 'FAILED';
    deployment.rolloutStateReason = 'ECS deployment circuit breaker: tasks failed to start.';
    deployment.pendingCount = 0;
    this.event(at, `(deployment ${deployment.id}) deployment failed: tasks failed to start.`);
    if (!service.circuitBreaker.rollback || service.lastCompleted === deployment.taskDefinition) return;
    const rollback = this.deploy(
      service.lastCompleted,
      at,
      `ECS deployment circuit breaker: rolling back to the last deployment that completed successfully.`,
    );
    this.event(at, `rolling back to deployment ${rollback.id}.`);
  }

  private complete(deployment: DeploymentRecord, at: number): void {
    const service = this.service;
    service.deployments = [deployment];
    deployment.status = 'PRIMARY';
    deployment.runningCount = deployment.desiredCount;
    deployment.pendingCount = 0;
    deployment.rolloutState = 'COMPLETED';
    deployment.rolloutStateReason = `ECS deployment ${deployment.id} completed.`;
    deployment.updatedAt = at;
    service.lastCompleted = deployment.taskDefinition;
    this.event(at, `(deployment ${deployment.id}) deployment completed.`);
    this.event(at, 'has reached a steady state.');
  }

  private schedule(at: number, apply: () => void): void {
    const queue = this.service.queue;
    let index = queue.findIndex((entry) => entry.at > at);
    if (index === -1) index = queue.length;
    queue.splice(index, 0, { at, apply });
  }

  private event(at: number, message: string): void {
    const events = this.service.events;
    events.unshift({
      id: taskId().slice(0, 8),
      createdAt: at,
      message: `(service ${this.service.name}) ${message}`,
    });
    if (events.length > maxEvents) events.length = maxEvents;
  }

  private tasks(count: number): string {
    return Array.from({ length: Math.min(count, 3) }, () => `(task ${taskId()})`).join(' ');
  }

  private snapshot(at: number): void {
    const tasks = this.service.deployments
      .filter((deployment) => deployment.runningCount > 0)
      .map((deployment) => ({
        taskDefinitionArn: deployment.taskDefinition,
        running: deployment.runningCount,
      }));
    this.service.serving.push({ at, tasks });
  }
}
