import { fileURLToPath } from 'node:url';
import { runAction, seedInputs } from './action-runner.js';
import { startCanary } from './canary.js';
import { type LocalStack, seedNames, startLocalStack } from './index.js';
import { isObject, type Json } from './protocol.js';

/** One figure of `npm run bench`, with how it was measured. */
export interface BenchRow {
  figure: string;
  value: string;
  how: string;
}

const scenario = fileURLToPath(new URL('scenarios/versions.json', import.meta.url));
/** The Action's defaults: steps 25,50,100, 5-minute bakes, a check every minute. */
const defaultCanary: Record<string, string> = {};

interface Attempt {
  state: string;
  from: number;
  to: number;
  output?: Json;
}

/** Each Lambda invocation of an execution: its state, simulated start and end, and its output. */
function attemptsOf(stack: LocalStack, executionArn: string): Attempt[] {
  const attempts: Attempt[] = [];
  let state = '';
  let from = 0;
  for (const event of stack.stepFunctions.execution(executionArn)?.history.list(true) ?? []) {
    const at = (event.timestamp as number) * 1000;
    const entered = event.stateEnteredEventDetails;
    if (isObject(entered)) state = String(entered.name);
    if (event.type === 'LambdaFunctionScheduled') from = at;
    const succeeded = event.lambdaFunctionSucceededEventDetails;
    if (isObject(succeeded))
      attempts.push({ state, from, to: at, output: JSON.parse(String(succeeded.output)) });
    if (event.type === 'LambdaFunctionFailed') attempts.push({ state, from, to: at });
  }
  return attempts;
}

function lambdaCallsBetween(stack: LocalStack, from: number, to: number): number {
  return stack.calls.calls.filter((call) => call.caller === 'lambda' && call.at >= from && call.at <= to)
    .length;
}

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

/** Simulated seconds from a version turning bad (at 150 s of traffic) to its FAIL check and to the route written back. */
async function onsetRun(
  stack: LocalStack,
  checkInterval: string,
): Promise<{ detected: number; restored: number }> {
  const writes = stack.appMesh.routeWrites.length;
  const { executionArn } = await startCanary(stack, '2.0.4-slow-burn', { 'check-interval': checkInterval });
  await stack.settled();
  const onset = stack.traffic.onsetOf('serviceb:2.0.4-slow-burn');
  if (onset === undefined) throw new Error('the slow-burn version never served traffic');
  const restored = stack.appMesh.routeWrites
    .slice(writes)
    .find((write) => write.at > onset && !JSON.stringify(write.spec).includes(seedNames.canaryNode));
  const failed = attemptsOf(stack, executionArn).find(
    (attempt) =>
      attempt.state === 'Check' &&
      isObject(attempt.output?.lastCheck) &&
      attempt.output.lastCheck.verdict === 'FAIL',
  );
  if (!restored || !failed) throw new Error(`the canary with ${checkInterval} checks was not rolled back`);
  const detected = Date.parse(String((failed.output!.lastCheck as Json).at));
  return { detected: (detected - onset) / 1000, restored: (restored.at - onset) / 1000 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function onsetFigures(checkInterval: string, runs: number): Promise<BenchRow> {
  const results: Array<{ detected: number; restored: number }> = [];
  // Each run on a fresh stack: the version turns bad a fixed time after its first request ever.
  for (let run = 0; run < runs; run++)
    results.push(await withStack((stack) => onsetRun(stack, checkInterval)));
  const restored = results.map((result) => result.restored);
  const detected = results.map((result) => result.detected);
  return {
    figure: `error onset to route restored, ${checkInterval} checks`,
    value: `${Math.round(median(restored))} s`,
    how:
      `simulated seconds, median of ${runs} runs (${Math.round(Math.min(...restored))}-${Math.round(Math.max(...restored))}); ` +
      `the version turns to 5% 5xx 150 s after its first request; FAIL check after ${Math.round(median(detected))} s; window 60 s`,
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
  rows.push(await onsetFigures('1m', options.onsetRuns ?? 5));
  rows.push(await onsetFigures('30s', options.onsetRuns ?? 5));
  return rows;
}
