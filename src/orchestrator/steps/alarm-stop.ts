import * as z from 'zod/mini';
import type { StepLog } from '../deps.js';
import { documentOf } from '../document.js';
import type { ExecutionRecords } from '../execution-records.js';

/** The EventBridge "CloudWatch Alarm State Change" event, as far as the guard reads it. */
export const alarmStateChangeEvent = z.object({
  'detail-type': z.literal('CloudWatch Alarm State Change'),
  detail: z.object({
    alarmName: z.string().check(z.minLength(1)),
    state: z.object({ value: z.string(), reason: z.nullish(z.string()), timestamp: z.nullish(z.string()) }),
  }),
});

/** The error a canary stopped by its alarm ends with (ABORTED); the guard then rolls it back. */
export const alarmStopError = 'AlarmTriggered';

export interface AlarmStopResult {
  alarm: string;
  action: 'stopped' | 'skipped';
  /** The executions stopped: the running canaries whose health names the alarm. */
  stopped: string[];
  reason: string;
}

export interface AlarmStopDeps {
  executions: ExecutionRecords;
  /** The orchestrator's state machine (the guard Lambda's STATE_MACHINE_ARN). */
  stateMachineArn: string;
  log: StepLog;
}

/**
 * Pushed, not polled: an alarm entering ALARM stops, at once, every running canary of the state machine whose
 * health names it; the stop ends each execution ABORTED and its status change brings the guard back to roll
 * it back, as for any stop. An alarm no running canary names, or a change to OK, does nothing.
 * Calls: ListExecutions, DescribeExecution per running execution, StopExecution per canary stopped.
 */
export async function stopCanariesOnAlarm(
  event: z.infer<typeof alarmStateChangeEvent>,
  deps: AlarmStopDeps,
): Promise<AlarmStopResult> {
  const { alarmName, state } = event.detail;
  const skip = (reason: string): AlarmStopResult => {
    deps.log.info(`guard: alarm ${alarmName}: ${reason}`);
    return { alarm: alarmName, action: 'skipped', stopped: [], reason };
  };
  if (state.value !== 'ALARM') return skip(`state ${state.value}: nothing to stop`);

  const stopped: string[] = [];
  for (const execution of await deps.executions.listRunning(deps.stateMachineArn)) {
    const document = documentOf(await deps.executions.describe(execution.executionArn));
    if (!document?.health.alarmNames.includes(alarmName)) continue;
    const cause =
      `alarm ${alarmName} entered ALARM${state.timestamp ? ` at ${state.timestamp}` : ''}` +
      `${state.reason ? `: ${state.reason}` : ''}`;
    await deps.executions.stop(execution.executionArn, alarmStopError, cause.slice(0, 32_000));
    stopped.push(execution.executionArn);
    deps.log.warn(`guard: stopped ${execution.executionArn}: ${cause}`);
  }
  if (stopped.length === 0) return skip('no running canary names it');
  return {
    alarm: alarmName,
    action: 'stopped',
    stopped,
    reason: `stopped ${stopped.join(', ')}: each is rolled back as it ends`,
  };
}
