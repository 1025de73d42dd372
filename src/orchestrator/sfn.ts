import {
  DescribeStateMachineCommand,
  GetExecutionHistoryCommand,
  type HistoryEvent,
  SendTaskFailureCommand,
  SendTaskSuccessCommand,
  StartExecutionCommand,
} from '@aws-sdk/client-sfn';
import { AwsCallError } from '../errors.js';
import { ExecutionRecords } from './execution-records.js';
import { allowlistOf, type HookAllowlist } from './hooks/allowlist.js';

/** A task token that no longer answers: the task timed out, was answered, or its execution ended. */
const taskGoneErrors = new Set(['TaskTimedOut', 'TaskDoesNotExist', 'InvalidToken']);

export type { ExecutionDetails, ExecutionSummary } from './execution-records.js';

/**
 * The one place that talks to Step Functions: the lock and the guard read executions (ExecutionRecords); the
 * Action starts, follows and stops them, and the hold answers its paused task.
 */
export class Executions extends ExecutionRecords {
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
