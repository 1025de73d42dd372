import { epochSeconds, type Json } from '../protocol.js';

/** One Lambda invocation of a Task state, as the stack's invoker saw it. */
export interface LambdaAttempt {
  state: string;
  resource: string;
  input: string;
  scheduledAt: number;
  endedAt?: number;
  output?: string;
  error?: { error: string; cause: string; timedOut: boolean };
}

/** An event of aws-local-stepfunctions' log, as far as the history needs it. */
export interface EngineEvent {
  type: string;
  timestamp: number;
  state?: { name: string; type: string; input?: unknown; output?: unknown };
  Error?: string;
  Cause?: unknown;
  output?: unknown;
}

/** How Step Functions names a service integration in Task* events: `lambda` + `invoke`, `ecs` + `runTask.sync`. */
export interface TaskResource {
  resourceType: string;
  resource: string;
}

interface StoredEvent {
  type: string;
  at: number;
  details?: Record<string, Json>;
}

const data = (value: unknown) => JSON.stringify(value ?? null);
const untruncated = { truncated: false };

/**
 * The execution history as Step Functions records it: {Type}StateEntered/Exited, for Task states whose
 * Resource is a Lambda function ARN LambdaFunctionScheduled/Started/Succeeded/Failed/TimedOut, for service
 * integrations TaskScheduled/Started/Submitted/Succeeded/Failed/TimedOut, the Execution* events with their
 * details, and {Type}StateAborted when the execution is stopped mid-state.
 */
export class ExecutionHistory {
  private readonly events: StoredEvent[] = [];
  private readonly pending = new Map<string, LambdaAttempt[]>();
  private current: { name: string; type: string } | undefined;
  private readonly inputs = new Map<string, unknown>();

  constructor(private readonly region = 'us-west-2') {}
  private stop: { error?: string; cause?: string } = {};

  started(at: number, input: string, roleArn: string): void {
    this.push('ExecutionStarted', at, {
      executionStartedEventDetails: { input, inputDetails: untruncated, roleArn },
    });
  }

  /** The invoker announces each attempt before the engine reports its outcome. */
  attempt(attempt: LambdaAttempt): void {
    const queue = this.pending.get(attempt.state) ?? [];
    queue.push(attempt);
    this.pending.set(attempt.state, queue);
  }

  /** Translates one engine event, in the order the engine logged them. */
  engine(event: EngineEvent): void {
    const state = event.state;
    switch (event.type) {
      case 'StateEntered':
        if (!state) return;
        this.current = { name: state.name, type: state.type };
        this.inputs.set(state.name, state.input);
        this.push(`${state.type}StateEntered`, event.timestamp, {
          stateEnteredEventDetails: { name: state.name, input: data(state.input), inputDetails: untruncated },
        });
        return;
      case 'StateFailed':
        if (state?.type === 'Task') this.lambdaEvents(state.name);
        return;
      case 'StateExited':
        if (!state) return;
        if (state.type === 'Task') this.lambdaEvents(state.name);
        this.current = undefined;
        this.push(`${state.type}StateExited`, event.timestamp, {
          stateExitedEventDetails: {
            name: state.name,
            output: data(state.output),
            outputDetails: untruncated,
          },
        });
        return;
      case 'ExecutionSucceeded':
        this.push('ExecutionSucceeded', event.timestamp, {
          executionSucceededEventDetails: { output: data(event.output), outputDetails: untruncated },
        });
        return;
      case 'ExecutionFailed':
        this.push('ExecutionFailed', event.timestamp, {
          executionFailedEventDetails: {
            error: event.Error ?? 'States.Runtime',
            cause: causeText(event.Cause),
          },
        });
        return;
      case 'ExecutionAborted':
        this.abortCurrent(event.timestamp);
        this.push('ExecutionAborted', event.timestamp, {
          executionAbortedEventDetails: {
            ...(this.stop.error !== undefined ? { error: this.stop.error } : {}),
            ...(this.stop.cause !== undefined ? { cause: this.stop.cause } : {}),
          },
        });
        return;
      case 'ExecutionTimeout':
        this.abortCurrent(event.timestamp);
        this.push('ExecutionTimedOut', event.timestamp, {
          executionTimedOutEventDetails: { error: 'States.Timeout', cause: 'The execution timed out.' },
        });
        return;
      default:
        return;
    }
  }

  /** StopExecution's error and cause, for the ExecutionAborted event the engine logs next. */
  stopRequested(error: string | undefined, cause: string | undefined): void {
    this.stop = { ...(error !== undefined ? { error } : {}), ...(cause !== undefined ? { cause } : {}) };
  }

