import type { HookRun } from '../../src/orchestrator/progress.js';
import type { LocalStack } from '../index.js';
import { canaryShare, type RouterView } from './router-view.js';

/** The header of the --hooks runs' test traffic: requests that carry it reach the canary alone. */
export const demoTestHeader = { name: 'x-canary', value: 'true' };

/**
 * The --hooks inputs: test traffic, the scenario's `smoke` function (examples/hooks/smoke-hook.ts) once the
 * test route or rule is in place, and its https endpoint `/hooks/ok` (through the scenario's connection)
 * after each shift.
 */
export function demoHookInputs(stack: LocalStack): Record<string, string> {
  return {
    'test-traffic-header': `${demoTestHeader.name}: ${demoTestHeader.value}`,
    hooks: [
      `test-traffic: ${stack.hooks.functionArn('smoke')}`,
      `after-shift: ${stack.hooks.endpointUrl('/hooks/ok')}`,
    ].join('\n'),
  };
}

/** The calls that write a router's production weights, by the stack's service names. */
const weightWrites = new Set([
  'appmesh UpdateRoute',
  'elbv2 ModifyRule',
  'elbv2 ModifyListener',
  'vpc-lattice UpdateRule',
  'vpc-lattice UpdateListener',
]);

/** Where the stack's records stood when a run began: what the run did is what came after. */
export interface RunMark {
  routeWrites: number;
  calls: number;
  requests: number;
}

export function markRun(stack: LocalStack, view: RouterView): RunMark {
  return {
    routeWrites: view.writeCount(),
    calls: stack.calls.calls.length,
    requests: stack.dataPlane.requests().length,
  };
}

/** "arn:…:function:smoke" for a Lambda ARN, as the docs write it; any other target as given. */
export function shortTarget(target: string): string {
  return target.replace(/^arn:aws:lambda:[^:]+:\d+:(function:.+)$/, 'arn:…:$1');
}

/** The route or rule a request met; an ALB rule by the id at the end of its ARN, as the Action names it. */
function shortVia(via: string): string {
  return via.replace(/arn:aws:elasticloadbalancing:\S+\/([0-9a-f]+)$/, '$1');
}

/** One hook run as the timeline prints it: stage (and step), target, verdict, duration, reason. */
export function hookRunText(run: HookRun): string {
  const step = run.step ? ` (step ${run.step})` : '';
  return `hook ${run.stage}${step} ${shortTarget(run.target)}: ${run.verdict} in ${run.durationSeconds} s — ${run.reason}`;
}

/** What reached users and testers during one run, and whether it is what the run expects. */
export interface TestTrafficEvidence {
  lines: string[];
  /** Smoke requests were sent, and every one carried the test header and was served by the canary. */
  smokeOnCanaryOnly: boolean;
  /** No write of the production route or rule gave the canary a share of the traffic. */
  noProductionWeight: boolean;
}

/**
 * Reads the stack's records since `mark`: the production route's or rule's weight history (each write and the
 * canary's share it set), the weight-writing calls of the call log, and the data plane's requests (the smoke
 * hook's), each with the target that served it.
 */
export function testTrafficEvidence(stack: LocalStack, view: RouterView, mark: RunMark): TestTrafficEvidence {
  const writes = view.writesSince(mark.routeWrites);
  const largestShare = Math.max(0, ...writes.map((write) => canaryShare(write.weights, view)));
  const calls = stack.calls.calls
    .slice(mark.calls)
    .filter((call) => !call.error && weightWrites.has(`${call.service} ${call.operation}`));
  const counted = new Map<string, number>();
  for (const call of calls) counted.set(call.operation, (counted.get(call.operation) ?? 0) + 1);
  const callText =
    counted.size === 0
      ? 'none'
      : [...counted].map(([operation, count]) => `${operation} ×${count}`).join(', ');
  const requests = stack.dataPlane.requests().slice(mark.requests);
  const header = demoTestHeader.name;
  const tested = requests.filter((one) => one.headers[header] === demoTestHeader.value);
  const onCanary = requests.filter((one) => one.target === view.canary);
  const via = [...new Set(requests.map((one) => shortVia(one.via)))].join(', ') || 'nothing';
  const statuses = [...new Set(requests.map((one) => one.status))].join(', ');
  return {
    lines: [
      `  production weights written: ${writes.length === 0 ? 'none' : `${writes.length}, the canary's share at most ${largestShare}%`} (weight calls in the call log: ${callText})`,
      `  smoke requests on the data plane: ${requests.length}, ${tested.length} with ${header}: ${demoTestHeader.value}, ${onCanary.length} served by ${view.canary} via ${via}${statuses ? ` (HTTP ${statuses})` : ''}`,
    ],
    smokeOnCanaryOnly:
      requests.length > 0 && tested.length === requests.length && onCanary.length === requests.length,
    noProductionWeight: largestShare === 0,
  };
}
