import {
  DescribeExecutionCommand,
  DescribeStateMachineCommand,
  type ExecutionStatus,
  GetExecutionHistoryCommand,
  type HistoryEvent,
  ListExecutionsCommand,
  SendTaskFailureCommand,
  SendTaskSuccessCommand,
  type SFNClient,
  StartExecutionCommand,
  StopExecutionCommand,
} from '@aws-sdk/client-sfn';
import { AwsCallError, callAws } from '../errors.js';
import { type RetryPolicy, retry, throttledOrServerError } from '../retry.js';
import { allowlistOf, type HookAllowlist } from './hooks/allowlist.js';

/** A task token that no longer answers: the task timed out, was answered, or its execution ended. */
const taskGoneErrors = new Set(['TaskTimedOut', 'TaskDoesNotExist', 'InvalidToken']);

export interface ExecutionSummary {
  executionArn: string;
  startDate: Date;
}

export interface ExecutionDetails extends ExecutionSummary {
  status: ExecutionStatus | string;
  /** The execution input as JSON text; undefined when Step Functions did not return it. */
  input?: string;
  error?: string;
  cause?: string;
}

/**
 * The one place that talks to Step Functions: the lock and the guard read executions; the Action starts,
 * follows and stops them.
 */
export class Executions {
  constructor(
    private readonly client: SFNClient,
    /** Throttling and 5xx are retried (never read as "no execution"); tests shorten the timing. */
    private readonly retryTiming: Omit<RetryPolicy, 'retryable'> = {},
  ) {}

  /** One call, retried with backoff on throttling and 5xx, its failure saying what was being done. */
  private call<T>(doing: string, send: () => Promise<T>): Promise<T> {
    return callAws(doing, () => retry(send, { ...this.retryTiming, retryable: throttledOrServerError }));
  }

  async listRunning(stateMachineArn: string): Promise<ExecutionSummary[]> {
    const running: ExecutionSummary[] = [];
    let nextToken: string | undefined;
    do {
      const page = await this.call(`listing the running executions of ${stateMachineArn}`, () =>
        this.client.send(
          new ListExecutionsCommand({
            stateMachineArn,
            statusFilter: 'RUNNING',
            maxResults: 1000,
            ...(nextToken ? { nextToken } : {}),
          }),
        ),
      );
      for (const execution of page.executions ?? []) {
        if (execution.executionArn && execution.startDate) {
          running.push({ executionArn: execution.executionArn, startDate: execution.startDate });
        }
      }
      nextToken = page.nextToken;
    } while (nextToken);
    return running;
  }

  async describe(executionArn: string): Promise<ExecutionDetails> {
    const output = await this.call(`describing execution ${executionArn}`, () =>
      this.client.send(new DescribeExecutionCommand({ executionArn })),
    );
    return {
      executionArn,
      startDate: output.startDate ?? new Date(0),
      status: output.status ?? 'UNKNOWN',
      ...(output.input !== undefined ? { input: output.input } : {}),
      ...(output.error !== undefined ? { error: output.error } : {}),
      ...(output.cause !== undefined ? { cause: output.cause } : {}),
    };
  }

  async start(
    stateMachineArn: string,
    name: string,
    input: unknown,
  ): Promise<{ executionArn: string; startDate: Date }> {
    const output = await this.call(`starting execution ${name} of ${stateMachineArn}`, () =>
      this.client.send(new StartExecutionCommand({ stateMachineArn, name, input: JSON.stringify(input) })),
    );
    return { executionArn: output.executionArn ?? '', startDate: output.startDate ?? new Date() };
  }

  async stop(executionArn: string, error: string, cause: string): Promise<void> {
    await this.call(`stopping execution ${executionArn}`, () =>
      this.client.send(new StopExecutionCommand({ executionArn, error, cause })),
    );
  }

  /**
   * Completes a callback task with this output. False when the task no longer waits for the token (it timed
   * out, was completed by someone else, or its execution ended): the caller reads the state again.
   */
  async sendTaskSuccess(taskToken: string, output: unknown): Promise<boolean> {
    return this.answerTask('completing a paused task', () =>
      this.client.send(new SendTaskSuccessCommand({ taskToken, output: JSON.stringify(output) })),
    );
  }

