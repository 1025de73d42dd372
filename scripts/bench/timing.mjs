// Timing helpers of the bench: medians, and two commands run in turn with their ratio taken pair by pair (pairing
// keeps a ratio meaningful when the machine's speed drifts during the run).
import { spawnSync } from 'node:child_process';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Milliseconds from spawn to exit of `node ...args`, with only PATH and env set. */
export function spawnMs(args, env = {}) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { env: { PATH: process.env.PATH, ...env }, stdio: 'ignore' });
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited ${run.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The value below which a share q of values lie (nearest rank). */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/**
 * Runs `measure(a)` and `measure(b)` in turn, runs times each: their medians, the median of a/b and its spread
 * (the quartiles of the run-by-run ratios).
 */
export async function inTurn(runs, a, b, measure) {
  const as = [];
  const bs = [];
  const ratios = [];
  for (let i = 0; i < runs; i++) {
    const x = await measure(a);
    const y = await measure(b);
    as.push(x);
    bs.push(y);
    ratios.push(x / y);
  }
  return {
    a: median(as),
    b: median(bs),
    ratio: median(ratios),
    spread: `${quantile(ratios, 0.25).toFixed(2)}–${quantile(ratios, 0.75).toFixed(2)}`,
  };
}

/** `node -e` that imports modules in turn (an entry, then the chunks it loads on demand): spawn to exit. */
export const importArgs = (...files) => [
  '--input-type=module',
  '-e',
  files.map((file) => `await import(${JSON.stringify(new URL(`file://${file}`).href)});`).join(' '),
];
