import type { MeshTrafficState } from '../mesh/router.js';
import { type ExecutionDocument, parseExecutionDocument } from '../orchestrator/document.js';
import { sharedRoutes } from '../orchestrator/lock.js';
import type { ExecutionDetails, Executions } from '../orchestrator/sfn.js';

export interface CanaryExecution {
  details: ExecutionDetails;
  document: ExecutionDocument;
}

/** The document of an execution, or undefined when its input holds none (not a canary of this project). */
export function documentOf(details: ExecutionDetails): ExecutionDocument | undefined {
  if (details.input === undefined) return undefined;
  try {
    return parseExecutionDocument(JSON.parse(details.input).document);
  } catch {
    return undefined;
  }
}

/** The running execution that shifts any of these routes, if one does (the lock allows one). */
export async function runningCanaryOn(
  executions: Executions,
  stateMachineArn: string,
  traffic: MeshTrafficState,
): Promise<CanaryExecution | undefined> {
  for (const summary of await executions.listRunning(stateMachineArn)) {
    const found = await canaryOn(executions, summary.executionArn, traffic);
    if (found) return found;
  }
  return undefined;
}

/** The newest ended execution on these routes, with one of the given statuses. */
export async function lastCanaryOn(
  executions: Executions,
  stateMachineArn: string,
  traffic: MeshTrafficState,
  statuses: ('SUCCEEDED' | 'FAILED' | 'ABORTED' | 'TIMED_OUT')[],
): Promise<CanaryExecution | undefined> {
  const recent = (await Promise.all(statuses.map((status) => executions.listRecent(stateMachineArn, status))))
    .flat()
    .sort((a, b) => b.startDate.getTime() - a.startDate.getTime());
  for (const summary of recent) {
    const found = await canaryOn(executions, summary.executionArn, traffic);
    if (found) return found;
  }
  return undefined;
}

async function canaryOn(
  executions: Executions,
  executionArn: string,
  traffic: MeshTrafficState,
): Promise<CanaryExecution | undefined> {
  const details = await executions.describe(executionArn);
  const document = documentOf(details);
  if (!document || sharedRoutes(traffic, document.snapshot).length === 0) return undefined;
  return { details, document };
}
