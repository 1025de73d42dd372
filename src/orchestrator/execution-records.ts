import {
  DescribeExecutionCommand,
  type ExecutionStatus,
  ListExecutionsCommand,
  type SFNClient,
  StopExecutionCommand,
} from '@aws-sdk/client-sfn';
import { callAws } from '../errors.js';
import { type RetryPolicy, retry, throttledOrServerError } from '../retry.js';

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
 * What the lock and the guard ask of Step Functions: list executions, read one, stop one. Its own class so a
 * bundle that needs no more (the guard's) carries none of the other commands' schemas.
 */
export class ExecutionRecords {
  constructor(
    protected readonly client: SFNClient,
    /** Throttling and 5xx are retried (never read as "no execution"); tests shorten the timing. */
    private readonly retryTiming: Omit<RetryPolicy, 'retryable'> = {},
  ) {}

  /** One call, retried with backoff on throttling and 5xx, its failure saying what was being done. */
  protected call<T>(doing: string, send: () => Promise<T>): Promise<T> {
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

  async stop(executionArn: string, error: string, cause: string): Promise<void> {
    await this.call(`stopping execution ${executionArn}`, () =>
      this.client.send(new StopExecutionCommand({ executionArn, error, cause })),
    );
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
}
