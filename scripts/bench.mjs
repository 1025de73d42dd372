#!/usr/bin/env node
// Benchmarks, each figure printed with how it was measured. Figures, not pass/fail: the machines are shared.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const runs = Number(process.env.BENCH_RUNS ?? 15);
const rows = [];

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function timeNode(args, env = {}) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, args, { env: { PATH: process.env.PATH, ...env }, stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

function size(path) {
  const bytes = statSync(path).size;
  const gzip = gzipSync(readFileSync(path)).length;
  return `${(bytes / 1024 / 1024).toFixed(2)} MB (${(gzip / 1024).toFixed(0)} KB gzip)`;
}

rows.push(['bundle dist/index.js', size('dist/index.js'), 'file size on disk']);
rows.push(['bundle dist/cli/index.js', size('dist/cli/index.js'), 'file size on disk']);
const baseline = timeNode(['-e', '']);
rows.push([
  'node start-up, empty script',
  `${baseline.toFixed(0)} ms`,
  `median of ${runs} runs of node -e ''`,
]);
const action = timeNode(['dist/index.js'], { INPUT_MODE: 'deploy' });
rows.push([
  'node dist/index.js start-up',
  `${action.toFixed(0)} ms`,
  `median of ${runs} runs, wall clock from spawn to exit; loads the bundle and stops at the first missing input`,
]);
const cli = timeNode(['dist/cli/index.js', '--version']);
rows.push(['node dist/cli/index.js --version', `${cli.toFixed(0)} ms`, `median of ${runs} runs, wall clock`]);

const width = rows.reduce((max, row) => Math.max(max, row[0].length), 0);
const valueWidth = rows.reduce((max, row) => Math.max(max, row[1].length), 0);
console.log(`${'figure'.padEnd(width)}  ${'value'.padEnd(valueWidth)}  how measured`);
for (const [name, value, how] of rows)
  console.log(`${name.padEnd(width)}  ${value.padEnd(valueWidth)}  ${how}`);
