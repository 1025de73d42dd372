import { randomUUID } from 'node:crypto';
import type { Place } from './appmesh.js';
import type { SimClock } from './clock.js';
import { invokeLambda } from './lambda-invoker.js';
import type { LambdaHandler } from './lambdas.js';

/** The fields of an ended execution the event carries. */
export interface EndedExecution {
  executionArn: string;
  stateMachineArn: string;
  name: string;
  status: string;
  startDate: number;
  stopDate: number;
  input: string;
  output?: string;
  error?: string;
  cause?: string;
}

/** One delivery of a status-change event to the guard. */
export interface GuardInvocation {
  executionArn: string;
  status: string;
  at: number;
  attempts: number;
  result?: unknown;
  error?: string;
}

/** The statuses the orchestrator's EventBridge rule matches (infra/construct.ts). */
export const guardedStatuses = ['ABORTED', 'TIMED_OUT', 'FAILED'];

const maxAttempts = 3;

/** "Step Functions Execution Status Change", as EventBridge delivers it to a Lambda target. */
export function statusChangeEvent(place: Place, execution: EndedExecution, at: number) {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'Step Functions Execution Status Change',
    source: 'aws.states',
    account: place.account,
    time: new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    region: place.region,
    resources: [execution.executionArn],
    detail: {
      executionArn: execution.executionArn,
      stateMachineArn: execution.stateMachineArn,
      name: execution.name,
      status: execution.status,
      startDate: execution.startDate,
      stopDate: execution.stopDate,
      input: execution.input,
      output: execution.output ?? null,
      inputDetails: { included: true },
      outputDetails: execution.output === undefined ? null : { included: true },
      error: execution.error ?? null,
      cause: execution.cause ?? null,
    },
  };
}

/**
 * The orchestrator's rule and target: an execution that ended ABORTED, TIMED_OUT or FAILED invokes the guard
 * Lambda, retried on failure (EventBridge retries a failed Lambda target).
 */
export class GuardRule {
  readonly invocations: GuardInvocation[] = [];
  private enabled = true;

  constructor(
    private readonly place: Place,
    private readonly clock: SimClock,
    private readonly guard: LambdaHandler | undefined,
    private readonly functionArn: string,
  ) {}

  /** When the stack stops: executions it aborts are not rolled back against a closed endpoint. */
  disable(): void {
    this.enabled = false;
  }

  async deliver(execution: EndedExecution): Promise<void> {
    if (!this.enabled || !this.guard || !guardedStatuses.includes(execution.status)) return;
    const record: GuardInvocation = {
      executionArn: execution.executionArn,
      status: execution.status,
      at: this.clock.nowMs(),
      attempts: 0,
    };
    this.invocations.push(record);
    const event = statusChangeEvent(this.place, execution, this.clock.nowMs());
    // Bounded: EventBridge's retries, shortened.
    while (this.enabled && record.attempts < maxAttempts) {
      record.attempts += 1;
      const outcome = await invokeLambda(this.guard, this.functionArn, event, 180);
      if ('output' in outcome) {
        record.result = outcome.output;
        delete record.error;
        return;
      }
      record.error = outcome.error.message;
      await this.clock.sleep(30 * record.attempts);
    }
  }
}