  /**
   * A service integration task (lambda:invoke, ecs:runTask.sync, http:invoke, the callback pattern) was
   * scheduled with these resolved parameters: recorded at once, as a client follows the history while the
   * task runs (the callback's token among them). The caller lets the engine's StateEntered drain first.
   */
  taskScheduled(task: TaskResource, parameters: string, at: number, timeoutSeconds?: number): void {
    this.push('TaskScheduled', at, {
      taskScheduledEventDetails: {
        ...task,
        region: this.region,
        parameters,
        ...(timeoutSeconds !== undefined ? { timeoutInSeconds: timeoutSeconds } : {}),
      },
    });
    this.push('TaskStarted', at, { taskStartedEventDetails: { ...task } });
  }

  /** The job was started (.sync) or the function returned (callback): the task goes on waiting. */
  taskSubmitted(task: TaskResource, output: string, at: number): void {
    this.push('TaskSubmitted', at, {
      taskSubmittedEventDetails: { ...task, output, outputDetails: untruncated },
    });
  }

  /** The task's outcome: its result (output), its error, or its timeout. */
  taskEnded(
    task: TaskResource,
    outcome: { output: string } | { error: string; cause: string; timedOut: boolean },
    at: number,
  ): void {
    if ('output' in outcome) {
      this.push('TaskSucceeded', at, {
        taskSucceededEventDetails: { ...task, output: outcome.output, outputDetails: untruncated },
      });
      return;
    }
    const type = outcome.timedOut ? 'TaskTimedOut' : 'TaskFailed';
    const key = outcome.timedOut ? 'taskTimedOutEventDetails' : 'taskFailedEventDetails';
    this.push(type, at, { [key]: { ...task, error: outcome.error, cause: outcome.cause } });
  }

  /** The events in AWS's shape (timestamps in epoch seconds), ids from 1. */
  list(includeData: boolean): Json[] {
    return this.events.map((event, index) => ({
      id: index + 1,
      previousEventId: index,
      timestamp: epochSeconds(event.at),
      type: event.type,
      ...(event.details ? (includeData ? event.details : withoutData(event.details)) : {}),
    }));
  }

  /** The input of the state's latest entry: what a TimeoutSecondsPath reads. */
  stateInput(state: string): unknown {
    return this.inputs.get(state);
  }

  /** Task state entries: the state transitions AWS bills are every {Type}StateEntered. */
  transitions(): number {
    return this.events.filter((event) => event.type.endsWith('StateEntered')).length;
  }

  /** Only states that take time can be caught mid-way: Task, Wait, Map, Parallel. */
  private abortCurrent(at: number): void {
    if (this.current && ['Task', 'Wait', 'Map', 'Parallel'].includes(this.current.type))
      this.push(`${this.current.type}StateAborted`, at);
    this.current = undefined;
  }

  private lambdaEvents(state: string): void {
    const attempt = this.pending.get(state)?.shift();
    if (!attempt) return;
    const ended = attempt.endedAt ?? attempt.scheduledAt;
    this.push('LambdaFunctionScheduled', attempt.scheduledAt, {
      lambdaFunctionScheduledEventDetails: {
        resource: attempt.resource,
        input: attempt.input,
        inputDetails: untruncated,
      },
    });
    this.push('LambdaFunctionStarted', attempt.scheduledAt);
    if (attempt.error?.timedOut) {
      this.push('LambdaFunctionTimedOut', ended, {
        lambdaFunctionTimedOutEventDetails: { error: attempt.error.error, cause: attempt.error.cause },
      });
    } else if (attempt.error) {
      this.push('LambdaFunctionFailed', ended, {
        lambdaFunctionFailedEventDetails: { error: attempt.error.error, cause: attempt.error.cause },
      });
    } else {
      this.push('LambdaFunctionSucceeded', ended, {
        lambdaFunctionSucceededEventDetails: { output: attempt.output ?? 'null', outputDetails: untruncated },
      });
    }
  }

  private push(type: string, at: number, details?: Record<string, Json>): void {
    this.events.push({ type, at, ...(details ? { details } : {}) });
  }
}

function causeText(cause: unknown): string {
  if (typeof cause === 'string') return cause;
  if (cause instanceof Error) return cause.message;
  return JSON.stringify(cause ?? '');
}

/** GetExecutionHistory with includeExecutionData false: inputs and outputs left out. */
function withoutData(details: Record<string, Json>): Record<string, Json> {
  const stripped: Record<string, Json> = {};
  for (const [key, value] of Object.entries(details)) {
    const copy = { ...value };
    delete copy.input;
    delete copy.output;
    stripped[key] = copy;
  }
  return stripped;
}
