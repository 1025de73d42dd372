import * as z from 'zod/mini';
import { messageOf } from '../../errors.js';
import { announceGuardFailure, announceGuardRollback } from '../announce.js';
import type { DepsForRegion, StepLog } from '../deps.js';
import { parseExecutionDocument } from '../document.js';
import { stepErrorNames } from '../errors.js';
import type { ExecutionRecords } from '../execution-records.js';
import { routeSuccessor } from '../lock.js';
import type { RollbackReport } from '../rollback-report.js';
import { rollback } from './rollback.js';
import '../../schema-messages.js';

/** The EventBridge "Step Functions Execution Status Change" event, as far as the guard reads it. */
const statusChangeEvent = z.object({
  'detail-type': z.optional(z.literal('Step Functions Execution Status Change')),
  detail: z.object({
    executionArn: z.string().check(z.minLength(1)),
    stateMachineArn: z.string().check(z.minLength(1)),
    status: z.string(),
    startDate: z.nullish(z.number()),
    input: z.nullish(z.string()),
    inputDetails: z.nullish(z.object({ included: z.optional(z.boolean()) })),
    error: z.nullish(z.string()),
    cause: z.nullish(z.string()),
  }),
});

/** Ends after which traffic may be left split: no Catch ran the rollback (or it failed). */
export const guardedStatuses = ['ABORTED', 'TIMED_OUT', 'FAILED'] as const;

export interface GuardResult {
  executionArn: string;
  status: string;
  /** incomplete: done as far as it may go, but a route may still send the canary traffic (see the report). */
  action: 'rolled-back' | 'incomplete' | 'skipped';
  reason: string;
  rollback?: RollbackReport;
}

export interface GuardDeps {
  executions: ExecutionRecords;
  depsFor: DepsForRegion;
  log: StepLog;
}

/**
 * Runs the execution's rollback after it ended without one (stopped by hand, timed out, failed outside a
 * Catch, or its own rollback failed). Acts only for the execution whose changes are still in force: skips one
 * refused before any change, and one whose routes a later (or running) execution has taken over since —
 * EventBridge delivers at least once, and late. The rollback itself touches only what this execution set, so
 * a repeated event changes nothing.
 * Calls: DescribeExecution when the event lacks the input, the error or the start; ListExecutions and a
 * DescribeExecution per later execution; then the rollback's.
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
  let startDate = typeof detail.startDate === 'number' ? new Date(detail.startDate) : undefined;
  // EventBridge leaves the input out of large events; DescribeExecution always has it.
  if (input === undefined || startDate === undefined || (detail.status === 'FAILED' && error === undefined)) {
    const described = await deps.executions.describe(detail.executionArn);
    input = described.input;
    error = error ?? described.error;
    startDate = described.startDate;
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

  const successor = await routeSuccessor(
    deps.executions,
    detail.stateMachineArn,
    { executionArn: detail.executionArn, startDate },
    document.snapshot,
  );
  if (successor) {
    return skip(
      `execution ${successor.executionArn} (${successor.status}, started ${successor.startDate.toISOString()}) ` +
        `took over ${successor.routes.join(', ')} after it: its changes are in force, not this one's`,
    );
  }

  const stepDeps = deps.depsFor(document.region);
  const ended = { status: detail.status, ...(error ? { error } : {}) };
  let report: RollbackReport;
  try {
    report = await rollback(document, stepDeps);
  } catch (failure) {
    await announceGuardFailure(stepDeps, document, detail.executionArn, ended, failure);
    throw failure;
  }
  await announceGuardRollback(stepDeps, document, detail.executionArn, ended, report);
  const reason = `${detail.status}${error ? ` (${error})` : ''}: ${report.summary}`;
  const action = report.complete ? 'rolled-back' : 'incomplete';
  const line = `guard: ${report.complete ? 'rolled back' : 'rolled back as far as it may'} ${detail.executionArn}: ${reason}`;
  if (report.complete) deps.log.info(line);
  else deps.log.warn(line);
  return {
    executionArn: detail.executionArn,
    status: detail.status,
    action,
    reason,
    rollback: report,
  };
}
