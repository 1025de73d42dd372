import { randomUUID } from 'node:crypto';
import type { LambdaHandler } from './lambdas.js';

/** Step Functions' limit on a state's input or output. */
const maxPayloadBytes = 256 * 1024;

/** What the Node.js Lambda runtime reports for an uncaught error: Step Functions' Cause is this, as JSON. */
export interface LambdaErrorPayload {
  errorType: string;
  errorMessage: string;
  trace: string[];
}

/** An invocation failure as the state machine engine sees it: `name` is matched by Retry and Catch. */
export class InvocationError extends Error {
  constructor(
    readonly errorType: string,
    readonly causeText: string,
  ) {
    // The engine reports the message as the Cause of the failure.
    super(causeText);
    this.name = errorType;
  }
}

export function lambdaErrorOf(error: unknown): LambdaErrorPayload {
  if (error instanceof Error) {
    return {
      errorType: error.name || 'Error',
      errorMessage: error.message,
      trace: (error.stack ?? `${error.name}: ${error.message}`).split('\n'),
    };
  }
  return { errorType: 'Error', errorMessage: String(error), trace: [] };
}

/** A Lambda context object with the fields the handlers' logger reads. */
function contextFor(functionArn: string, timeoutSeconds: number) {
  const name = functionArn.split(':').at(-1) ?? 'function';
  const deadline = performance.now() + timeoutSeconds * 1000;
  return {
    functionName: name,
    functionVersion: '$LATEST',
    invokedFunctionArn: functionArn,
    memoryLimitInMB: '256',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${name}`,
    logStreamName: `local/${randomUUID()}`,
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, Math.round(deadline - performance.now())),
  };
}

/**
 * Invokes a handler as Lambda would: JSON in and out (the result is serialized, so Dates become strings),
 * an error turned into {errorType, errorMessage, trace}, the 256 KB state payload limit enforced.
 */
export async function invokeLambda(
  handler: LambdaHandler,
  functionArn: string,
  payload: unknown,
  timeoutSeconds = 60,
): Promise<{ output: unknown; text: string } | { error: InvocationError }> {
  let result: unknown;
  try {
    result = await handler(
      JSON.parse(JSON.stringify(payload ?? null)),
      contextFor(functionArn, timeoutSeconds),
    );
  } catch (thrown) {
    const error = lambdaErrorOf(thrown);
    return { error: new InvocationError(error.errorType, JSON.stringify(error)) };
  }
  const text = JSON.stringify(result ?? null);
  if (Buffer.byteLength(text) > maxPayloadBytes) {
    return {
      error: new InvocationError(
        'States.DataLimitExceeded',
        `The state/task '${functionArn}' returned a result with a size exceeding the maximum number of bytes service limit.`,
      ),
    };
  }
  return { output: JSON.parse(text), text };
}

/** Functions whose code runs in real time (not scripted on the simulated clock): their timeouts are real. */
const realTimeFunctions = new WeakSet<LambdaHandler>();

export function markRealTime(handler: LambdaHandler): LambdaHandler {
  realTimeFunctions.add(handler);
  return handler;
}

export function runsOnRealTime(handler: LambdaHandler): boolean {
  return realTimeFunctions.has(handler);
}
