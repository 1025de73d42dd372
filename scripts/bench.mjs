#!/usr/bin/env node
// Benchmarks, each figure printed with how it was measured. Figures, not pass/fail: the machines are shared.
// A speed is stated against a floor or a peer timed in the same run, in turn with it, as a ratio.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildLikeDist } from './bench/build-like-dist.mjs';
import { importArgs, inTurn, median, spawnMs } from './bench/timing.mjs';
import { firstRequestTimer } from './first-request.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 15);
// BENCH_LAMBDA_ONLY=1 prints the Lambda rows alone; BENCH_HANDLERS=hold,init only those handlers' rows.
const lambdaOnly = Boolean(process.env.BENCH_LAMBDA_ONLY);
// BENCH_ACTION_ONLY=1 prints the Action's rows alone (its bundle sizes and its first request beside the yardstick).
const actionOnly = Boolean(process.env.BENCH_ACTION_ONLY);
const timedHandlers = process.env.BENCH_HANDLERS?.split(',');
const rows = [];
const work = mkdtempSync(join(tmpdir(), 'appmesh-canary-bench-'));
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;

function sizeOf(paths) {
  const bytes = paths.reduce((total, path) => total + statSync(path).size, 0);
  const gzip = paths.reduce((total, path) => total + gzipSync(readFileSync(path)).length, 0);
  return `${(bytes / 1024 / 1024).toFixed(2)} MB (${(gzip / 1024).toFixed(0)} KB gzip)`;
}

/** The .js files of a bundle: its entry and its chunks/ (not those of a bundle nested in it, dist/cli). */
const jsIn = (dir) =>
  [...readdirSync(dir), ...readdirSync(join(dir, 'chunks')).map((name) => join('chunks', name))]
    .filter((name) => name.endsWith('.js'))
    .map((name) => join(dir, name));

if (!lambdaOnly) {
  rows.push([
    'Action bundle: entry dist/index.js',
    sizeOf(['dist/index.js']),
    'file size; what node loads to start',
  ]);
  rows.push([
    'Action bundle: dist/index.js and dist/chunks/*.js',
    sizeOf(jsIn('dist')),
    'entry + the mode chunks loaded on demand',
  ]);
  if (!actionOnly) {
    rows.push(['CLI bundle: dist/cli/index.js and its chunks', sizeOf(jsIn('dist/cli')), 'file sizes']);
  }
}
if (!lambdaOnly && !actionOnly) {
  const baseline = median(Array.from({ length: runs }, () => spawnMs(['-e', ''])));
  rows.push([
    'node start-up, empty script',
    `${baseline.toFixed(0)} ms`,
    `median of ${runs} runs of node -e ''`,
  ]);
}

