import {
  DescribeExecutionCommand,
  type ExecutionStatus,
  ListExecutionsCommand,
  type SFNClient,
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

/** The one place that talks to Step Functions: the one-canary-per-route lock and the guard read executions. */
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
}
