import * as z from 'zod';
import { messageOf } from '../../errors.js';
import type { DepsForRegion, StepLog } from '../deps.js';
import { parseExecutionDocument } from '../document.js';
import { stepErrorNames } from '../errors.js';
import { otherRouteHolders } from '../lock.js';
import type { Executions } from '../sfn.js';
import { describeRollback, type RollbackReport, rollback } from './rollback.js';

/** The EventBridge "Step Functions Execution Status Change" event, as far as the guard reads it. */
const statusChangeEvent = z.object({
  'detail-type': z.literal('Step Functions Execution Status Change').optional(),
  detail: z.object({
    executionArn: z.string().min(1),
    stateMachineArn: z.string().min(1),
    status: z.string(),
    input: z.string().nullish(),
    inputDetails: z.object({ included: z.boolean().optional() }).nullish(),
    error: z.string().nullish(),
    cause: z.string().nullish(),
  }),
});

/** Ends after which traffic may be left split: no Catch ran the rollback (or it failed). */
export const guardedStatuses = ['ABORTED', 'TIMED_OUT', 'FAILED'] as const;

export interface GuardResult {
  executionArn: string;
  status: string;
  action: 'rolled-back' | 'skipped';
  reason: string;
  rollback?: RollbackReport;
}

export interface GuardDeps {
  executions: Executions;
  depsFor: DepsForRegion;
  log: StepLog;
}

/**
 * Runs the execution's rollback after it ended without one (stopped by hand, timed out, failed outside a
 * Catch). Skips executions that were refused before any change, and routes another running execution now
 * holds. The rollback is idempotent: a second event for the same execution changes nothing.
 * Calls: DescribeExecution when the event lacks the input or the error, the lock's ListExecutions (and a
 * DescribeExecution per other running execution), then the rollback's.
 */
export async function guard(event: unknown, deps: GuardDeps): Promise<GuardResult> {
  const parsed = statusChangeEvent.safeParse(event);
  if (!parsed.success) {
    throw new Error(`not a Step Functions Execution Status Change event: ${parsed.error.issues[0]?.message}`);
  }
  const detail = parsed.data.detail;
  const skip = (reason: string): GuardResult => {
    deps.log.info(`guard: skipped ${detail.executionArn}: ${reason}`);
    return { executionArn: detail.executionArn, status: detail.status, action: 'skipped', reason };
  };
  if (!(guardedStatuses as readonly string[]).includes(detail.status)) return skip(`status ${detail.status}`);

  let input = detail.inputDetails?.included === false ? undefined : (detail.input ?? undefined);
  let error = detail.error ?? undefined;
  // EventBridge leaves the input out of large events; DescribeExecution always has it.
  if (input === undefined || (detail.status === 'FAILED' && error === undefined)) {
    const described = await deps.executions.describe(detail.executionArn);
    input = described.input;
    error = error ?? described.error;
  }
  if (error === stepErrorNames.canaryAlreadyRunning) {
    return skip('it was refused because another canary holds the route; it changed nothing');
  }

  let document: ReturnType<typeof parseExecutionDocument>;
  try {
    document = parseExecutionDocument(JSON.parse(input ?? 'null')?.document);
  } catch (problem) {
    return skip(`its input holds no valid execution document, so it changed nothing (${messageOf(problem)})`);
  }

  const { holders } = await otherRouteHolders(
    deps.executions,
    detail.stateMachineArn,
    detail.executionArn,
    document.snapshot,
  );
  if (holders.length > 0) {
    const holder = holders[0]!;
    return skip(
      `execution ${holder.executionArn} is running on route ${holder.routes.join(', ')} and owns it now`,
    );
  }

  const report = await rollback(document, deps.depsFor(document.region));
  const reason = `${detail.status}${error ? ` (${error})` : ''}: ${describeRollback(report)}`;
  deps.log.info(`guard: rolled back ${detail.executionArn}: ${reason}`);
  return {
    executionArn: detail.executionArn,
    status: detail.status,
    action: 'rolled-back',
    reason,
    rollback: report,
  };
}
