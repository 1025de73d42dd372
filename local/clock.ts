import { performance } from 'node:perf_hooks';
import { timed } from './profile.js';

/**
 * Simulated time: it starts at the real time the stack starts and runs `speedup` times faster, so a
 * 5-minute bake passes in a fraction of a second. ECS rollouts, metrics and Step Functions waits all read it.
 */
export interface SimClock {
  /** Real milliseconds per simulated minute (50 by default: a simulated hour is 3 s). */
  readonly msPerSimMinute: number;
  /** Simulated seconds per real second. */
  readonly speedup: number;
  nowMs(): number;
  now(): Date;
  /** Real milliseconds that `simSeconds` of simulated time take. */
  realMs(simSeconds: number): number;
  /** Resolves after `simSeconds` of simulated time: what a test or a run waits (profiled). */
  sleep(simSeconds: number): Promise<void>;
  /** The same, for the emulated services' own timers (not profiled: they run beside everything). */
  timer(simSeconds: number): Promise<void>;
}

const RealDate = Date;

export function createClock(options: { msPerSimMinute?: number; startMs?: number } = {}): SimClock {
  const msPerSimMinute = options.msPerSimMinute ?? 50;
  if (!(msPerSimMinute > 0)) throw new RangeError(`msPerSimMinute must be > 0; got ${msPerSimMinute}`);
  const speedup = 60_000 / msPerSimMinute;
  const startSim = options.startMs ?? RealDate.now();
  const startReal = performance.now();
  const timer = (simSeconds: number) =>
    new Promise<void>((resolve) => setTimeout(resolve, (simSeconds * 1000) / speedup));
  const nowMs = () => Math.floor(startSim + (performance.now() - startReal) * speedup);
  return {
    msPerSimMinute,
    speedup,
    nowMs,
    now: () => new RealDate(nowMs()),
    realMs: (simSeconds) => (simSeconds * 1000) / speedup,
    sleep: (simSeconds) => timed('simulated-clock wait', () => timer(simSeconds)),
    timer,
  };
}

let installed: SimClock | undefined;

/**
 * Makes `Date.now()` and `new Date()` of this process read the simulated clock. The Lambda handlers run
 * in-process and take "now" from Date (the health window, the promotion deadline, SigV4 dates), so they
 * must see simulated time. Returns the function that restores the real Date. One clock at a time.
 */
export function installSimulatedDate(clock: SimClock): () => void {
  if (installed) throw new Error('a simulated clock is already installed in this process');
  installed = clock;
  const Simulated = function Simulated(this: unknown, ...args: unknown[]) {
    if (!new.target) return new RealDate(clock.nowMs()).toString();
    const values = args.length === 0 ? [clock.nowMs()] : args;
    return Reflect.construct(RealDate, values, new.target);
  } as unknown as DateConstructor;
  Object.setPrototypeOf(Simulated, RealDate);
  Object.defineProperty(Simulated, 'prototype', { value: RealDate.prototype, writable: false });
  Object.defineProperty(Simulated, 'now', { value: () => clock.nowMs(), writable: true, configurable: true });
  globalThis.Date = Simulated;
  return () => {
    if (installed !== clock) return;
    globalThis.Date = RealDate;
    installed = undefined;
  };
}
