import { Logger } from '@aws-lambda-powertools/logger';
import type { StepDeps, StepLog } from '../deps.js';
import { type ExecutionDocument, InvalidDocumentError, parseExecutionDocument } from '../document.js';
import { toStepError } from '../errors.js';
import { type Progress, parseProgress } from '../progress.js';
import { type AlarmStopResult, alarmStateChangeEvent, stopCanariesOnAlarm } from '../steps/alarm-stop.js';
import { type GuardResult, guard } from '../steps/guard.js';
import { awsDeps } from './aws-deps.js';
import type { HandlerClients } from './handler-clients.js';

/** Service name and level come from POWERTOOLS_SERVICE_NAME and POWERTOOLS_LOG_LEVEL. */
export const logger = new Logger();

const log: StepLog = {
  info: (message, extra) => (extra ? logger.info(message, extra) : logger.info(message)),
  warn: (message, extra) => (extra ? logger.warn(message, extra) : logger.warn(message)),
};

/** The Lambda context, as far as the logger reads it. */
// biome-ignore lint/suspicious/noExplicitAny: the Lambda context type lives in @types/aws-lambda, not installed
type LambdaContext = any;

type StepEvent = Record<string, unknown>;

/**
 * A Task state's handler: parses the document, builds the clients it names (once per container and region), runs
 * the step, logs one line with the outcome, and rethrows failures under the names the state machine matches.
 * deploymentId, state, step, weight and verdict are on every log line.
 */
export function documentHandler<Result>(
  state: string,
  run: (event: StepEvent, document: ExecutionDocument, deps: StepDeps) => Promise<Result>,
  outcome: (
    result: Result,
    document: ExecutionDocument,
  ) => { message: string; keys?: Record<string, unknown> },
  clients: HandlerClients,
) {
  const depsFor = awsDeps(clients).depsFor(log);
  return async (event: unknown, context?: LambdaContext): Promise<Result> => {
    logger.resetKeys();
    if (context) logger.addContext(context);
    logger.appendKeys({ state });
    try {
      const input = objectOf(event);
      const document = parseExecutionDocument(input.document);
      logger.appendKeys({ deploymentId: document.deploymentId, ...progressKeys(document, input.progress) });
      const result = await run(input, document, depsFor(document.region));
      const { message, keys } = outcome(result, document);
      if (keys) logger.appendKeys(keys);
      logger.info(message);
      return result;
    } catch (error) {
      const named = toStepError(error);
      logger.error(`${state} failed: ${named.name}: ${named.message}`, { error: named });
      throw named;
    }
  };
}

/**
 * A state that takes and returns the progress (Shift, Check, Promote, PromotionCheck, Finish), and the
 * execution's ARN for what it announces.
 */
export function progressHandler(
  state: string,
  step: (
    document: ExecutionDocument,
    progress: Progress,
    deps: StepDeps,
    executionArn: string | undefined,
  ) => Promise<Progress>,
  clients: HandlerClients,
) {
  return documentHandler(
    state,
    (event, document, deps) => step(document, parseProgress(event.progress), deps, executionArnOf(event)),
    (progress, document) => ({
      message: progress.reason,
      keys: { ...keysOf(document, progress), decision: progress.decision },
    }),
    clients,
  );
}

/**
 * The guard: an EventBridge event in. An execution's status change: its rollback (or why not). An alarm's
 * state change: the running canaries that name the alarm stopped (each is then rolled back as it ends).
 */
export function guardHandler(clients: HandlerClients) {
  const deps = awsDeps(clients);
  return async (event: unknown, context?: LambdaContext): Promise<GuardResult | AlarmStopResult> => {
    logger.resetKeys();
    if (context) logger.addContext(context);
    logger.appendKeys({ state: 'Guard' });
    try {
      const alarm = alarmStateChangeEvent.safeParse(event);
      if (alarm.success) {
        const result = await stopCanariesOnAlarm(alarm.data, {
          executions: deps.executions(),
          stateMachineArn: guardedStateMachine(),
          log,
        });
        logger.info(`guard ${result.action}: ${result.reason}`, { alarm: result.alarm });
        return result;
      }
      const result = await guard(event, { executions: deps.executions(), depsFor: deps.depsFor(log), log });
      logger.info(`guard ${result.action}: ${result.reason}`, { executionArn: result.executionArn });
      return result;
    } catch (error) {
      logger.error(`guard failed: ${error instanceof Error ? error.message : String(error)}`, { error });
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

/** The execution's ARN every Task state passes (`$.Execution.Id`); undefined when a caller left it out. */
export function executionArnOf(event: StepEvent): string | undefined {
  return typeof event.executionArn === 'string' && event.executionArn !== '' ? event.executionArn : undefined;
}

function objectOf(event: unknown): StepEvent {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) {
    throw new InvalidDocumentError('the state input is not an object with a document');
  }
  return event as StepEvent;
}

/** The keys of the progress as it came in, when it parses (a bad one fails in the step). */
function progressKeys(document: ExecutionDocument, value: unknown): Record<string, unknown> {
  if (value === undefined) return { step: 0, weight: 0, verdict: 'none' };
  try {
    return keysOf(document, parseProgress(value));
  } catch {
    return {};
  }
}

function keysOf(document: ExecutionDocument, progress: Progress): Record<string, unknown> {
  return {
    step: progress.stepIndex + 1,
    weight: weightInForce(document, progress),
    verdict: progress.lastCheck?.verdict ?? 'none',
  };
}

/** The canary's weight while this progress holds (the next step's only once Shift wrote it). */
function weightInForce(document: ExecutionDocument, progress: Progress): number {
  if (progress.decision === 'shift' || progress.decision === 'done') return 0;
  const index = progress.decision === 'next-step' ? progress.stepIndex - 1 : progress.stepIndex;
  return document.steps[index]?.weight ?? 0;
}
