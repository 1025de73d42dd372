import type { ExecutionRecords } from '../execution-records.js';
import { type AlarmStopResult, alarmStateChangeEvent, stopCanariesOnAlarm } from '../steps/alarm-stop.js';
import { type GuardResult, guard } from '../steps/guard.js';
import { awsDeps } from './aws-deps.js';
import type { HandlerClients } from './handler-clients.js';
import { type LambdaContext, log, logger } from './logger.js';
import { mapStack } from './mapped-stack.js';

/**
 * The guard: an EventBridge event in. An execution's status change: its rollback (or why not). An alarm's
 * state change: the running canaries that name the alarm stopped (each is then rolled back as it ends).
 */
export function guardHandler({
  executions: recordsClient,
  ...clients
}: Omit<HandlerClients, 'executions'> & { executions: () => ExecutionRecords }) {
  // The guard reads and stops executions only (ExecutionRecords); its steps' deps carry no Step Functions client.
  const deps = awsDeps(clients);
  let records: ExecutionRecords | undefined;
  const executions = () => (records ??= recordsClient());
  return async (event: unknown, context?: LambdaContext): Promise<GuardResult | AlarmStopResult> => {
    logger.resetKeys();
    if (context) logger.addContext(context);
    logger.appendKeys({ state: 'Guard' });
    try {
      const alarm = alarmStateChangeEvent.safeParse(event);
      if (alarm.success) {
        const result = await stopCanariesOnAlarm(alarm.data, {
          executions: executions(),
          stateMachineArn: guardedStateMachine(),
          log,
        });
        logger.info(`guard ${result.action}: ${result.reason}`, { alarm: result.alarm });
        return result;
      }
      const result = await guard(event, { executions: executions(), depsFor: deps.depsFor(log), log });
      logger.info(`guard ${result.action}: ${result.reason}`, { executionArn: result.executionArn });
      return result;
    } catch (error) {
      logger.error(`guard failed: ${error instanceof Error ? error.message : String(error)}`, {
        error: mapStack(error),
      });
      throw error;
    }
  };
}

/** The state machine the guard watches over (set by infra/ on the guard function). */
function guardedStateMachine(): string {
  const arn = process.env.STATE_MACHINE_ARN;
  if (!arn) throw new Error('STATE_MACHINE_ARN is not set: the guard does not know which canaries to stop');
  return arn;
}
