import { randomUUID } from 'node:crypto';
import {
  ExecutionAbortedError,
  ExecutionTimeoutError,
  StateMachine,
  type StateMachineDefinition,
} from 'aws-local-stepfunctions';
import type { SimClock } from '../../clock.js';
import type { LocalEcs } from '../ecs/ecs.js';
import type { EndedExecution, GuardRule } from '../eventbridge/eventbridge.js';
import { type InvocationError, invokeLambda } from '../lambda/lambda-invoker.js';
import type { LambdaHandler } from '../lambda/lambdas.js';
import type { Place } from '../protocol.js';
import { AwsError, epochSeconds, isObject, type Json, type JsonOperation, pageOf } from '../protocol.js';
import { CallbackTasks, lambdaCallbackResource } from './sfn-callbacks.js';
import { ecsRunTaskSync, ecsRunTaskSyncResource } from './sfn-ecs-task.js';
import { type EngineEvent, ExecutionHistory } from './sfn-history.js';
import { type HttpTaskServices, httpInvokeResource, httpInvokeTask } from './sfn-http-task.js';
import { lambdaInvokeResource, lambdaInvokeTask } from './sfn-lambda-task.js';
import { TaskError } from './sfn-service-task.js';
import { readPath, waitOverrides } from './sfn-timing.js';

type Status = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';
const statuses: Status[] = ['RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED'];

interface StateMachineRecord {
  arn: string;
  name: string;
  definition: StateMachineDefinition;
  roleArn: string;
  createdAt: number;
}

export interface ExecutionRecord {
  arn: string;
  name: string;
  stateMachineArn: string;
  input: string;
  status: Status;
  startDate: number;
  stopDate?: number;
  output?: string;
  error?: string;
  cause?: string;
  history: ExecutionHistory;
  abort?: () => void;
  /** Resolves when the execution has ended, its history is complete and the guard (if any) has run. */
  settled: Promise<void>;
}

/** The services the optimized integrations reach: the local ECS, EventBridge connections and HTTPS trust. */
export interface IntegrationServices {
  ecs?: LocalEcs;
  http?: HttpTaskServices;
}

/** Resources whose tasks the stack runs itself, timeouts included (on the simulated clock). */
const integrationResources = [lambdaInvokeResource, ecsRunTaskSyncResource, httpInvokeResource];
const selfTimedResources = new Set([lambdaCallbackResource, ...integrationResources]);

