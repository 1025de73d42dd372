import { appendFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

/**
 * Where a test file's wall time goes, for `npm run test:profile`: the local stack and the runners record each
 * thing a test waits on (stack start-up, each child process and its parts, simulated-clock waits, settling,
 * Chromium) as one JSON line in the folder APPMESH_CANARY_TEST_PROFILE names. Unset, nothing is recorded.
 */
export const profileVariable = 'APPMESH_CANARY_TEST_PROFILE';

export type Phase =
  | 'stack start-up'
  | 'bundle start-up'
  | 'ECS waiter'
  | 'following the execution'
  | 'child process, other'
  | 'simulated-clock wait'
  | 'settling executions'
  | 'Chromium start-up'
  | 'drawing summaries';

export interface PhaseRecord {
  file: string;
  phase: Phase;
  ms: number;
}

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

/** The test file running in this jest worker, relative to the repository; "(outside jest)" elsewhere. */
function currentTestFile(): string {
  const state = (globalThis as { expect?: { getState?: () => { testPath?: string } } }).expect?.getState?.();
  return state?.testPath ? relative(repositoryRoot, state.testPath) : '(outside jest)';
}

export function recordPhase(phase: Phase, ms: number): void {
  const folder = process.env[profileVariable];
  if (!folder) return;
  const record: PhaseRecord = { file: currentTestFile(), phase, ms: Math.round(ms) };
  appendFileSync(join(folder, `${process.pid}.jsonl`), `${JSON.stringify(record)}\n`);
}

/** Runs `work`, recording its real duration as `phase`. */
export async function timed<T>(phase: Phase, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    recordPhase(phase, performance.now() - started);
  }
}

/** One line a child process printed, at the real time it arrived (performance.now()). */
export interface TimedLine {
  at: number;
  text: string;
}

/**
 * A child process run (the Action bundle or the CLI) split by what it printed: start-up until its first line,
 * the ECS waiter between "waiting up to … to become stable" and the line after it, following the execution
 * from "started execution" to its exit; the rest is its own work and the AWS calls between.
 */
export function recordChildRun(startedAt: number, lines: TimedLine[], endedAt: number): void {
  if (!process.env[profileVariable]) return;
  const total = endedAt - startedAt;
  const startUp = (lines[0]?.at ?? endedAt) - startedAt;
  let waiter = 0;
  lines.forEach((line, index) => {
    if (/^waiting up to .* to become stable/.test(line.text))
      waiter += (lines[index + 1]?.at ?? endedAt) - line.at;
  });
  const started = lines.find((line) => /^started execution /.test(line.text));
  const following = started ? endedAt - started.at : 0;
  recordPhase('bundle start-up', startUp);
  recordPhase('ECS waiter', waiter);
  recordPhase('following the execution', following);
  recordPhase('child process, other', Math.max(0, total - startUp - waiter - following));
}
