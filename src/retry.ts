import { pause } from './pace.js';

/**
 * A small, generic retry: exponential backoff with jitter, bounded by a deadline.
 *
 * - Attempt n (1-based) that fails with a retryable error waits a delay drawn from
 *   [ceiling/2, ceiling), where ceiling = min(maxDelayMs, baseDelayMs * 2^(n-1)) ("equal jitter":
 *   spreads concurrent callers apart, yet always waits, so a retry loop can never spin).
 * - When that wait would end after the deadline (counted from the first attempt), or maxAttempts is
 *   reached, the LAST error is rethrown unchanged, so callers still classify it by its name.
 * - A non-retryable error is rethrown at once.
 * `sleep`, `now` and `random` are injectable so tests run without waiting.
 */
export interface RetryPolicy {
  /** Whether an error is worth another attempt. */
  retryable: (error: unknown) => boolean;
  /** Time budget in milliseconds from the first attempt. Default 30 000. */
  deadlineMs?: number;
  /** Ceiling of the first wait; it doubles on each attempt. Default 200. */
  baseDelayMs?: number;
  /** Largest ceiling of one wait. Default 5 000. */
  maxDelayMs?: number;
  /** Optional cap on attempts; by default only the deadline stops retrying. */
  maxAttempts?: number;
  sleep?: (milliseconds: number) => Promise<void>;
  now?: () => number;
  /** Uniform in [0, 1). */
  random?: () => number;
  /** Called before each wait, e.g. to log "throttled, retrying in 400 ms". */
  onRetry?: (event: RetryEvent) => void;
}

export interface RetryEvent {
  /** The attempt that just failed (1-based). */
  attempt: number;
  delayMs: number;
  error: unknown;
}

export const defaultRetryTiming = { deadlineMs: 30_000, baseDelayMs: 200, maxDelayMs: 5_000 } as const;

/** Waits `milliseconds` (scaled for testing: src/pace.ts). */
export function sleep(milliseconds: number): Promise<void> {
  return pause(milliseconds / 1000);
}

/** The wait after failed attempt `attempt` (1-based), for a given random draw in [0, 1). */
export function backoffDelay(attempt: number, baseDelayMs: number, maxDelayMs: number, draw: number): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (draw * ceiling) / 2);
}

export async function retry<T>(operation: (attempt: number) => Promise<T>, policy: RetryPolicy): Promise<T> {
  const now = policy.now ?? Date.now;
  const wait = policy.sleep ?? sleep;
  const random = policy.random ?? Math.random;
  const deadlineMs = policy.deadlineMs ?? defaultRetryTiming.deadlineMs;
  const baseDelayMs = policy.baseDelayMs ?? defaultRetryTiming.baseDelayMs;
  const maxDelayMs = policy.maxDelayMs ?? defaultRetryTiming.maxDelayMs;
  const deadline = now() + deadlineMs;

  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt);
    } catch (error) {
      if (!policy.retryable(error)) throw error;
      if (policy.maxAttempts !== undefined && attempt >= policy.maxAttempts) throw error;
      const delayMs = backoffDelay(attempt, baseDelayMs, maxDelayMs, random());
      if (now() + delayMs > deadline) throw error;
      policy.onRetry?.({ attempt, delayMs, error });
      await wait(delayMs);
    }
  }
}

/** A `retryable` predicate matching errors by their `name` (as AWS SDK v3 service exceptions carry). */
export function errorNamed(...names: string[]): (error: unknown) => boolean {
  return (error) =>
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    typeof error.name === 'string' &&
    names.includes(error.name);
}

/** Throttling and server-side (5xx) failures, whatever the service calls them: worth another attempt. */
export function throttledOrServerError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, $fault, $metadata } = error as {
    name?: unknown;
    $fault?: unknown;
    $metadata?: { httpStatusCode?: number };
  };
  if ($fault === 'server' || ($metadata?.httpStatusCode ?? 0) >= 500) return true;
  return typeof name === 'string' && /Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/.test(name);
}
