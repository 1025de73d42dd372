import type { LocalEcs } from '../aws/ecs/ecs.js';
import type { TaskRunContext, TaskScript } from '../aws/ecs/ecs-tasks.js';
import type { HookInvocations } from './hook-invocations.js';
import type { Hooks, HookTaskDefinition } from './hook-schema.js';

/** A hook task definition as RegisterTaskDefinition takes it: Fargate, awsvpc, its containers. */
export function hookTaskDefinitionInput(hook: HookTaskDefinition) {
  return {
    family: hook.family,
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    containerDefinitions: hook.containers.map((container) => ({
      name: container.name,
      image: container.image,
      essential: container.essential,
    })),
  };
}

/** image matches by full name or repository:tag, as scenario versions do. */
function sameImage(actual: string | undefined, wanted: string): boolean {
  if (!actual) return false;
  return actual === wanted || actual.split('/').pop() === wanted;
}

/**
 * Scripts the standalone tasks of ECS from the scenario's hook task definitions: each run's exit codes by the
 * first rule a container's exitCodeWhen matches (the canary's image now, the environment the task was given),
 * its duration and failure; recorded with each container's environment. Task definitions the scenario does
 * not script run 60 s and exit 0.
 */
export function scriptHookTasks(ecs: LocalEcs, hooks: () => Hooks, invocations: HookInvocations): void {
  ecs.tasks.script((run: TaskRunContext): TaskScript => {
    const current = hooks();
    const hook = current.taskDefinitions.find((one) => one.family === run.family);
    const environment = Object.fromEntries(
      run.containers.map((container) => [container.name, container.environment]),
    );
    if (!hook) {
      invocations.record('task', run.family, environment, 'not scripted: exits 0 after 60 s');
      return { startSeconds: 30, runSeconds: 60, exitCodes: {} };
    }
    if (hook.failure) {
      invocations.record('task', run.family, environment, `not placed: ${hook.failure}`);
      return { startSeconds: 0, runSeconds: 0, exitCodes: {}, failure: hook.failure };
    }
    const canary = canaryImage(ecs, current.canary);
    const exitCodes: Record<string, number> = {};
    const reasons: Record<string, string> = {};
    for (const container of hook.containers) {
      const given = environment[container.name] ?? {};
      const rule = container.exitCodeWhen.find(
        (one) =>
          (one.canaryImage === undefined || sameImage(canary, one.canaryImage)) &&
          Object.entries(one.environment ?? {}).every(([key, value]) => given[key] === value),
      );
      exitCodes[container.name] = rule ? rule.exitCode : container.exitCode;
      if (container.reason) reasons[container.name] = container.reason;
    }
    const runSeconds = hook.runSeconds === 'never' ? undefined : hook.runSeconds;
    const containerSeconds = Object.fromEntries(
      hook.containers
        .filter((container) => container.runSeconds !== undefined)
        .map((container) => [
          container.name,
          container.runSeconds === 'never' ? Number.POSITIVE_INFINITY : (container.runSeconds as number),
        ]),
    );
    const codes = Object.entries(exitCodes)
      .map(([name, code]) => `${name} ${code}`)
      .join(', ');
    invocations.record(
      'task',
      run.family,
      environment,
      Object.keys(containerSeconds).length > 0
        ? `${Object.entries(containerSeconds)
            .map(
              ([name, seconds]) =>
                `${name} runs ${Number.isFinite(seconds) ? `${seconds} s` : 'until stopped'}`,
            )
            .join(
              ', ',
            )}, others ${runSeconds === undefined ? 'until stopped' : `${runSeconds} s`}; scripted exit codes ${codes}`
        : runSeconds === undefined
          ? 'runs until stopped'
          : `exits after ${runSeconds} s: ${codes}`,
    );
    return { startSeconds: hook.startSeconds, runSeconds, containerSeconds, exitCodes, reasons };
  });
}

function canaryImage(ecs: LocalEcs, canary: Hooks['canary']): string | undefined {
  try {
    return ecs.appImageOf(ecs.serviceRecord(canary.cluster, canary.service).taskDefinition);
  } catch {
    return undefined;
  }
}