const maxInputBytes = 256 * 1024;
// Step Functions refuses whitespace, brackets, wildcards, these punctuation marks and control characters.
const namePattern = /^[^\s<>{}[\]?*"#%\\^|~`$&,;:/\p{Cc}]{1,80}$/u;
const arnPattern = /^arn:aws[a-z-]*:states:[a-z0-9-]+:\d{12}:(stateMachine|execution):[^:]+(:[^:]+)?$/;

function invalidArn(arn: unknown): AwsError {
  return new AwsError('InvalidArn', `Invalid Arn: '${String(arn)}'`, 400);
}

/**
 * Step Functions (JSON 1.0): the execution operations the project calls, running the real definition with
 * aws-local-stepfunctions. Task states invoke the project's Lambda handlers in-process; Wait states and
 * retry intervals run on the simulated clock; an execution that ends ABORTED, TIMED_OUT or FAILED is
 * delivered to the guard as EventBridge would.
 */
export class LocalStepFunctions {
  private readonly machines = new Map<string, StateMachineRecord>();
  private readonly executions = new Map<string, ExecutionRecord>();
  private readonly callbacks: CallbackTasks;
  /** What stops each running execution's service integration tasks. */
  private readonly taskAborts = new Map<string, Array<() => void>>();

  constructor(
    private readonly place: Place,
    private readonly clock: SimClock,
    private readonly lambdas: Map<string, LambdaHandler>,
    private readonly guardRule: GuardRule,
    private readonly services: IntegrationServices = {},
  ) {
    this.callbacks = new CallbackTasks(clock, lambdas);
  }

  createStateMachine(name: string, definition: StateMachineDefinition): string {
    const arn = `arn:aws:states:${this.place.region}:${this.place.account}:stateMachine:${name}`;
    // Validated as CreateStateMachine would (aws-local-stepfunctions runs asl-validator).
    new StateMachine(definition);
    this.machines.set(arn, {
      arn,
      name,
      definition,
      roleArn: `arn:aws:iam::${this.place.account}:role/${name}-role`,
      createdAt: this.clock.nowMs(),
    });
    return arn;
  }

  /** UpdateStateMachine's definition change: executions started from now on run it. */
  redefine(arn: string, definition: StateMachineDefinition): void {
    const machine = this.machines.get(arn);
    if (!machine) throw new Error(`no state machine ${arn}`);
    new StateMachine(definition);
    machine.definition = definition;
  }

  execution(arn: string): ExecutionRecord | undefined {
    return this.executions.get(arn);
  }

  allExecutions(): ExecutionRecord[] {
    return [...this.executions.values()];
  }

  /** Waits until every execution so far has ended and its guard delivery is done. */
  async settled(): Promise<void> {
    await Promise.all([...this.executions.values()].map((execution) => execution.settled));
  }

  operations(): Record<string, JsonOperation> {
    return {
      DescribeStateMachine: (input) => this.describeStateMachine(input),
      StartExecution: (input) => this.startExecution(input),
      DescribeExecution: (input) => this.describeExecution(input),
      ListExecutions: (input) => this.listExecutions(input),
      GetExecutionHistory: (input) => this.getExecutionHistory(input),
      StopExecution: (input) => this.stopExecution(input),
      SendTaskSuccess: (input) => this.callbacks.sendTaskSuccess(input),
      SendTaskFailure: (input) => this.callbacks.sendTaskFailure(input),
    };
  }

  startExecution(input: Json): Json {
    const machine = this.machine(input.stateMachineArn);
    const name = input.name === undefined ? randomUUID() : String(input.name);
    if (!namePattern.test(name)) throw new AwsError('InvalidName', `Invalid Name: '${name}'`, 400);
    const text = input.input === undefined ? '{}' : String(input.input);
    if (Buffer.byteLength(text) > maxInputBytes)
      throw new AwsError('InvalidExecutionInput', 'The input exceeds the maximum size of 262144 bytes.', 400);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new AwsError(
        'InvalidExecutionInput',
        `Invalid State Machine Execution Input: '${text.slice(0, 80)}'`,
        400,
      );
    }
    const arn = `arn:aws:states:${this.place.region}:${this.place.account}:execution:${machine.name}:${name}`;
    const existing = this.executions.get(arn);
    if (existing) {
      // Idempotent for a running execution with the same input; otherwise the name is taken.
      if (existing.status === 'RUNNING' && existing.input === text)
        return { executionArn: arn, startDate: epochSeconds(existing.startDate) };
      throw new AwsError('ExecutionAlreadyExists', `Execution Already Exists: '${arn}'`, 400);
    }
    const record = this.run(machine, arn, name, text, parsed);
    return { executionArn: arn, startDate: epochSeconds(record.startDate) };
  }

  describeExecution(input: Json): Json {
    const execution = this.find(input.executionArn);
    return {
      executionArn: execution.arn,
      stateMachineArn: execution.stateMachineArn,
      name: execution.name,
      status: execution.status,
      startDate: epochSeconds(execution.startDate),
      ...(execution.stopDate !== undefined ? { stopDate: epochSeconds(execution.stopDate) } : {}),
      input: execution.input,
      inputDetails: { included: true },
      ...(execution.output !== undefined
        ? { output: execution.output, outputDetails: { included: true } }
        : {}),
      ...(execution.error !== undefined ? { error: execution.error } : {}),
      ...(execution.cause !== undefined ? { cause: execution.cause } : {}),
      redriveCount: 0,
      redriveStatus: 'NOT_REDRIVABLE',
    };
  }

  describeStateMachine(input: Json): Json {
    const machine = this.machine(input.stateMachineArn);
    return {
      stateMachineArn: machine.arn,
      name: machine.name,
      status: 'ACTIVE',
      definition: JSON.stringify(machine.definition),
      roleArn: machine.roleArn,
      type: 'STANDARD',
      creationDate: epochSeconds(machine.createdAt),
    };
  }

  listExecutions(input: Json): Json {
    const machine = this.machine(input.stateMachineArn);
    const filter = input.statusFilter;
    if (filter !== undefined && !statuses.includes(filter as Status))
      throw new AwsError(
        'ValidationException',
        `Value '${String(filter)}' at 'statusFilter' failed to satisfy constraint`,
        400,
      );
    const all = [...this.executions.values()]
      .filter((execution) => execution.stateMachineArn === machine.arn)
      .filter((execution) => filter === undefined || execution.status === filter)
      .sort((a, b) => b.startDate - a.startDate);
    const token = typeof input.nextToken === 'string' ? input.nextToken : undefined;
    const { page, nextToken } = pageOf(all, maxResultsOf(input.maxResults), token, 'InvalidToken');
    return {
      executions: page.map((execution) => ({
        executionArn: execution.arn,
        stateMachineArn: execution.stateMachineArn,
        name: execution.name,
        status: execution.status,
        startDate: epochSeconds(execution.startDate),
        ...(execution.stopDate !== undefined ? { stopDate: epochSeconds(execution.stopDate) } : {}),
      })),
      ...(nextToken ? { nextToken } : {}),
    };
  }

  getExecutionHistory(input: Json): Json {
    const execution = this.find(input.executionArn);
    const events = execution.history.list(input.includeExecutionData !== false);
    if (input.reverseOrder === true) events.reverse();
    const token = typeof input.nextToken === 'string' ? input.nextToken : undefined;
    const { page, nextToken } = pageOf(events, maxResultsOf(input.maxResults), token, 'InvalidToken');
    return { events: page, ...(nextToken ? { nextToken } : {}) };
  }

  /** Stopping an execution that has already ended changes nothing; its stop date is returned. */
  stopExecution(input: Json): Json {
    const execution = this.find(input.executionArn);
    if (execution.status !== 'RUNNING')
      return { stopDate: epochSeconds(execution.stopDate ?? this.clock.nowMs()) };
    const error = typeof input.error === 'string' ? input.error : undefined;
    const cause = typeof input.cause === 'string' ? input.cause : undefined;
    if (error !== undefined && error.length > 256)
      throw new AwsError('ValidationException', 'error is longer than 256', 400);
    execution.status = 'ABORTED';
    execution.stopDate = this.clock.nowMs();
    if (error !== undefined) execution.error = error;
    if (cause !== undefined) execution.cause = cause;
    execution.history.stopRequested(error, cause);
    execution.abort?.();
    this.abortTasks(execution.arn);
    return { stopDate: epochSeconds(execution.stopDate) };
  }

  /** Ends the execution's waiting tasks: callbacks answer no more, hook tasks in ECS are stopped. */
  abortTasks(executionArn: string): void {
    this.callbacks.abort(executionArn);
    for (const abort of this.taskAborts.get(executionArn) ?? []) abort();
    this.taskAborts.delete(executionArn);
  }

  // ---- internals ----------------------------------------------------------------------------

  private machine(arn: unknown): StateMachineRecord {
    if (typeof arn !== 'string' || !arnPattern.test(arn) || !arn.includes(':stateMachine:'))
      throw invalidArn(arn);
    const machine = this.machines.get(arn);
    if (!machine)
      throw new AwsError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${arn}'`, 400);
    return machine;
  }

  private find(arn: unknown): ExecutionRecord {
    if (typeof arn !== 'string' || !arnPattern.test(arn) || !arn.includes(':execution:'))
      throw invalidArn(arn);
    const execution = this.executions.get(arn);
    if (!execution) throw new AwsError('ExecutionDoesNotExist', `Execution Does Not Exist: '${arn}'`, 400);
    return execution;
  }

  private run(
    machine: StateMachineRecord,
    arn: string,
    name: string,
    text: string,
    input: unknown,
  ): ExecutionRecord {
    const startDate = this.clock.nowMs();
    const history = new ExecutionHistory(this.place.region);
    history.started(startDate, text, machine.roleArn);
    const record = {
      arn,
      name,
      stateMachineArn: machine.arn,
      input: text,
      status: 'RUNNING',
      startDate,
      history,
    } as ExecutionRecord;
    this.executions.set(arn, record);

    const tasks = Object.entries(machine.definition.States).filter(([, state]) => state.Type === 'Task');
    const failures = new Map<string, number>();
    let lastTask = '';
    const taskContext = this.callbacks.taskContext();
    const handlers = Object.fromEntries(
      tasks.map(([stateName, state]) => {
        const resource = String((state as { Resource: string }).Resource);
        if (resource === lambdaCallbackResource) {
          const { TimeoutSeconds, TimeoutSecondsPath } = state as {
            TimeoutSeconds?: number;
            TimeoutSecondsPath?: string;
          };
          // The document never changes during the execution: a path into it reads the execution input.
          const timeout =
            TimeoutSeconds ?? (TimeoutSecondsPath ? readPath(TimeoutSecondsPath, input) : undefined);
          return [
            stateName,
            this.callbacks.handler({
              executionArn: arn,
              state: stateName,
              timeoutSeconds: typeof timeout === 'number' ? timeout : undefined,
              history,
              takeToken: () => taskContext.take(),
            }),
          ];
        }
        if (integrationResources.includes(resource)) {
          const integration = this.integrationHandler(resource, stateName, state, arn, history, input);
          return [
            stateName,
            async (parameters: unknown) => {
              // Failed attempts of this visit, for the Retry backoff.
              if (lastTask !== stateName) failures.set(stateName, 0);
              lastTask = stateName;
              try {
                const output = await integration(parameters);
                failures.set(stateName, 0);
                return output;
              } catch (error) {
                failures.set(stateName, (failures.get(stateName) ?? 0) + 1);
                throw error;
              }
            },
          ];
        }
        return [
          stateName,
          async (payload: unknown) => {
            if (lastTask !== stateName) failures.set(stateName, 0);
            lastTask = stateName;
            const handler = this.lambdas.get(resource);
            const attempt = {
              state: stateName,
              resource,
              input: JSON.stringify(payload ?? null),
              scheduledAt: this.clock.nowMs(),
            };
            const outcome = handler
              ? await invokeLambda(handler, resource, payload)
              : { error: missingFunction(resource) };
            const endedAt = this.clock.nowMs();
            if ('error' in outcome) {
              failures.set(stateName, (failures.get(stateName) ?? 0) + 1);
              history.attempt({
                ...attempt,
                endedAt,
                error: { error: outcome.error.name, cause: outcome.error.message, timedOut: false },
              });
              throw outcome.error;
            }
            failures.set(stateName, 0);
            history.attempt({ ...attempt, endedAt, output: outcome.text });
            return outcome.output;
          },
        ];
      }),
    );

    // Validated once, at creation: asl-validator takes long enough to show on the simulated clock.
    const engine = new StateMachine(withoutCallbackTimeouts(machine.definition), {
      validationOptions: { noValidate: true },
    });
    const execution = engine.run(input as Parameters<StateMachine['run']>[0], {
      overrides: {
        // biome-ignore lint/suspicious/noExplicitAny: handlers return JSON values
        taskResourceLocalHandlers: handlers as any,
        ...waitOverrides(machine.definition, input, this.clock, (state) => failures.get(state) ?? 0),
      },
      context: {
        Execution: { Id: arn, Name: name, RoleArn: machine.roleArn },
        StateMachine: { Id: machine.arn, Name: machine.name },
        Task: taskContext,
      },
    });
    record.abort = execution.abort;

    const drained = (async () => {
      for await (const event of execution.eventLogs) history.engine(event as EngineEvent);
    })();
    record.settled = (async () => {
      let outcome: { status: Status; output?: string; error?: string; cause?: string };
      try {
        outcome = { status: 'SUCCEEDED', output: JSON.stringify((await execution.result) ?? null) };
      } catch (error) {
        outcome = endOf(error);
      }
      await drained;
      this.taskAborts.delete(arn);
      if (record.status === 'RUNNING') {
        record.status = outcome.status;
        record.stopDate = this.clock.nowMs();
        if (outcome.output !== undefined) record.output = outcome.output;
        const failed = failureOf(history);
        if (outcome.status === 'FAILED') {
          record.error = failed?.error ?? outcome.error;
          record.cause = failed?.cause ?? outcome.cause;
        }
      }
      await this.guardRule.deliver(this.endedExecution(record));
    })();
    return record;
  }

  /** The handler of one service integration Task state (lambda:invoke, ecs:runTask.sync, http:invoke). */
  private integrationHandler(
    resource: string,
    stateName: string,
    state: unknown,
    executionArn: string,
    history: ExecutionHistory,
    executionInput: unknown,
  ): (parameters: unknown) => Promise<unknown> {
    const { TimeoutSeconds, TimeoutSecondsPath } = state as {
      TimeoutSeconds?: number;
      TimeoutSecondsPath?: string;
    };
    return async (parameters) => {
      // Let the history take the state's entry: TimeoutSecondsPath reads the state's input.
      await new Promise((resolve) => setImmediate(resolve));
      const read = TimeoutSecondsPath
        ? readPath(TimeoutSecondsPath, history.stateInput(stateName) ?? executionInput)
        : undefined;
      const timeoutSeconds = TimeoutSeconds ?? (typeof read === 'number' ? read : undefined);
      if (TimeoutSecondsPath && timeoutSeconds === undefined)
        throw new TaskError(
          'States.Runtime',
          `TimeoutSecondsPath ${TimeoutSecondsPath} does not name a number.`,
        );
      const run = {
        history,
        clock: this.clock,
        timeoutSeconds,
        onAbort: (stop: () => void) => {
          const list = this.taskAborts.get(executionArn) ?? [];
          list.push(stop);
          this.taskAborts.set(executionArn, list);
        },
      };
      if (resource === lambdaInvokeResource)
        return lambdaInvokeTask(run, parameters, this.lambdas, this.place);
      if (resource === ecsRunTaskSyncResource) {
        if (!this.services.ecs)
          throw new TaskError('States.Runtime', 'No ECS is modelled beside this Step Functions.');
        return ecsRunTaskSync(run, parameters, this.services.ecs);
      }
      if (!this.services.http)
        throw new TaskError(
          'States.Runtime',
          'No EventBridge connections are modelled beside this Step Functions.',
        );
      return httpInvokeTask(run, parameters, this.services.http);
    };
  }

  /**
   * Delivers an ended execution's status change to the guard once more: EventBridge delivers at least once,
   * and sometimes late.
   */
  async redeliver(executionArn: string): Promise<void> {
    const record = this.find(executionArn);
    if (record.status === 'RUNNING') throw new Error(`${executionArn} has not ended`);
    await this.guardRule.deliver(this.endedExecution(record));
  }

  private endedExecution(record: ExecutionRecord): EndedExecution {
    return {
      executionArn: record.arn,
      stateMachineArn: record.stateMachineArn,
      name: record.name,
      status: record.status,
      startDate: record.startDate,
      stopDate: record.stopDate ?? this.clock.nowMs(),
      input: record.input,
      ...(record.output !== undefined ? { output: record.output } : {}),
      ...(record.error !== undefined ? { error: record.error } : {}),
      ...(record.cause !== undefined ? { cause: record.cause } : {}),
    };
  }
}

