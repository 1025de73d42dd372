import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isObject } from '../aws/protocol.js';
import { type LocalStack, seedNames, startLocalStack } from '../index.js';
import {
  attemptsOf,
  type BenchRow,
  lambdaCallsBetween,
  median,
  onsets,
  rollbackAfterOnset,
} from './bench-support.js';
import { startCanary } from './canary.js';

const scenario = fileURLToPath(new URL('../scenarios/versions.json', import.meta.url));
const image = 'serviceb:2.3.0-tail-later';

/**
 * Enough traffic for a p99 in a 10-second window at 25%: 1,000 canary requests need 400 per second there. The
 * simulator plays flows, so the rate costs nothing.
 */
const requestsPerSecond = 400;

/**
 * p99 against the stable's with the App Mesh metrics extension (TargetResponseTime, a distribution CloudWatch
 * serves at the publishing resolution): one GetMetricData per check, latency included.
 */
const latencyInputs = {
  'metrics-preset': 'envoy-appmesh-extension',
  'metrics-namespace': 'AppMesh',
  'max-latency-increase': '50%',
};

interface LatencyPath {
  name: string;
  inputs: Record<string, string>;
  envoy: { delaySeconds: number; resolutionSeconds: 10 | 60 };
}

const paths: LatencyPath[] = [
  {
    name: '(a) 1-minute metrics, 1-minute checks',
    inputs: { 'check-interval': '1m', 'metrics-period': '60' },
    envoy: { delaySeconds: 60, resolutionSeconds: 60 },
  },
  {
    name: '(b) 10-second high-resolution metrics, 10-second checks',
    inputs: { 'check-interval': '10s', 'metrics-period': '10' },
    envoy: { delaySeconds: 10, resolutionSeconds: 10 },
  },
];

/** A version as fast as the stable until `onsetSeconds` after its first request, then with a p99 3× the stable's. */
function scenarioWithTailAt(onsetSeconds: number, envoy: LatencyPath['envoy']) {
  const played = JSON.parse(readFileSync(scenario, 'utf8'));
  played.requestsPerSecond = requestsPerSecond;
  played.versions.push({
    image,
    errorRatePct: 0.1,
    latencyMs: 40,
    degraded: {
      afterTrafficSeconds: onsetSeconds,
      latencyMs: 33,
      latencyTail: { sharePct: 2, latencyMs: 400 },
    },
  });
  played.metrics = { ...played.metrics, publishing: { envoy, vpcLattice: envoy, applicationElb: envoy } };
  return played;
}

/** Simulated seconds from the tail's onset to the failing check, and to the route back on the stable. */
async function detectionRun(path: LatencyPath, onsetSeconds: number) {
  const stack = await startLocalStack({
    scenario: scenarioWithTailAt(onsetSeconds, path.envoy),
    msPerSimMinute: 600,
  });
  try {
    const writes = stack.appMesh.routeWrites.length;
    const { executionArn } = await startCanary(stack, image.split(':')[1]!, {
      ...latencyInputs,
      ...path.inputs,
    });
    await stack.settled();
    const { onset, restored, failedAt } = rollbackAfterOnset(stack, image, executionArn, writes);
    if (!restored || failedAt === undefined)
      throw new Error(`${path.name}: the tail was not rolled back (onset ${onsetSeconds} s)`);
    return { detected: (failedAt - onset) / 1000, restored: (restored.at - onset) / 1000 };
  } finally {
    await stack.stop();
  }
}

async function detectionFigure(path: LatencyPath, runs: number): Promise<BenchRow> {
  const results = [];
  for (const onset of onsets(runs)) results.push(await detectionRun(path, onset));
  const restored = results.map((result) => result.restored);
  const detected = results.map((result) => result.detected);
  const range = (values: number[]) => `${Math.round(Math.min(...values))}-${Math.round(Math.max(...values))}`;
  return {
    figure: `3× p99 onset to route restored, ${path.name}`,
    value: `${Math.round(median(restored))} s`,
    how:
      `simulated seconds, median of ${runs} onsets at random offsets (${range(restored)}); detected after ` +
      `${Math.round(median(detected))} s (${range(detected)}); no errors, mean unchanged; p99 vs stable, ` +
      `max-latency-increase 50%, extension TargetResponseTime readable ${path.envoy.delaySeconds} s late`,
  };
}

const healthOperations = new Set(['GetMetricData', 'GetTimeSeriesServiceStatistics', 'DescribeAlarms']);

/**
 * The health calls of each judged check (not a WAIT) of a promoted canary with latency on, as "n" or "n-m",
 * and all calls of those checks (the canary service's revision is confirmed too).
 */
async function callsPerCheck(stack: LocalStack, inputs: Record<string, string>) {
  const { executionArn } = await startCanary(stack, '2.0.0', inputs);
  await stack.settled();
  const judged = attemptsOf(stack, executionArn).filter(
    (attempt) =>
      attempt.state === 'Check' &&
      isObject(attempt.output?.lastCheck) &&
      attempt.output.lastCheck.verdict !== 'WAIT',
  );
  const health = judged.map(
    (check) =>
      stack.calls.calls.filter(
        (call) =>
          call.caller === 'lambda' &&
          call.at >= check.from &&
          call.at <= check.to &&
          healthOperations.has(call.operation),
      ).length,
  );
  const all = judged.map((check) => lambdaCallsBetween(stack, check.from, check.to));
  const span = (values: number[]) =>
    Math.min(...values) === Math.max(...values)
      ? String(values[0])
      : `${Math.min(...values)}-${Math.max(...values)}`;
  return { health: span(health), all: span(all), checks: judged.length };
}

export async function latencyBench(runs: number): Promise<BenchRow[]> {
  const stack = await startLocalStack({
    scenario: scenarioWithTailAt(3600, paths[0]!.envoy),
    msPerSimMinute: 50,
  });
  const rows: BenchRow[] = [];
  try {
    const extension = await callsPerCheck(stack, latencyInputs);
    rows.push({
      figure: 'AWS calls per health check, latency on (extension)',
      value: extension.health,
      how: `health reads of each of the ${extension.checks} judged checks of a promoted canary: one GetMetricData holds counts and p99 of canary and stable (${extension.all} calls per check with the canary service's revision confirmed)`,
    });
    const withXRay = {
      'max-latency-increase': '50%',
      xray: 'true',
      'xray-stable-service': `${seedNames.mesh}/${seedNames.stableNode}`,
    };
    const xray = await callsPerCheck(stack, withXRay);
    rows.push({
      figure: 'AWS calls per health check, latency on (X-Ray)',
      value: xray.health,
      how: `health reads of each of the ${xray.checks} judged checks: Container Insights counts (GetMetricData) and the p99 from the X-Ray histograms of canary and stable (GetTimeSeriesServiceStatistics each; ${xray.all} calls per check in all)`,
    });
  } finally {
    await stack.stop();
  }
  for (const path of paths) rows.push(await detectionFigure(path, runs));
  return rows;
}