// The Lambda bundles exactly as `cdk synth` builds them (scripts/lambda-bundles.ts synthesizes the app). The
// bundles are split: a cold start loads the entry and, on a route handler, the chunks of its deployment's router.
// Each handler's largest cold start is set against a floor built in the same run with the same esbuild options
// from only the SDK clients that cold start holds, loaded the same way.
const synth = actionOnly
  ? undefined
  : spawnSync(
      process.execPath,
      ['--import', 'tsx', '--no-warnings', 'scripts/lambda-bundles.ts', '--keep', join(work, 'synth')],
      { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
    );
if (!synth) {
  // the Action's rows only
} else if (synth.status === 0) {
  const bundles = JSON.parse(synth.stdout.trim().split('\n').at(-1));
  for (const bundle of bundles.filter(({ handler }) => !timedHandlers || timedHandlers.includes(handler))) {
    const { handler, assetDir, assetBytes, mapBytes, nodeOptions, coldStarts, largest, floorDir, floors } =
      bundle;
    const names = floors.whole.clients.map((client) => client.replace('@aws-sdk/client-', '')).join(', ');
    const perRouter = coldStarts
      .map((start) => `${start.router ?? 'no router'} ${kb(start.bytes)}`)
      .join(', ');
    rows.push([
      `Lambda ${handler}: cold-start load`,
      kb(largest.bytes),
      `the largest a cold start loads of its cdk synth asset (target <= 450 KB): ${perRouter}; whole asset ${kb(assetBytes)} + maps ${kb(mapBytes)}; its SDK clients alone (${names}): ${kb(floors.whole.bytes)} bundled whole, ${kb(floors.split.bytes)} split`,
    ]);
    // Module load as a cold start pays it: the function's own NODE_OPTIONS, for it and for its floors.
    const env = nodeOptions ? { NODE_OPTIONS: nodeOptions } : {};
    const files = (dir, start) => start.files.map((file) => join(dir, file));
    const ours = files(assetDir, largest);
    const time = (paths) => spawnMs(importArgs(...paths), env);
    const whole = await inTurn(runs, ours, files(join(floorDir, 'whole'), floors.whole), time);
    const split = await inTurn(runs, ours, files(join(floorDir, 'split'), floors.split), time);
    rows.push([
      `Lambda ${handler}: module load / floor`,
      whole.ratio.toFixed(2),
      `node -e "await import(...)" of the ${largest.files.length} files of that cold start${largest.router ? ` (${largest.router})` : ''}, spawn to exit, NODE_OPTIONS='${nodeOptions}': ${whole.a.toFixed(0)} ms vs ${whole.b.toFixed(0)} ms for its SDK clients bundled whole (target <= 1.15), quartiles of the ratio ${whole.spread}; vs the same clients split as it is: ${split.b.toFixed(0)} ms, ratio ${split.ratio.toFixed(2)}; ${runs} runs in turn, medians of the run-by-run ratios`,
    ]);
  }
  // What --enable-source-maps costs a cold start, on the largest: the same files with and without it.
  if (!lambdaOnly) {
    const largest = bundles.reduce((a, b) => (b.largest.bytes > a.largest.bytes ? b : a));
    const paths = largest.largest.files.map((file) => join(largest.assetDir, file));
    const maps = await inTurn(runs, '--enable-source-maps', '', (flag) =>
      spawnMs(importArgs(...paths), flag ? { NODE_OPTIONS: flag } : {}),
    );
    rows.push([
      `Lambda ${largest.handler}: module load with --enable-source-maps / without`,
      maps.ratio.toFixed(2),
      `the same files and their maps: ${maps.a.toFixed(0)} ms vs ${maps.b.toFixed(0)} ms, ${runs} runs in turn`,
    ]);
  }
} else {
  rows.push(['Lambda bundles', 'failed', synth.stderr.split('\n').slice(-5).join(' ')]);
}

for (const args of lambdaOnly || actionOnly ? [] : [['--version'], ['--help']]) {
  const cli = await inTurn(runs, ['dist/cli/index.js', ...args], ['-e', ''], (command) => spawnMs(command));
  rows.push([
    `node dist/cli/index.js ${args[0]}`,
    `${cli.a.toFixed(0)} ms`,
    `median of ${runs} runs, spawn to exit (target <= 100 ms); in turn with node -e '' (${cli.b.toFixed(0)} ms): ratio ${cli.ratio.toFixed(2)}`,
  ]);
}

// The Action to its first AWS request: a dry-run deploy (the seeds' inputs) against a local endpoint, timed
// from spawn to the first request received; the process is ended there. It is timed in turn with a yardstick:
// BENCH_PEER_ACTION=<dir> holding the committed dist/ of aws-actions/amazon-ecs-deploy-task-definition (a clone of
// that repository), which registers a task definition against the same endpoint; otherwise the floor
// scripts/bench/action-floor.ts (the Actions toolkit and the one SDK client of that first request), bundled in
// this run as dist/ is.
if (!lambdaOnly) {
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
  let yardstick;
  if (peerDir) {
    const peerTaskDefinition = join(work, 'taskB.json');
    writeFileSync(peerTaskDefinition, readFileSync('examples/taskB.json'));
    yardstick = {
      name: 'amazon-ecs-deploy-task-definition',
      how: 'its dist/index.js registering examples/taskB.json',
      run: {
        command: process.execPath,
        args: ['dist/index.js'],
        cwd: peerDir,
        env: {
          'INPUT_TASK-DEFINITION': peerTaskDefinition,
          INPUT_SERVICE: 'serviceBv2',
          INPUT_CLUSTER: 'apps',
        },
      },
    };
  } else {
    const floorDir = join(work, 'action-floor');
    await buildLikeDist('scripts/bench/action-floor.ts', floorDir);
    yardstick = {
      name: 'the floor (scripts/bench/action-floor.ts)',
      how: 'the Actions toolkit reading the input and the SFN client sending the same DescribeStateMachine, bundled in this run as dist/ is',
      run: { command: process.execPath, args: [join(floorDir, 'index.js')], env: dryRun.env },
    };
  }
  const action = await inTurn(runs, dryRun, yardstick.run, (run) => timer.time(run));
  await timer.close();
  rows.push([
    'Action dry-run deploy to its first AWS request',
    `${action.a.toFixed(0)} ms`,
    `median of ${runs} runs of node dist/index.js, spawn to the first request received by a local endpoint`,
  ]);
  rows.push([
    `${yardstick.name} to its first AWS request`,
    `${action.b.toFixed(0)} ms`,
    `median of ${runs} runs, ${yardstick.how}; same endpoint, in turn with ours`,
  ]);
  rows.push([
    `ratio: this Action / ${yardstick.name}`,
    action.ratio.toFixed(2),
    `median of the run-by-run ratios (target <= 1.0), quartiles ${action.spread}`,
  ]);
}
rmSync(work, { recursive: true, force: true });

// The canary figures, from real runs on the local stack (local/runs/bench.ts); BENCH_STARTUP_ONLY=1 leaves them out.
const canary =
  process.env.BENCH_STARTUP_ONLY || lambdaOnly || actionOnly
    ? undefined
    : spawnSync(
        process.execPath,
        ['--import', 'tsx', '--no-warnings', 'local/runs/bench-main.ts', '--json'],
        {
          encoding: 'utf8',
          maxBuffer: 16 * 1024 * 1024,
        },
      );
if (!canary) {
  // start-up figures only
} else if (canary.status === 0) {
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