function missingFunction(resource: string): InvocationError {
  const payload = {
    errorType: 'Lambda.ResourceNotFoundException',
    errorMessage: `Function not found: ${resource}`,
    trace: [],
  };
  return Object.assign(new Error(JSON.stringify(payload)), {
    name: 'Lambda.ResourceNotFoundException',
  }) as InvocationError;
}

function endOf(error: unknown): { status: Status; error?: string; cause?: string } {
  if (error instanceof ExecutionAbortedError) return { status: 'ABORTED' };
  if (error instanceof ExecutionTimeoutError) return { status: 'TIMED_OUT', error: 'States.Timeout' };
  return {
    status: 'FAILED',
    error: 'States.Runtime',
    cause: error instanceof Error ? error.message : String(error),
  };
}

/** The error and cause of the ExecutionFailed event, which DescribeExecution reports. */
function failureOf(history: ExecutionHistory): { error?: string; cause?: string } | undefined {
  const failed = history.list(true).find((event) => event.type === 'ExecutionFailed');
  const details = failed?.executionFailedEventDetails;
  if (!isObject(details)) return undefined;
  return {
    ...(typeof details.error === 'string' ? { error: details.error } : {}),
    ...(typeof details.cause === 'string' ? { cause: details.cause } : {}),
  };
}

