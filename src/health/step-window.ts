import type { CheckWindow } from './types.js';

export interface StepWindowOptions {
  now: Date;
  /** When the step's shift was written: no traffic from before it may be judged for the step. */
  stepStartedAt: Date;
  /** Where the step's previous window ended; absent before the step's first judged window. */
  judgedUntil?: Date;
  /** Only the last this many seconds, for checks whose window end is not carried (a pause). */
  lastSeconds?: number;
  periodSeconds: number;
  /** How long after a period ends its datapoint can be read in full. */
  publishDelaySeconds: number;
}

/** The first period boundary at or after the shift: the step's first period of its own starts there. */
export function firstOwnPeriod(stepStartedAt: Date, periodSeconds: number): Date {
  const periodMs = periodSeconds * 1000;
  return new Date(Math.ceil(stepStartedAt.getTime() / periodMs) * periodMs);
}

/**
 * Where the step's next window starts: where its previous window ended, so no period is skipped or judged
 * twice; the step's first window starts at its first own period.
 */
export function nextWindowStart(
  options: Pick<StepWindowOptions, 'stepStartedAt' | 'judgedUntil' | 'periodSeconds'>,
): Date {
  const periodMs = options.periodSeconds * 1000;
  const firstOwn = firstOwnPeriod(options.stepStartedAt, options.periodSeconds).getTime();
  const chained = options.judgedUntil ? Math.ceil(options.judgedUntil.getTime() / periodMs) * periodMs : 0;
  // An end carried from an earlier step lies before this step's shift: never judge it again.
  return new Date(Math.max(firstOwn, chained));
}

/**
 * The window of a check during a step: from where the step's previous window ended (or its first own period)
 * to the end of the last period the source has published in full, however long that is: dropping periods
 * would leave them unjudged. Undefined while no new complete period is published: nothing new to judge.
 */
export function stepWindow(options: StepWindowOptions): CheckWindow | undefined {
  const periodMs = options.periodSeconds * 1000;
  const publishedUntil = options.now.getTime() - options.publishDelaySeconds * 1000;
  const end = Math.floor(publishedUntil / periodMs) * periodMs;
  const latest =
    options.lastSeconds === undefined
      ? Number.NEGATIVE_INFINITY
      : end - Math.ceil(options.lastSeconds / options.periodSeconds) * periodMs;
  const start = Math.max(nextWindowStart(options).getTime(), latest);
  return start < end ? { start: new Date(start), end: new Date(end) } : undefined;
}

/** When the period starting at `start` can be read in full. */
export function periodReadableAt(start: Date, periodSeconds: number, publishDelaySeconds: number): Date {
  return new Date(start.getTime() + (periodSeconds + publishDelaySeconds) * 1000);
}

/** When the first complete period after `stepStartedAt` can be read: the earliest a step's own verdict. */
export function firstOwnVerdictAt(
  stepStartedAt: Date,
  periodSeconds: number,
  publishDelaySeconds: number,
): Date {
  return periodReadableAt(firstOwnPeriod(stepStartedAt, periodSeconds), periodSeconds, publishDelaySeconds);
}
