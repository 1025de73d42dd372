import { AwsCallError, messageOf } from '../errors.js';
import { DriftError, RestoreIncompleteError, ShiftIncompleteError } from '../routing/errors.js';
import { ServiceDriftError } from './services.js';

/**
 * Error names the state machine matches (Lambda reports `error.name` as the Step Functions error).
 * Refusals end the execution before any change; the others lead to a rollback.
 */
export const stepErrorNames = {
  invalidDocument: 'InvalidDocument',
  canaryAlreadyRunning: 'CanaryAlreadyRunning',
  driftDetected: 'DriftDetected',
  transient: 'TransientError',
} as const;

/** Another execution of this state machine works on the same route and started first. */
export class CanaryAlreadyRunningError extends Error {
  override readonly name = stepErrorNames.canaryAlreadyRunning;
}

/** An error under the name the state machine matches; the message is kept whole. */
export class StepError extends Error {
  constructor(name: string, message: string, options: { cause: unknown }) {
    super(message, options);
    this.name = name;
  }
}

/** Throttling and server-side failures: worth the state machine's Retry, not a rollback. */
const transientNames = new Set([
  'TooManyRequestsException',
  'ThrottlingException',
  'Throttling',
  'ThrottledException',
  'RequestLimitExceeded',
  'ServiceUnavailableException',
  'ServiceUnavailable',
  'InternalServerErrorException',
  'InternalServerError',
  'InternalFailure',
  'ServerException',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
]);

export function isTransient(error: unknown): boolean {
  if (error instanceof ShiftIncompleteError || error instanceof AwsCallError) return isTransient(error.cause);
  if (error instanceof RestoreIncompleteError)
    return error.failures.every((failure) => isTransient(failure.error));
  if (typeof error !== 'object' || error === null) return false;
  const { name, $fault } = error as { name?: unknown; $fault?: unknown };
  return $fault === 'server' || (typeof name === 'string' && transientNames.has(name));
}

/** Renames what the state machine must tell apart; everything else keeps its own name. */
export function toStepError(error: unknown): Error {
  if (error instanceof DriftError || error instanceof ServiceDriftError) {
    return new StepError(stepErrorNames.driftDetected, error.message, { cause: error });
  }
  if (isTransient(error)) return new StepError(stepErrorNames.transient, messageOf(error), { cause: error });
  return error instanceof Error ? error : new Error(String(error));
}
