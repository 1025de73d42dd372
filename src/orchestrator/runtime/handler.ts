import type { StepDeps } from '../deps.js';
import { type ExecutionDocument, InvalidDocumentError, parseExecutionDocument } from '../document.js';
import { toStepError } from '../errors.js';
import { type Progress, parseProgress } from '../progress.js';
import { awsDeps } from './aws-deps.js';
import type { HandlerClients } from './handler-clients.js';
import { type LambdaContext, log, logger } from './logger.js';
import { mapStack } from './mapped-stack.js';

export { logger } from './logger.js';

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
      const named = mapStack(toStepError(error));
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
    event: StepEvent,
  ) => Promise<Progress>,
  clients: HandlerClients,
) {
  return documentHandler(
    state,
    (event, document, deps) =>
      step(document, parseProgress(event.progress), deps, executionArnOf(event), event),
    (progress, document) => ({
      message: progress.reason,
      keys: { ...keysOf(document, progress), decision: progress.decision },
    }),
    clients,
  );
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
