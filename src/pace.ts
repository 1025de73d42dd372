/**
 * Every interval the Action and the CLI wait in real time, in one place: the ECS waiter's polls, the
 * execution-history polls, the wait for the guard, the back-off of retries. The values here are what users get.
 *
 * For testing only: APPMESH_CANARY_TIME_SCALE (a number in (0, 1]) multiplies every wait. The local stack
 * sets it to its simulated clock's rate for the processes it serves, so a run against it polls at the same
 * simulated cadence as in production instead of at production speed. Deadlines are not scaled: they stay
 * real time, so a shortened wait never makes one expire sooner.
 */

export const timeScaleVariable = 'APPMESH_CANARY_TIME_SCALE';

/** The SDK's ECS waiters: first poll after 15 s, then backing off to 2 minutes. */
export const ecsWaiterDelaySeconds = { min: 15, max: 120 } as const;

/** While `mode: rollback` waits for the guard to restore the routes of a canary it stopped. */
export const guardPollSeconds = 5;

/** Between two readings of a paused canary's position when answering its token. */
export const pausePollSeconds = 2;

/** A followed execution's history is read four times per check interval, every 2 to 15 s. */
export function historyPollSeconds(checkIntervalSeconds: number): number {
  return Math.min(15, Math.max(2, Math.floor(checkIntervalSeconds / 4)));
}

/** A scaled wait never drops below this, so a poll loop keeps yielding instead of spinning. */
const minimumScaledMs = 20;

/** The factor APPMESH_CANARY_TIME_SCALE sets; 1 when unset. */
export function timeScale(env: NodeJS.ProcessEnv = process.env): number {
  const text = env[timeScaleVariable];
  if (text === undefined || text === '') return 1;
  const scale = Number(text);
  if (!(scale > 0 && scale <= 1))
    throw new RangeError(
      `${timeScaleVariable} must be a number greater than 0 and at most 1 (a testing setting); got "${text}". Unset it.`,
    );
  return scale;
}

/** The real milliseconds a wait of `seconds` takes. */
export function realWaitMs(seconds: number, scale = timeScale()): number {
  const milliseconds = seconds * 1000;
  if (scale === 1) return milliseconds;
  return Math.max(Math.min(minimumScaledMs, milliseconds), milliseconds * scale);
}

/** Waits `seconds`, scaled for testing. */
export function pause(seconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, realWaitMs(seconds)));
}
