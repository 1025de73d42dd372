import { sharedResources, type TrafficSnapshot, trafficSnapshotSchema } from '../routing/traffic-state.js';
import { stepErrorNames } from './errors.js';
import type { ExecutionRecords, ExecutionSummary } from './execution-records.js';

/**
 * Pure. Whether `a` started before `b`; equal start times are ordered by ARN. Both executions compute the
 * same order, so of two that race for a route exactly one goes on.
 */
export function startedBefore(a: ExecutionSummary, b: ExecutionSummary): boolean {
  const difference = a.startDate.getTime() - b.startDate.getTime();
  return difference !== 0 ? difference < 0 : a.executionArn < b.executionArn;
}

export interface RouteHolder extends ExecutionSummary {
  routes: string[];
}

/**
 * The other RUNNING executions of the state machine that shift any of the snapshot's routed resources. An execution
 * whose input holds no readable snapshot is ignored: its own Init refuses it before it changes anything.
 * Calls: one ListExecutions page, one DescribeExecution per other running execution.
 */
export async function otherRouteHolders(
  executions: ExecutionRecords,
  stateMachineArn: string,
  selfArn: string,
  snapshot: TrafficSnapshot,
): Promise<{ holders: RouteHolder[]; running: ExecutionSummary[] }> {
  const running = await executions.listRunning(stateMachineArn);
  const holders: RouteHolder[] = [];
  for (const execution of running) {
    if (execution.executionArn === selfArn) continue;
    const details = await executions.describe(execution.executionArn);
    const other = snapshotIn(details.input);
    const routes = other ? sharedResources(snapshot, other) : [];
    if (routes.length > 0) holders.push({ ...execution, routes });
  }
  return { holders, running };
}

function snapshotIn(input: string | undefined): TrafficSnapshot | undefined {
  if (input === undefined) return undefined;
  try {
    const parsed = trafficSnapshotSchema.safeParse(JSON.parse(input)?.document?.snapshot);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Errors with which an execution ends before it changed anything (Init refused it). */
const refusals = new Set<string>([stepErrorNames.canaryAlreadyRunning, stepErrorNames.invalidDocument]);

/**
 * The execution that took over any of the snapshot's routes after `self`: one that started later on them and
 * was not refused (it found them free, so it superseded what `self` left), or one running on them now.
 * Its changes are in force, not `self`'s: acting for `self` would undo them.
 * Calls: ListExecutions (one page, newest first), DescribeExecution per later or running execution.
 */
export async function routeSuccessor(
  executions: ExecutionRecords,
  stateMachineArn: string,
  self: ExecutionSummary,
  snapshot: TrafficSnapshot,
): Promise<(RouteHolder & { status: string }) | undefined> {
  const recent = await executions.listRecent(stateMachineArn, undefined, 100);
  for (const execution of recent) {
    if (execution.executionArn === self.executionArn) continue;
    if (execution.status !== 'RUNNING' && !startedBefore(self, execution)) continue;
    const details = await executions.describe(execution.executionArn);
    if (details.error !== undefined && refusals.has(details.error)) continue;
    const other = snapshotIn(details.input);
    const routes = other ? sharedResources(snapshot, other) : [];
    if (routes.length > 0) return { ...execution, status: details.status, routes };
  }
  return undefined;
}
