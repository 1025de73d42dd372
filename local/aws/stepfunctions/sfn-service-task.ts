import type { SimClock } from '../../clock.js';
import type { ExecutionHistory, TaskResource } from './sfn-history.js';

/** A task failure as the engine's Retry and Catch match it: by name; the message is the Cause. */
export class TaskError extends Error {
  constructor(name: string, cause: string) {
    super(cause);
    this.name = name;
  }
}

/** The execution was stopped: the task ends with no Task event (the engine records {Type}StateAborted). */
export class TaskAborted extends TaskError {
  constructor() {
    super('States.Aborted', 'stopped');
  }
}

/** What one run of a service integration task is given. */
export interface ServiceTaskRun {
  history: ExecutionHistory;
  clock: SimClock;
  timeoutSeconds: number | undefined;
  /** Called when the execution is stopped: the task ends (and stops what it started). */
  onAbort(stop: () => void): void;
}

/** What the integration does while its task runs; `submitted` records TaskSubmitted (.sync started). */
export type ServiceWork = (signals: {
  submitted: (output: unknown) => void;
  /** Settles when the task has ended (timed out or stopped), so the work can clean up. */
  ended: Promise<void>;
}) => Promise<unknown>;

/**
 * Runs one service integration task as Step Functions does: TaskScheduled and TaskStarted at once, then the
 * first of the work's result (TaskSucceeded), its error (TaskFailed), the state's timeout (TaskTimedOut,
 * States.Timeout) or the execution's stop. `realTimeoutMs` is how long, in real milliseconds, the timeout is:
 * simulated for scripted work, real for code that runs in real time.
 */
export async function runServiceTask(
  run: ServiceTaskRun,
  task: TaskResource,
  parameters: unknown,
  work: ServiceWork,
  realTimeoutMs: number | undefined,
): Promise<unknown> {
  // The engine logged this state's entry; let the history drain it so the events stay in order.
  await new Promise((resolve) => setImmediate(resolve));
  const { history, clock } = run;
  history.taskScheduled(task, JSON.stringify(parameters ?? null), clock.nowMs(), run.timeoutSeconds);
  let end!: (error: Error) => void;
  const stopped = new Promise<never>((_, reject) => {
    end = reject;
  });
  let settle!: () => void;
  const ended = new Promise<void>((resolve) => {
    settle = resolve;
  });
  let timer: NodeJS.Timeout | undefined;
  if (realTimeoutMs !== undefined)
    timer = setTimeout(
      () => end(new TaskError('States.Timeout', 'The task timed out.')),
      realTimeoutMs,
    ).unref();
  run.onAbort(() => end(new TaskAborted()));
  let done = false;
  const submitted = (output: unknown) => {
    if (!done) history.taskSubmitted(task, JSON.stringify(output ?? null), clock.nowMs());
  };
  try {
    const output = await Promise.race([work({ submitted, ended }), stopped]);
    done = true;
    history.taskEnded(task, { output: JSON.stringify(output ?? null) }, clock.nowMs());
    return output;
  } catch (thrown) {
    done = true;
    const error = thrown instanceof Error ? thrown : new TaskError('States.TaskFailed', String(thrown));
    if (!(error instanceof TaskAborted)) {
      const timedOut = error.name === 'States.Timeout';
      history.taskEnded(task, { error: error.name, cause: error.message, timedOut }, clock.nowMs());
    }
    throw error;
  } finally {
    clearTimeout(timer);
    settle();
    // The race's loser must not reject unhandled.
    stopped.catch(() => {});
  }
}
