import {
  DescribeExecutionCommand,
  type ExecutionStatus,
  GetExecutionHistoryCommand,
  type HistoryEvent,
  ListExecutionsCommand,
  type SFNClient,
  StartExecutionCommand,
  StopExecutionCommand,
} from '@aws-sdk/client-sfn';
import { callAws } from '../errors.js';

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
  constructor(private readonly client: SFNClient) {}

  async listRunning(stateMachineArn: string): Promise<ExecutionSummary[]> {
    const running: ExecutionSummary[] = [];
    let nextToken: string | undefined;
    do {
      const page = await callAws(`listing the running executions of ${stateMachineArn}`, () =>
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
    const output = await callAws(`describing execution ${executionArn}`, () =>
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
    const output = await callAws(`starting execution ${name} of ${stateMachineArn}`, () =>
      this.client.send(new StartExecutionCommand({ stateMachineArn, name, input: JSON.stringify(input) })),
    );
    return { executionArn: output.executionArn ?? '', startDate: output.startDate ?? new Date() };
  }

  async stop(executionArn: string, error: string, cause: string): Promise<void> {
    await callAws(`stopping execution ${executionArn}`, () =>
      this.client.send(new StopExecutionCommand({ executionArn, error, cause })),
    );
  }

  /** One page of history, oldest first; pass the returned token to read on from where this page ended. */
  async historyPage(
    executionArn: string,
    nextToken?: string,
  ): Promise<{ events: HistoryEvent[]; nextToken?: string }> {
    const output = await callAws(`reading the history of ${executionArn}`, () =>
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

  /** The most recent executions with a status, newest first (one page: enough to find the last canary). */
  async listRecent(
    stateMachineArn: string,
    status: ExecutionStatus,
    maxResults = 50,
  ): Promise<ExecutionSummary[]> {
    const page = await callAws(`listing the ${status.toLowerCase()} executions of ${stateMachineArn}`, () =>
      this.client.send(new ListExecutionsCommand({ stateMachineArn, statusFilter: status, maxResults })),
    );
    return (page.executions ?? [])
      .filter((execution) => execution.executionArn && execution.startDate)
      .map((execution) => ({ executionArn: execution.executionArn!, startDate: execution.startDate! }));
  }
}
