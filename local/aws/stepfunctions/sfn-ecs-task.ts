import type { LocalEcs } from '../ecs/ecs.js';
import { AwsError, isObject, type Json } from '../protocol.js';
import { runServiceTask, type ServiceTaskRun, TaskError } from './sfn-service-task.js';

export const ecsRunTaskSyncResource = 'arn:aws:states:::ecs:runTask.sync';

/** Step Functions passes ECS parameters in PascalCase; the API takes camelCase. */
export function camelKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelKeys);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      `${key.charAt(0).toLowerCase()}${key.slice(1)}`,
      camelKeys(inner),
    ]),
  );
}

/** And returns ECS's answers in PascalCase, timestamps as epoch milliseconds. */
export function pascalKeys(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((inner) => pascalKeys(inner));
  if (typeof value === 'number' && /At$/.test(key)) return Math.round(value * 1000);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([inner, innerValue]) => [
      `${inner.charAt(0).toUpperCase()}${inner.slice(1)}`,
      pascalKeys(innerValue, inner),
    ]),
  );
}

/**
 * ecs:runTask.sync: RunTask with the state's parameters, then wait until the task stops and return it as
 * DescribeTasks describes it (PascalCase). An ECS error fails the state as ECS.<exception>, a RunTask that
 * places nothing (Failures) as AmazonECS.Unknown; a container exiting non-zero does not fail it (the result
 * says so). A timeout or a stopped execution stops the task, as Step Functions does.
 */
export function ecsRunTaskSync(run: ServiceTaskRun, parameters: unknown, ecs: LocalEcs): Promise<unknown> {
  const timeout = run.timeoutSeconds;
  let started: string | undefined;
  const stop = (reason: string) => {
    if (started) ecs.tasks.stopNow(started, 'UserInitiated', reason);
  };
  run.onAbort(() => stop('Execution was stopped.'));
  return runServiceTask(
    run,
    { resourceType: 'ecs', resource: 'runTask.sync' },
    parameters,
    async ({ submitted, ended }) => {
      let answer: Json;
      try {
        answer = ecs.runTask(camelKeys(isObject(parameters) ? parameters : {}) as Json);
      } catch (error) {
        if (error instanceof AwsError)
          throw new TaskError(
            `ECS.${error.code}`,
            `${error.message} (Service: AmazonECS; Status Code: ${error.status}; Error Code: ${error.code})`,
          );
        throw error;
      }
      const failures = answer.failures as Json[];
      const tasks = answer.tasks as Json[];
      if (failures.length > 0 || tasks.length === 0)
        throw new TaskError('AmazonECS.Unknown', JSON.stringify(pascalKeys(answer)));
      submitted(pascalKeys(answer));
      started = String(tasks[0]!.taskArn);
      void ended.then(() => stop('Task stopped by Step Functions: the state ended (timeout).'));
      await ecs.tasks.stopped(started);
      return pascalKeys(ecs.tasks.described(started));
    },
    timeout === undefined ? undefined : run.clock.realMs(timeout),
  );
}
