import { AwsCallError, callAws, messageOf } from '../errors.js';
import { type RetryPolicy, retry } from '../retry.js';
import { RoutingResourceNotFoundError } from './errors.js';

/** Retry timing for router calls (the predicate is fixed: throttling and 5xx). */
export type RetryTiming = Omit<RetryPolicy, 'retryable' | 'onRetry'>;

export interface RouterLog {
  info(line: string): void;
  warn(line: string): void;
}

export interface RoutingApiOptions {
  retry?: RetryTiming;
  log?: RouterLog;
}

const throttlingNames = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'PriorRequestNotCompleteException',
]);

/**
 * Worth another attempt: throttling (by the error names AWS uses: VPC Lattice ThrottlingException, ELBv2
 * Throttling) and server-side failures (5xx: the SDK marks them $fault "server").
 */
export function isThrottlingOrServerError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, $fault, $metadata } = error as {
    name?: unknown;
    $fault?: unknown;
    $metadata?: { httpStatusCode?: unknown };
  };
  if (typeof name === 'string' && throttlingNames.has(name)) return true;
  if ($fault === 'server') return true;
  const status = $metadata?.httpStatusCode;
  return typeof status === 'number' && (status >= 500 || status === 429);
}

/** How a not-found answer is reported: the AWS error names that mean it, the resource, what to check. */
export interface NotFound {
  errorNames: readonly string[];
  resource: string;
  hint: string;
}

/**
 * One AWS call: retried on throttling and 5xx with jittered backoff, wrapped so a failure says what was
 * being done, and a not-found answer turned into a RoutingResourceNotFoundError naming the input to check.
 */
export async function callWithRetry<T>(
  doing: string,
  options: RoutingApiOptions,
  notFound: NotFound | undefined,
  send: () => Promise<T>,
): Promise<T> {
  try {
    return await callAws(doing, () =>
      retry(send, {
        ...options.retry,
        retryable: isThrottlingOrServerError,
        onRetry: ({ attempt, delayMs, error }) =>
          options.log?.warn(`${doing}: ${messageOf(error)}; attempt ${attempt + 1} in ${delayMs} ms`),
      }),
    );
  } catch (error) {
    if (notFound && error instanceof AwsCallError && notFound.errorNames.includes(error.awsErrorName)) {
      throw new RoutingResourceNotFoundError(notFound.resource, notFound.hint, { cause: error });
    }
    throw error;
  }
}
