import { isObject, type Json } from '../aws/protocol.js';
import { type LocalStack, seedNames } from '../index.js';

/** What the benches read from an execution: its Lambda attempts, the calls they made, medians, onsets. */

export interface Attempt {
  state: string;
  from: number;
  to: number;
  output?: Json;
}

/** Each Lambda invocation of an execution: its state, simulated start and end, and its output. */
export function attemptsOf(stack: LocalStack, executionArn: string): Attempt[] {
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

export function lambdaCallsBetween(stack: LocalStack, from: number, to: number): number {
  return stack.calls.calls.filter((call) => call.caller === 'lambda' && call.at >= from && call.at <= to)
    .length;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Onsets spread over a minute: the phase of the onset against the periods and the checks varies. */
export function onsets(runs: number): number[] {
  return Array.from({ length: runs }, (_, index) => 150 + Math.round(((index + Math.random()) * 60) / runs));
}

/** One printed figure of the bench: its name, its value and how it was measured. */
export interface BenchRow {
  figure: string;
  value: string;
  how: string;
}

/**
 * After a canary of `image` ended: when the version first served traffic, the first route write after that which
 * gave the canary node no weight (the route back on the stable), and the first Check that failed, if any.
 */
export function rollbackAfterOnset(
  stack: LocalStack,
  image: string,
  executionArn: string,
  routeWritesBefore: number,
) {
  const onset = stack.traffic.onsetOf(image);
  if (onset === undefined) throw new Error(`${image} never served traffic`);
  const restored = stack.appMesh.routeWrites
    .slice(routeWritesBefore)
    .find(
      (write) =>
        write.at > onset && !JSON.stringify(write.spec).includes(`"${seedNames.canaryNode}","weight":`),
    );
  const failed = attemptsOf(stack, executionArn).find(
    (attempt) =>
      attempt.state === 'Check' &&
      isObject(attempt.output?.lastCheck) &&
      attempt.output.lastCheck.verdict === 'FAIL',
  );
  const failedAt = failed ? Date.parse(String((failed.output!.lastCheck as Json).at)) : undefined;
  return { onset, restored, failedAt };
}
