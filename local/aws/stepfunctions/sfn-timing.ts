import type { StateMachineDefinition } from 'aws-local-stepfunctions';
import type { SimClock } from '../../clock.js';
import { isObject } from '../protocol.js';

interface Retrier {
  IntervalSeconds?: number;
  BackoffRate?: number;
  MaxDelaySeconds?: number;
  JitterStrategy?: string;
}

/** `$.a.b.c` read from the execution input; undefined for anything else. */
export function readPath(path: string, input: unknown): unknown {
  if (!/^\$(\.[A-Za-z0-9_]+)+$/.test(path)) return undefined;
  let value: unknown = input;
  for (const key of path.slice(2).split('.')) value = isObject(value) ? value[key] : undefined;
  return value;
}

/**
 * Wait states and retry intervals on the simulated clock, as aws-local-stepfunctions overrides (real ms).
 * A SecondsPath or TimestampPath is read from the execution input: the canary's waits read the document,
 * which never changes during the execution. One that cannot be read there keeps real time.
 * Retries keep Step Functions' backoff (interval x rate^(attempt-1), capped, full jitter); `failures` gives
 * the failed attempts of the state's current visit.
 */
export function waitOverrides(
  definition: StateMachineDefinition,
  input: unknown,
  clock: SimClock,
  failures: (state: string) => number,
) {
  const waitTimeOverrides: Record<string, number> = {};
  const retryIntervalOverrides: Record<string, number[]> = {};
  for (const [name, state] of Object.entries(definition.States)) {
    if (state.Type === 'Wait') {
      const seconds = waitSeconds(state, input, clock);
      if (seconds !== undefined) waitTimeOverrides[name] = clock.realMs(Math.max(0, seconds));
    }
    const retry = (state as { Retry?: Retrier[] }).Retry;
    if (!retry) continue;
    Object.defineProperty(retryIntervalOverrides, name, {
      enumerable: true,
      get: () =>
        retry.map((retrier) => {
          const attempt = Math.max(1, failures(name));
          const interval = (retrier.IntervalSeconds ?? 1) * (retrier.BackoffRate ?? 2) ** (attempt - 1);
          const capped = Math.min(interval, retrier.MaxDelaySeconds ?? Number.POSITIVE_INFINITY);
          const jittered = retrier.JitterStrategy === 'FULL' ? Math.random() * capped : capped;
          return clock.realMs(jittered);
        }),
    });
  }
  return { waitTimeOverrides, retryIntervalOverrides };
}

function waitSeconds(
  state: { Seconds?: number; SecondsPath?: string; Timestamp?: string; TimestampPath?: string },
  input: unknown,
  clock: SimClock,
): number | undefined {
  if (typeof state.Seconds === 'number') return state.Seconds;
  if (state.SecondsPath) {
    const value = readPath(state.SecondsPath, input);
    return typeof value === 'number' ? value : undefined;
  }
  const timestamp =
    state.Timestamp ?? (state.TimestampPath ? readPath(state.TimestampPath, input) : undefined);
  if (typeof timestamp !== 'string' || Number.isNaN(Date.parse(timestamp))) return undefined;
  return (Date.parse(timestamp) - clock.nowMs()) / 1000;
}
