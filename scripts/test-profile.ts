/**
 * `npm run test:profile [-- <jest arguments>]`: runs the test suite (npm test) and prints where its wall time
 * went: per folder, the slowest files, and for each what it waited on (child processes split into bundle
 * start-up, the ECS waiter, following the execution and the rest; simulated-clock waits; settling; the local
 * stack's start-up; Chromium). Figures are real milliseconds; phases of runs side by side overlap.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type PhaseRecord, profileVariable } from '../local/profile.js';

interface JestFileResult {
  name: string;
  startTime: number;
  endTime: number;
  status: string;
  assertionResults: { status: string }[];
}

const slowest = Number(process.env.PROFILE_TOP ?? 15);
const folder = mkdtempSync(join(tmpdir(), 'appmesh-canary-profile-'));
const report = join(folder, 'jest.json');
const started = performance.now();
const run = spawnSync('npm', ['test', '--', '--json', `--outputFile=${report}`, ...process.argv.slice(2)], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, [profileVariable]: folder },
});
const wallSeconds = (performance.now() - started) / 1000;

const results = (JSON.parse(readFileSync(report, 'utf8')) as { testResults: JestFileResult[] }).testResults;
const phases = readdirSync(folder)
  .filter((name) => name.endsWith('.jsonl'))
  .flatMap((name) => readFileSync(join(folder, name), 'utf8').trim().split('\n').filter(Boolean))
  .map((line) => JSON.parse(line) as PhaseRecord);
rmSync(folder, { recursive: true, force: true });

const files = results
  .map((result) => ({
    file: relative(process.cwd(), result.name),
    seconds: (result.endTime - result.startTime) / 1000,
    tests: result.assertionResults.length,
    failed: result.status !== 'passed',
  }))
  .sort((a, b) => b.seconds - a.seconds);

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const tests = files.reduce((sum, file) => sum + file.tests, 0);
console.log(`\nnpm test: ${wallSeconds.toFixed(0)} s wall, ${files.length} files, ${tests} tests`);

console.log('\nper folder (file time summed over the workers):');
const folders = new Map<string, { seconds: number; files: number; tests: number }>();
for (const file of files) {
  const name = file.file.split('/').slice(0, 2).join('/');
  const entry = folders.get(name) ?? { seconds: 0, files: 0, tests: 0 };
  folders.set(name, {
    seconds: entry.seconds + file.seconds,
    files: entry.files + 1,
    tests: entry.tests + file.tests,
  });
}
for (const [name, entry] of [...folders].sort((a, b) => b[1].seconds - a[1].seconds))
  console.log(
    `  ${entry.seconds.toFixed(1).padStart(7)} s  ${name.padEnd(28)} ${entry.files} files, ${entry.tests} tests`,
  );

console.log(`\nthe ${slowest} slowest files, and what they waited on:`);
for (const file of files.slice(0, slowest)) {
  const own = phases.filter((record) => record.file === file.file);
  const byPhase = new Map<string, { ms: number; count: number }>();
  for (const record of own) {
    const entry = byPhase.get(record.phase) ?? { ms: 0, count: 0 };
    byPhase.set(record.phase, { ms: entry.ms + record.ms, count: entry.count + 1 });
  }
  const waits = [...byPhase]
    .filter(([, entry]) => entry.ms >= 50)
    .sort((a, b) => b[1].ms - a[1].ms)
    .map(([phase, entry]) => `${phase} ${seconds(entry.ms)} (${entry.count}×)`);
  console.log(
    `  ${file.seconds.toFixed(1).padStart(7)} s  ${file.file}${file.failed ? ' (FAILED)' : ''}, ${file.tests} tests`,
  );
  if (waits.length > 0) console.log(`             ${waits.join('; ')}`);
}
process.exitCode = run.status ?? 1;
