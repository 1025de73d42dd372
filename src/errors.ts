/** A bad input: the message names the input and says how to fix it. Raised before any AWS call. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`input "${input}": ${message}`);
  }
}

/** An AWS call that failed, with what was being done when it failed. */
export class AwsCallError extends Error {
  override readonly name = 'AwsCallError';
  constructor(
    readonly doing: string,
    readonly awsErrorName: string,
    options: { cause: unknown },
  ) {
    super(`${doing}: ${awsErrorName}: ${messageOf(options.cause)}`, options);
  }
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function awsErrorName(error: unknown): string {
  if (error && typeof error === 'object' && 'name' in error && typeof error.name === 'string')
    return error.name;
  return 'Error';
}

/** Runs one AWS call; on failure rethrows it as an AwsCallError saying what was being done. */
export async function callAws<T>(doing: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof AwsCallError) throw error;
    throw new AwsCallError(doing, awsErrorName(error), { cause: error });
  }
}

/**
 * A Lambda's error reaches the execution as JSON ({"errorType", "errorMessage", "trace": [...]}): people are
 * shown its message only; the stack trace stays in the execution history and the handler's log.
 */
export function readableCause(cause: string): string {
  if (!cause.trimStart().startsWith('{')) return cause;
  try {
    const parsed = JSON.parse(cause) as { errorMessage?: unknown; errorType?: unknown };
    if (typeof parsed.errorMessage === 'string') return parsed.errorMessage;
  } catch {
    // Not JSON after all: shown as it is.
  }
  return cause;
}
