#!/usr/bin/env node
// Benchmarks, each figure printed with how it was measured. Figures, not pass/fail: the machines are shared.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
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

function sizeOf(paths) {
  const bytes = paths.reduce((total, path) => total + statSync(path).size, 0);
  const gzip = paths.reduce((total, path) => total + gzipSync(readFileSync(path)).length, 0);
  return `${(bytes / 1024 / 1024).toFixed(2)} MB (${(gzip / 1024).toFixed(0)} KB gzip)`;
}

const jsIn = (dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .map((name) => join(dir, name));

rows.push([
  'Action bundle: entry dist/index.js',
  sizeOf(['dist/index.js']),
  'file size; what node loads to start',
]);
rows.push([
  'Action bundle: all of dist/*.js',
  sizeOf(jsIn('dist')),
  'entry + the mode chunks loaded on demand',
]);
rows.push(['CLI bundle dist/cli/*.js', sizeOf(jsIn('dist/cli')), 'file sizes']);

// The Lambda bundles, built as CDK's NodejsFunction builds them (esbuild, ESM, minified, node22).
const esbuild = await import('esbuild');
const lambdaSizes = [];
for (const name of readdirSync('lambdas').filter((file) => file.endsWith('.ts'))) {
  const result = await esbuild.build({
    entryPoints: [join('lambdas', name)],
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    write: false,
    external: ['@aws-sdk/*'],
    logLevel: 'silent',
  });
  lambdaSizes.push([name.replace(/\.ts$/, ''), result.outputFiles[0].contents.length]);
}
for (const [name, bytes] of lambdaSizes) {
  rows.push([
    `Lambda bundle ${name}`,
    `${(bytes / 1024).toFixed(0)} KB`,
    'esbuild bundle, minified, AWS SDK external (in the runtime)',
  ]);
}

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
  `median of ${runs} runs, spawn to exit; loads the entry bundle and stops at the first missing input`,
]);
const cli = timeNode(['dist/cli/index.js', '--version']);
rows.push([
  'node dist/cli/index.js --version',
  `${cli.toFixed(0)} ms`,
  `median of ${runs} runs, spawn to exit`,
]);

// The canary figures, from real runs on the local stack (local/bench.ts).
const canary = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--no-warnings', 'local/bench-main.ts', '--json'],
  {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  },
);
if (canary.status === 0) {
  for (const row of JSON.parse(canary.stdout.trim().split('\n').at(-1)))
    rows.push([row.figure, row.value, row.how]);
} else {
  rows.push(['canary figures', 'failed', canary.stderr.split('\n').slice(-5).join(' ')]);
}

const width = Math.max(...rows.map((row) => row[0].length));
const valueWidth = Math.max(...rows.map((row) => row[1].length));
console.log(`${'figure'.padEnd(width)}  ${'value'.padEnd(valueWidth)}  how measured`);
for (const [name, value, how] of rows)
  console.log(`${name.padEnd(width)}  ${value.padEnd(valueWidth)}  ${how}`);
