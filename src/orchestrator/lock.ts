import type { MeshSnapshot } from '../mesh/router.js';
import { meshTrafficStateSchema } from './document.js';
import type { ExecutionSummary, Executions } from './sfn.js';

/** Pure. The route names two deployments both shift (same mesh, owner and virtual router). */
export function sharedRoutes(a: MeshSnapshot, b: MeshSnapshot): string[] {
  if (
    a.mesh !== b.mesh ||
    (a.meshOwner ?? '') !== (b.meshOwner ?? '') ||
    a.virtualRouter !== b.virtualRouter
  ) {
    return [];
  }
  const names = new Set(b.routes.map((route) => route.routeName));
  return a.routes.map((route) => route.routeName).filter((name) => names.has(name));
}

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
 * The other RUNNING executions of the state machine that shift any of the snapshot's routes. An execution
 * whose input holds no readable snapshot is ignored: its own Init refuses it before it changes anything.
 * Calls: one ListExecutions page, one DescribeExecution per other running execution.
 */
export async function otherRouteHolders(
  executions: Executions,
  stateMachineArn: string,
  selfArn: string,
  snapshot: MeshSnapshot,
): Promise<{ holders: RouteHolder[]; running: ExecutionSummary[] }> {
  const running = await executions.listRunning(stateMachineArn);
  const holders: RouteHolder[] = [];
  for (const execution of running) {
    if (execution.executionArn === selfArn) continue;
    const details = await executions.describe(execution.executionArn);
    const other = snapshotIn(details.input);
    const routes = other ? sharedRoutes(snapshot, other) : [];
    if (routes.length > 0) holders.push({ ...execution, routes });
  }
  return { holders, running };
}

function snapshotIn(input: string | undefined): MeshSnapshot | undefined {
  if (input === undefined) return undefined;
  try {
    const parsed = meshTrafficStateSchema.safeParse(JSON.parse(input)?.document?.snapshot);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
