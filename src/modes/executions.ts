import { documentOf, type ExecutionDocument } from '../orchestrator/document.js';
import { stepErrorNames } from '../orchestrator/errors.js';
import type { ExecutionDetails, Executions } from '../orchestrator/sfn.js';
import { sharedResources, type TrafficSnapshot } from '../routing/engine.js';

export interface CanaryExecution {
  details: ExecutionDetails;
  document: ExecutionDocument;
}

/** The running execution that shifts any of these routes, if one does (the lock allows one). */
export async function runningCanaryOn(
  executions: Executions,
  stateMachineArn: string,
  traffic: TrafficSnapshot,
): Promise<CanaryExecution | undefined> {
  for (const summary of await executions.listRunning(stateMachineArn)) {
    const found = await canaryOn(executions, summary.executionArn, traffic);
    if (found) return found;
  }
  return undefined;
}

/** Errors with which an execution ended before it changed anything: not a canary that left something behind. */
const refusals = new Set<string>([stepErrorNames.canaryAlreadyRunning, stepErrorNames.invalidDocument]);

/** The newest ended execution on these routes that was not refused before any change (newest first, one page). */
export async function lastCanaryOn(
  executions: Executions,
  stateMachineArn: string,
  traffic: TrafficSnapshot,
  statuses: readonly string[] = ['SUCCEEDED', 'FAILED', 'ABORTED', 'TIMED_OUT'],
): Promise<CanaryExecution | undefined> {
  const recent = await executions.listRecent(stateMachineArn, undefined, 100);
  for (const summary of recent) {
    if (!statuses.includes(summary.status)) continue;
    const found = await canaryOn(executions, summary.executionArn, traffic);
    if (found && !(found.details.error && refusals.has(found.details.error))) return found;
  }
  return undefined;
}

async function canaryOn(
  executions: Executions,
  executionArn: string,
  traffic: TrafficSnapshot,
): Promise<CanaryExecution | undefined> {
  const details = await executions.describe(executionArn);
  const document = documentOf(details);
  if (!document || sharedResources(traffic, document.snapshot).length === 0) return undefined;
  return { details, document };
}
