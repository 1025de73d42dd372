#!/usr/bin/env node
// Benchmarks, each figure printed with how it was measured. Figures, not pass/fail: the machines are shared.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstRequestTimer } from './first-request.mjs';

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

// The Lambda bundles exactly as `cdk synth` builds them (scripts/lambda-bundles.ts synthesizes the app).
const synth = spawnSync(process.execPath, ['--import', 'tsx', '--no-warnings', 'scripts/lambda-bundles.ts'], {
  encoding: 'utf8',
  maxBuffer: 16 * 1024 * 1024,
});
if (synth.status === 0) {
  for (const { handler, files } of JSON.parse(synth.stdout.trim().split('\n').at(-1))) {
    const code = files['index.mjs'];
    const total = Object.values(files).reduce((sum, bytes) => sum + bytes, 0);
    rows.push([
      `Lambda bundle ${handler}`,
      `${(code / 1024).toFixed(0)} KB`,
      `index.mjs of its cdk synth asset (minified ESM, SDK clients bundled); with the source map ${(total / 1024).toFixed(0)} KB`,
    ]);
  }
} else {
  rows.push(['Lambda bundles', 'failed', synth.stderr.split('\n').slice(-5).join(' ')]);
}

const baseline = timeNode(['-e', '']);
rows.push([
  'node start-up, empty script',
  `${baseline.toFixed(0)} ms`,
  `median of ${runs} runs of node -e ''`,
]);
const cli = timeNode(['dist/cli/index.js', '--version']);
rows.push([
  'node dist/cli/index.js --version',
  `${cli.toFixed(0)} ms`,
  `median of ${runs} runs, spawn to exit`,
]);

// The Action to its first AWS request: a dry-run deploy (the seeds' inputs) against a local endpoint, timed
// from spawn to the first request received; the process is ended there. BENCH_PEER_ACTION=<dir> also times
// the committed dist/index.js of aws-actions/amazon-ecs-deploy-task-definition (not part of this repository)
// registering a task definition against the same endpoint, run for run in turn with this one.
const timer = await firstRequestTimer();
const dryRun = {
  command: process.execPath,
  args: ['dist/index.js'],
  env: {
    INPUT_MODE: 'deploy',
    'INPUT_DRY-RUN': 'true',
    'INPUT_STATE-MACHINE-ARN': 'arn:aws:states:us-west-2:123456789012:stateMachine:appmesh-canary',
    INPUT_CLUSTER: 'apps',
    INPUT_SERVICE: 'serviceBv2',
    'INPUT_STABLE-SERVICE': 'serviceB',
    INPUT_MESH: 'apps',
    'INPUT_VIRTUAL-ROUTER': 'serviceB',
    'INPUT_STABLE-NODE': 'serviceB',
    'INPUT_CANARY-NODE': 'serviceBv2',
    'INPUT_ALARM-NAMES': 'serviceB-5xx',
  },
};
const peerDir = process.env.BENCH_PEER_ACTION;
const peerTaskDefinition = join(mkdtempSync(join(tmpdir(), 'appmesh-canary-bench-')), 'taskB.json');
writeFileSync(peerTaskDefinition, readFileSync('examples/taskB.json'));
const peer = peerDir && {
  command: process.execPath,
  args: ['dist/index.js'],
  cwd: peerDir,
  env: { 'INPUT_TASK-DEFINITION': peerTaskDefinition, INPUT_SERVICE: 'serviceBv2', INPUT_CLUSTER: 'apps' },
};
const ours = [];
const theirs = [];
const ratios = [];
for (let i = 0; i < runs; i++) {
  const mine = await timer.time(dryRun);
  ours.push(mine);
  if (peer) {
    const other = await timer.time(peer);
    theirs.push(other);
    ratios.push(mine / other);
  }
}
await timer.close();
rows.push([
  'Action dry-run deploy to its first AWS request',
  `${median(ours).toFixed(0)} ms`,
  `median of ${runs} runs of node dist/index.js, spawn to the first request received by a local endpoint`,
]);
if (peer) {
  rows.push([
    'amazon-ecs-deploy-task-definition to its first AWS request',
    `${median(theirs).toFixed(0)} ms`,
    `median of ${runs} runs, its dist/index.js registering examples/taskB.json, same endpoint, in turn with ours`,
  ]);
  rows.push([
    'ratio: this Action / amazon-ecs-deploy-task-definition',
    median(ratios).toFixed(2),
    'median of the run-by-run ratios (target <= 1.0)',
  ]);
}

// The canary figures, from real runs on the local stack (local/runs/bench.ts).
const canary = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--no-warnings', 'local/runs/bench-main.ts', '--json'],
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