function maxResultsOf(value: unknown): number {
  if (value === undefined || value === 0) return 100;
  if (!Number.isInteger(value) || (value as number) < 0 || (value as number) > 1000)
    throw new AwsError(
      'ValidationException',
      "Value at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 1000",
      400,
    );
  return value as number;
}

/**
 * The definition the engine runs: callback and service integration tasks time out on the simulated clock
 * (CallbackTasks, runServiceTask), not on the engine's real-time timers, which would also read TimeoutSecondsPath from the Parameters' output.
 */
function withoutCallbackTimeouts(definition: StateMachineDefinition): StateMachineDefinition {
  const states = Object.fromEntries(
    Object.entries(definition.States).map(([name, state]) => {
      if (!selfTimedResources.has(String((state as { Resource?: string }).Resource))) return [name, state];
      const {
        TimeoutSeconds: _seconds,
        TimeoutSecondsPath: _path,
        ...rest
      } = state as unknown as Record<string, unknown>;
      return [name, rest];
    }),
  );
  // The execution timeout is the deployed definition's fact, not simulated: no canary here runs for days.
  const { TimeoutSeconds: _timeout, ...rest } = definition as StateMachineDefinition & {
    TimeoutSeconds?: number;
  };
  return { ...rest, States: states } as StateMachineDefinition;
}
