import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type LocalStack, startLocalStack } from '../index.js';
import { runAction, seedInputs } from './action-runner.js';
import { latencyBench } from './bench-latency.js';
import {
  attemptsOf,
  type BenchRow,
  lambdaCallsBetween,
  median,
  onsets,
  rollbackAfterOnset,
} from './bench-support.js';
import { startCanary } from './canary.js';

/** One figure of `npm run bench`, with how it was measured. */
const scenario = fileURLToPath(new URL('../scenarios/versions.json', import.meta.url));
/** The Action's defaults: steps 25,50,100, 5-minute bakes, a check every minute. */
const defaultCanary: Record<string, string> = {};

async function defaultCanaryFigures(stack: LocalStack): Promise<BenchRow[]> {
  const { executionArn } = await startCanary(stack, '2.0.0', defaultCanary);
  await stack.settled();
  const execution = stack.stepFunctions.execution(executionArn)!;
  const attempts = attemptsOf(stack, executionArn);
  const checks = attempts.filter((attempt) => attempt.state === 'Check');
  const perCheck = checks.map((check) => lambdaCallsBetween(stack, check.from, check.to));
  const calls = lambdaCallsBetween(stack, execution.startDate, execution.stopDate ?? stack.clock.nowMs());
  const byState = new Map<string, number>();
  for (const attempt of attempts)
    byState.set(
      attempt.state,
      (byState.get(attempt.state) ?? 0) + lambdaCallsBetween(stack, attempt.from, attempt.to),
    );
  return [
    {
      figure: 'state transitions, default canary',
      value: String(execution.history.transitions()),
      how: `states entered by one promoted execution (25,50,100; 5 min bakes; 1 min checks), status ${execution.status}`,
    },
    {
      figure: 'AWS calls per health check',
      value: perCheck.length > 0 ? `${Math.min(...perCheck)}-${Math.max(...perCheck)}` : '-',
      how: `calls answered while each of the ${checks.length} Check Lambdas ran (metrics preset with a stable baseline)`,
    },
    {
      figure: 'AWS calls per canary (Lambdas)',
      value: String(calls),
      how: `every call of the execution's Lambdas: ${[...byState.entries()].map(([state, count]) => `${state} ${count}`).join(', ')}`,
    },
  ];
}

async function actionFigures(stack: LocalStack): Promise<BenchRow[]> {
  const before = stack.calls.count(undefined, undefined, 'client');
  const started = performance.now();
  const image = `${stack.account}.dkr.ecr.${stack.region}.amazonaws.com/serviceb:2.1.0`;
  const run = await runAction({ inputs: seedInputs(stack.stateMachineArn, image), env: stack.env });
  await stack.settled();
  const seconds = (performance.now() - started) / 1000;
  const calls = stack.calls.count(undefined, undefined, 'client') - before;
  const polls = stack.calls.calls
    .slice(-calls - 1)
    .filter((call) => call.caller === 'client' && call.operation === 'GetExecutionHistory').length;
  return [
    {
      figure: 'AWS calls per deploy (Action)',
      value: String(calls),
      how: `node dist/index.js deploy, status ${run.outputs.status ?? run.code}: pre-flight, register, update, wait, start and ${polls} history polls (${seconds.toFixed(0)} s real, mostly the ECS waiter's 15 s first poll)`,
    },
  ];
}

/** How the canary is watched in one detection figure: the metrics it reads, the checks, the alarm push. */
interface DetectionPath {
  name: string;
  inputs: Record<string, string>;
  /** How CloudWatch publishes Envoy's metrics in that setting. */
  envoy: { delaySeconds: number; resolutionSeconds: 1 | 10 | 60 };
  target: string;
}

const detectionPaths: DetectionPath[] = [
  {
    name: '(a) 1-minute metrics, 1-minute checks',
    inputs: { 'check-interval': '1m', 'metrics-period': '60' },
    envoy: { delaySeconds: 60, resolutionSeconds: 60 },
    target: '<= 75 s',
  },
  {
    name: '(b) 10-second high-resolution metrics, 10-second checks',
    inputs: { 'check-interval': '10s', 'metrics-period': '10' },
    envoy: { delaySeconds: 10, resolutionSeconds: 10 },
    target: '<= 30 s',
  },
  {
    name: '(c) alarm with a 1-minute period, pushed',
    // Checks far apart: only the alarm push can end the canary early.
    inputs: { 'check-interval': '15m', 'bake-time': '30m', 'alarm-names': 'serviceBv2-5xx' },
    envoy: { delaySeconds: 60, resolutionSeconds: 60 },
    target: '<= alarm evaluation + 15 s',
  },
];

