import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { backoffDelay, errorNamed, type RetryEvent, retry, sleep } from '../../../src/retry.js';
import { fakeClock } from './helpers.js';

class NamedError extends Error {
  constructor(override readonly name: string) {
    super(`${name} happened`);
  }
}

const throttling = errorNamed('TooManyRequestsException');

/** An operation that fails with the given errors, in order, then returns "done". */
function failing(...errors: Error[]) {
  const attempts: number[] = [];
  return {
    attempts,
    operation: async (attempt: number) => {
      attempts.push(attempt);
      const error = errors.shift();
      if (error) throw error;
      return 'done';
    },
  };
}

describe('retry', () => {
  it('returns the first success without waiting', async () => {
    const clock = fakeClock();
    const { operation, attempts } = failing();
    await expect(retry(operation, { retryable: throttling, ...clock })).resolves.toBe('done');
    expect(attempts).toEqual([1]);
    expect(clock.sleeps).toEqual([]);
  });

  it('retries retryable errors with doubling jittered waits', async () => {
    const clock = fakeClock();
    const events: RetryEvent[] = [];
    const { operation, attempts } = failing(
      ...[1, 2, 3].map(() => new NamedError('TooManyRequestsException')),
    );

    const result = await retry(operation, {
      retryable: throttling,
      ...clock,
      onRetry: (event) => events.push(event),
    });

    expect(result).toBe('done');
    expect(attempts).toEqual([1, 2, 3, 4]);
    expect(clock.sleeps).toEqual([150, 300, 600]);
    expect(events.map((event) => [event.attempt, event.delayMs])).toEqual([
      [1, 150],
      [2, 300],
      [3, 600],
    ]);
  });

  it('caps one wait at maxDelayMs', async () => {
    const clock = fakeClock();
    const { operation } = failing(...[1, 2, 3].map(() => new NamedError('TooManyRequestsException')));
    await retry(operation, {
      retryable: throttling,
      ...clock,
      random: () => 0.999,
      baseDelayMs: 1000,
      maxDelayMs: 2000,
    });
    expect(clock.sleeps).toEqual([1000, 1999, 1999]);
  });

  it('rethrows an error that is not retryable at once', async () => {
    const clock = fakeClock();
    const denied = new NamedError('AccessDeniedException');
    const { operation, attempts } = failing(denied);
    await expect(retry(operation, { retryable: throttling, ...clock })).rejects.toBe(denied);
    expect(attempts).toEqual([1]);
  });

  it('gives up with the last error unchanged when the next wait would pass the deadline', async () => {
    const clock = fakeClock();
    const errors = Array.from({ length: 50 }, () => new NamedError('TooManyRequestsException'));
    const last = errors[3];
    const { operation, attempts } = failing(...errors);

    await expect(retry(operation, { retryable: throttling, ...clock, deadlineMs: 1_500 })).rejects.toBe(last);
    expect(attempts).toEqual([1, 2, 3, 4]);
    expect(clock.now()).toBe(150 + 300 + 600);
  });

  it('stops after maxAttempts', async () => {
    const clock = fakeClock();
    const { operation, attempts } = failing(
      ...[1, 2, 3].map(() => new NamedError('TooManyRequestsException')),
    );
    await expect(retry(operation, { retryable: throttling, ...clock, maxAttempts: 2 })).rejects.toThrow(
      'TooManyRequestsException happened',
    );
    expect(attempts).toEqual([1, 2]);
  });

  it('waits for real with the default sleep', async () => {
    const started = Date.now();
    await sleep(20);
    expect(Date.now() - started).toBeGreaterThanOrEqual(15);
  });
});

describe('backoffDelay', () => {
  it('stays within [ceiling/2, ceiling] (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (attempt, draw) => {
          const ceiling = Math.min(5_000, 200 * 2 ** (attempt - 1));
          const delay = backoffDelay(attempt, 200, 5_000, draw);
          expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
          expect(delay).toBeLessThanOrEqual(ceiling);
        },
      ),
    );
  });
});

describe('errorNamed', () => {
  it('matches errors by name only', () => {
    const retryable = errorNamed('TooManyRequestsException', 'ServiceUnavailableException');
    expect(retryable(new NamedError('ServiceUnavailableException'))).toBe(true);
    expect(retryable({ name: 'TooManyRequestsException' })).toBe(true);
    expect(retryable(new NamedError('BadRequestException'))).toBe(false);
    expect(retryable('TooManyRequestsException')).toBe(false);
    expect(retryable(null)).toBe(false);
  });
});