  /** Fails a callback task with this error and cause; false when the task no longer waits for the token. */
  async sendTaskFailure(taskToken: string, error: string, cause: string): Promise<boolean> {
    return this.answerTask('failing a paused task', () =>
      this.client.send(
        new SendTaskFailureCommand({ taskToken, error: error.slice(0, 256), cause: cause.slice(0, 32_768) }),
      ),
    );
  }

  private async answerTask(doing: string, send: () => Promise<unknown>): Promise<boolean> {
    try {
      await this.call(doing, send);
      return true;
    } catch (error) {
      if (error instanceof AwsCallError && taskGoneErrors.has(error.awsErrorName ?? '')) return false;
      throw error;
    }
  }

  /** One page of history, oldest first; pass the returned token to read on from where this page ended. */
  async historyPage(
    executionArn: string,
    nextToken?: string,
  ): Promise<{ events: HistoryEvent[]; nextToken?: string }> {
    const output = await this.call(`reading the history of ${executionArn}`, () =>
      this.client.send(
        new GetExecutionHistoryCommand({
          executionArn,
          maxResults: 1000,
          reverseOrder: false,
          includeExecutionData: true,
          ...(nextToken ? { nextToken } : {}),
        }),
      ),
    );
    return { events: output.events ?? [], ...(output.nextToken ? { nextToken: output.nextToken } : {}) };
  }

  /** The newest `count` events of the history, oldest first: where an execution is now, in one call. */
  async latestEvents(executionArn: string, count: number): Promise<HistoryEvent[]> {
    const output = await this.call(`reading the history of ${executionArn}`, () =>
      this.client.send(
        new GetExecutionHistoryCommand({
          executionArn,
          maxResults: count,
          reverseOrder: true,
          includeExecutionData: true,
        }),
      ),
    );
    return (output.events ?? []).reverse();
  }

  /**
   * The most recent executions, newest first, with their status (one page: enough to find the last canary
   * on a route). `status` filters; without it every status is listed.
   */
  async listRecent(
    stateMachineArn: string,
    status?: ExecutionStatus,
    maxResults = 50,
  ): Promise<Array<ExecutionSummary & { status: string }>> {
    const what = status ? `the ${status.toLowerCase()} executions` : 'the recent executions';
    const page = await this.call(`listing ${what} of ${stateMachineArn}`, () =>
      this.client.send(
        new ListExecutionsCommand({
          stateMachineArn,
          maxResults,
          ...(status ? { statusFilter: status } : {}),
        }),
      ),
    );
    return (page.executions ?? [])
      .filter((execution) => execution.executionArn && execution.startDate)
      .map((execution) => ({
        executionArn: execution.executionArn!,
        startDate: execution.startDate!,
        status: execution.status ?? 'UNKNOWN',
      }));
  }

  /**
   * Whether the state machine exists (in this client's region) and, when it does, what its definition
   * allows: its execution timeout and its states.
   */
  async describeStateMachine(stateMachineArn: string): Promise<StateMachineFacts> {
    try {
      const output = await this.call(`describing state machine ${stateMachineArn}`, () =>
        this.client.send(new DescribeStateMachineCommand({ stateMachineArn })),
      );
      return { exists: true, ...definitionFacts(output?.definition) };
    } catch (error) {
      if (error instanceof AwsCallError && error.awsErrorName === 'StateMachineDoesNotExist') {
        return { exists: false };
      }
      throw error;
    }
  }
}

export interface StateMachineFacts {
  exists: boolean;
  timeoutSeconds?: number;
  states?: string[];
  /** The hook targets the stack may call; absent in a definition from before hooks. */
  hookAllowlist?: HookAllowlist;
}

function definitionFacts(definition: string | undefined): Omit<StateMachineFacts, 'exists'> {
  try {
    const parsed = JSON.parse(definition ?? '') as {
      TimeoutSeconds?: unknown;
      States?: Record<string, unknown>;
    };
    const hookAllowlist = allowlistOf(parsed);
    return {
      ...(typeof parsed.TimeoutSeconds === 'number' ? { timeoutSeconds: parsed.TimeoutSeconds } : {}),
      ...(parsed.States ? { states: Object.keys(parsed.States) } : {}),
      ...(hookAllowlist ? { hookAllowlist } : {}),
    };
  } catch {
    return {};
  }
}