interface Detection {
  /** Simulated seconds from the version turning bad to the route written back to the stable node. */
  restored: number;
  /** To the failing check, or to the alarm entering ALARM (push). */
  detected: number;
}

/**
 * One canary of the slow-burn version (5% 5xx from `onsetSeconds` after its first request), watched as the
 * path says, on a fresh stack: when it turned bad, was detected, and when the route was back.
 */
async function detectionRun(path: DetectionPath, onsetSeconds: number): Promise<Detection> {
  const scenarioOf = JSON.parse(readFileSync(scenario, 'utf8'));
  scenarioOf.versions = scenarioOf.versions.map((version: { image: string; degraded?: object }) =>
    version.image === 'serviceb:2.0.4-slow-burn'
      ? { ...version, degraded: { ...version.degraded, afterTrafficSeconds: onsetSeconds } }
      : version,
  );
  scenarioOf.metrics = {
    ...scenarioOf.metrics,
    publishing: { envoy: path.envoy, vpcLattice: path.envoy, applicationElb: path.envoy },
  };
  // 600 ms per simulated minute: a real millisecond of Lambda work is a tenth of a simulated second.
  const stack = await startLocalStack({ scenario: scenarioOf, msPerSimMinute: 600 });
  try {
    const writes = stack.appMesh.routeWrites.length;
    const { executionArn } = await startCanary(stack, '2.0.4-slow-burn', path.inputs);
    await stack.settled();
    const { onset, restored, failedAt } = rollbackAfterOnset(
      stack,
      'serviceb:2.0.4-slow-burn',
      executionArn,
      writes,
    );
    const pushed = stack.alarmPush.deliveries.find((delivery) => delivery.alarm === 'serviceBv2-5xx');
    const detectedAt = failedAt ?? pushed?.at;
    if (!restored || detectedAt === undefined)
      throw new Error(`${path.name}: the canary was not rolled back (onset ${onsetSeconds} s)`);
    return { detected: (detectedAt - onset) / 1000, restored: (restored.at - onset) / 1000 };
  } finally {
    await stack.stop();
  }
}

async function detectionFigures(path: DetectionPath, runs: number): Promise<BenchRow> {
  const results: Detection[] = [];
  for (const onset of onsets(runs)) results.push(await detectionRun(path, onset));
  const restored = results.map((result) => result.restored);
  const detected = results.map((result) => result.detected);
  const round = (value: number) => Math.round(value);
  return {
    figure: `error onset to route restored, ${path.name}`,
    value: `${round(median(restored))} s`,
    how:
      `simulated seconds, median of ${runs} onsets at random offsets (${round(Math.min(...restored))}-${round(Math.max(...restored))}); ` +
      `detected after ${round(median(detected))} s (${round(Math.min(...detected))}-${round(Math.max(...detected))}); ` +
      `Envoy metrics readable ${path.envoy.delaySeconds} s late; target ${path.target}`,
  };
}

async function withStack<T>(run: (stack: LocalStack) => Promise<T>): Promise<T> {
  const stack = await startLocalStack({ scenario, msPerSimMinute: 50 });
  try {
    return await run(stack);
  } finally {
    await stack.stop();
  }
}

/**
 * The figures that need the canary to run, measured on the local stack's simulated clock.
 */
export async function canaryBench(
  options: { withAction?: boolean; onsetRuns?: number } = {},
): Promise<BenchRow[]> {
  const rows = await withStack(async (stack) => [
    ...(await defaultCanaryFigures(stack)),
    ...(options.withAction === false ? [] : await actionFigures(stack)),
  ]);
  for (const path of detectionPaths) rows.push(await detectionFigures(path, options.onsetRuns ?? 10));
  rows.push(...(await latencyBench(options.onsetRuns ?? 10)));
  return rows;
}
