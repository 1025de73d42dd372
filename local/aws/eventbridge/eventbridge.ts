import { randomUUID } from 'node:crypto';
import type { SimClock } from '../../clock.js';
import { invokeLambda } from '../lambda/lambda-invoker.js';
import type { LambdaHandler } from '../lambda/lambdas.js';
import type { Place } from '../protocol.js';

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
      await this.clock.timer(30 * record.attempts);
    }
  }
}

/** An alarm's state as CloudWatch evaluates it now. */
export interface AlarmStateNow {
  name: string;
  value: string;
  reason: string;
  at: number;
}

/** One delivery of an alarm state change to the guard. */
export interface AlarmDelivery {
  alarm: string;
  state: string;
  at: number;
  result?: unknown;
  error?: string;
}

/** "CloudWatch Alarm State Change", as EventBridge delivers it to a Lambda target. */
export function alarmStateChangeEvent(place: Place, alarm: AlarmStateNow, previous: string, at: number) {
  const time = (ms: number) => new Date(ms).toISOString().replace('Z', '+0000');
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'CloudWatch Alarm State Change',
    source: 'aws.cloudwatch',
    account: place.account,
    time: new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    region: place.region,
    resources: [`arn:aws:cloudwatch:${place.region}:${place.account}:alarm:${alarm.name}`],
    detail: {
      alarmName: alarm.name,
      state: { value: alarm.value, reason: alarm.reason, timestamp: time(at) },
      previousState: { value: previous },
    },
  };
}

/** How often the local CloudWatch re-evaluates the alarms (simulated seconds). */
const alarmTickSeconds = 10;

/**
 * The orchestrator's alarm rule and target (infra/construct.ts): CloudWatch evaluates the scenario's alarms
 * as it publishes their data, and each change to ALARM is delivered to the guard Lambda, which stops the
 * running canaries that name the alarm. Changes to OK are announced too; the rule does not match them.
 */
export class AlarmPushRule {
  readonly deliveries: AlarmDelivery[] = [];
  private readonly last = new Map<string, string>();
  private enabled = true;

  constructor(
    private readonly place: Place,
    private readonly clock: SimClock,
    private readonly guard: LambdaHandler | undefined,
    private readonly functionArn: string,
    private readonly states: () => AlarmStateNow[],
  ) {}

  /** Evaluates on the simulated clock until disabled. */
  start(): void {
    void (async () => {
      while (this.enabled) {
        await this.tick();
        await this.clock.timer(alarmTickSeconds);
      }
    })();
  }

  disable(): void {
    this.enabled = false;
  }

  /** One evaluation: an alarm seen for the first time is recorded; a change is announced. */
  async tick(): Promise<void> {
    for (const alarm of this.states()) {
      const previous = this.last.get(alarm.name);
      this.last.set(alarm.name, alarm.value);
      if (previous === undefined || previous === alarm.value) continue;
      if (alarm.value !== 'ALARM' || !this.guard || !this.enabled) continue;
      const at = this.clock.nowMs();
      const record: AlarmDelivery = { alarm: alarm.name, state: alarm.value, at };
      this.deliveries.push(record);
      const outcome = await invokeLambda(
        this.guard,
        this.functionArn,
        alarmStateChangeEvent(this.place, alarm, previous, at),
        180,
      );
      if ('output' in outcome) record.result = outcome.output;
      else record.error = outcome.error.message;
    }
  }
}
