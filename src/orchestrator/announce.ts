import { messageOf } from '../errors.js';
import { announce } from '../events/announce.js';
import { resourceLabelsOf } from '../routing/traffic-state.js';
import type { StepDeps } from './deps.js';
import type { ExecutionDocument } from './document.js';
import type { CheckVerdict, Decision } from './progress.js';
import { failureReason, incompleteCause, type RollbackReport } from './rollback-report.js';

/**
 * What each step announces, worded here so the steps stay as they were plus one line. Each function never
 * throws (see announce).
 */

/** The revision as people name it: "taskBv2:4". */
function revisionOf(taskDefinitionArn: string): string {
  return taskDefinitionArn.split('/').at(-1) ?? taskDefinitionArn;
}

/** Init took the lock and found the routes as snapshotted: the canary starts at 0. */
export function announceStarted(deps: StepDeps, document: ExecutionDocument, executionArn: string) {
  const weights = document.steps.map((step) => `${step.weight}%`).join(' → ');
  return announce(deps, document, executionArn, {
    transition: 'STARTED',
    canaryWeight: 0,
    reason:
      `${document.canaryService.service} on ${revisionOf(document.canaryService.newTaskDefinitionArn)}, ` +
      `steps ${weights} of ${resourceLabelsOf(document.snapshot).join(', ')}; promotion ${document.promotion}`,
  });
}

/** Shift wrote (or found) the step's weight. */
export function announceShifted(
  deps: StepDeps,
  document: ExecutionDocument,
  executionArn: string | undefined,
  stepIndex: number,
  written: string,
) {
  const step = document.steps[stepIndex];
  return announce(deps, document, executionArn, {
    transition: 'STEP_SHIFTED',
    stepIndex,
    canaryWeight: step?.weight ?? 0,
    reason: `${written}; bakes ${step?.bakeSeconds ?? 0}s, checked every ${document.checkIntervalSeconds}s`,
  });
}

export interface CheckOutcome {
  stepIndex: number;
  /** This check's number within its step (1-based): a retried check has the same. */
  checkNumber: number;
  /** The check's own verdict (WAIT: nothing judged yet). */
  verdict: CheckVerdict;
  /** The verdict after the failure and inconclusive limits, which the decision follows. */
  escalation: { verdict: CheckVerdict; reason: string };
  /** What the check judged, in words. */
  judged: string;
  decision: Decision;
}

/**
 * A check whose own verdict is FAIL or INCONCLUSIVE, saying whether it triggers the rollback or is within the
 * limit; and the promotion when the last step passed with promotion none (no Finish state runs then: the
 * canary keeps all traffic).
 */
export async function announceCheck(
  deps: StepDeps,
  document: ExecutionDocument,
  executionArn: string | undefined,
  outcome: CheckOutcome,
): Promise<void> {
  const weight = document.steps[outcome.stepIndex]?.weight ?? 0;
  if (outcome.verdict === 'FAIL' || outcome.verdict === 'INCONCLUSIVE') {
    const effect =
      outcome.escalation.verdict === 'FAIL'
        ? 'triggers the rollback'
        : 'within the limit: the canary goes on';
    await announce(deps, document, executionArn, {
      transition: outcome.verdict === 'FAIL' ? 'CHECK_FAILED' : 'CHECK_INCONCLUSIVE',
      stepIndex: outcome.stepIndex,
      canaryWeight: weight,
      verdict: outcome.verdict,
      reason: `${outcome.judged}; ${effect} (${outcome.escalation.reason})`,
      occurrence: `check-${outcome.checkNumber}`,
    });
  }
  if (outcome.decision === 'promote' && document.promotion === 'none') {
    await announce(deps, document, executionArn, {
      transition: 'PROMOTED',
      stepIndex: outcome.stepIndex,
      canaryWeight: weight,
      reason:
        `the last step passed: ${document.canaryService.service} on ` +
        `${revisionOf(document.canaryService.newTaskDefinitionArn)} keeps ${weight}% (promotion none)`,
    });
  }
}

/** Finish: the stable service runs the checked version (its own revision of it) and takes all traffic back. */
export function announcePromoted(
  deps: StepDeps,
  document: ExecutionDocument,
  executionArn: string | undefined,
  stableTaskDefinitionArn: string | undefined,
  reason: string,
) {
  const checked = revisionOf(document.canaryService.newTaskDefinitionArn);
  const runs = stableTaskDefinitionArn
    ? `${revisionOf(stableTaskDefinitionArn)}, the version checked as ${checked}`
    : `the version checked as ${checked}`;
  return announce(deps, document, executionArn, {
    transition: 'PROMOTED',
    canaryWeight: 0,
    reason: `${document.stableService.service} runs ${runs}; ${reason.replace(/^promoted: /, '')}`,
  });
}

/** The Rollback state: rolled back when every route sends the canary nothing again, else rollback failed. */
export function announceRollback(
  deps: StepDeps,
  document: ExecutionDocument,
  executionArn: string | undefined,
  failure: unknown,
  report: RollbackReport,
) {
  return announce(deps, document, executionArn, {
    transition: report.complete ? 'ROLLED_BACK' : 'ROLLBACK_FAILED',
    canaryWeight: report.complete ? 0 : null,
    reason: report.complete
      ? `${failureReason(failure) ?? 'rolled back'}; ${report.summary}`
      : incompleteCause(failure, report),
  });
}

/** Whether a rollback changed anything: a route written back, the stable service reverted, the canary scaled to 0. */
function restoredAnything(report: RollbackReport): boolean {
  return (
    report.restoredRoutes.length > 0 ||
    report.restoredKeepingEdits.length > 0 ||
    report.stable === 'reverted' ||
    report.canary === 'scaled-to-zero'
  );
}

/** The execution's end after its Rollback state returned an incomplete rollback, which that state announced. */
const announcedIncomplete = 'RollbackIncomplete';

/**
 * The guard's rollback of an execution that ended without one, or whose own rollback failed. Rolled back when
 * it restored something: an execution whose own rollback completed leaves it nothing to do, and a repeated
 * delivery finds nothing either, so neither is announced twice. Rollback failed when a route still sends the
 * canary traffic, unless the execution's own Rollback state announced that already (RollbackIncomplete).
 */
export function announceGuardRollback(
  deps: StepDeps,
  document: ExecutionDocument,
  executionArn: string,
  ended: { status: string; error?: string },
  report: RollbackReport,
) {
  const end = `${ended.status}${ended.error ? ` (${ended.error})` : ''}`;
  if (!report.complete) {
    if (ended.error === announcedIncomplete) return Promise.resolve();
    return announce(deps, document, executionArn, {
      transition: 'ROLLBACK_FAILED',
      canaryWeight: null,
      occurrence: 'guard',
      reason: `execution ended ${end}; the guard could not complete the rollback: the canary still gets traffic from ${report.canaryStillRouted.join(', ')}; done: ${report.summary}`,
    });
  }
  if (!restoredAnything(report)) return Promise.resolve();
  return announce(deps, document, executionArn, {
    transition: 'ROLLED_BACK',
    canaryWeight: 0,
    occurrence: 'guard',
    reason: `execution ended ${end}; the guard rolled it back: ${report.summary}`,
  });
}

/**
 * The guard's rollback failed on AWS errors; EventBridge retries it. People learn now that the canary may
 * still be split: each retry that fails again puts the same transitionId, one that succeeds puts Rolled Back.
 */
export function announceGuardFailure(
  deps: StepDeps,
  document: ExecutionDocument,
  executionArn: string,
  ended: { status: string; error?: string },
  failure: unknown,
) {
  const end = `${ended.status}${ended.error ? ` (${ended.error})` : ''}`;
  return announce(deps, document, executionArn, {
    transition: 'ROLLBACK_FAILED',
    canaryWeight: null,
    occurrence: 'guard',
    reason: `execution ended ${end}; the guard's rollback failed and is retried: ${messageOf(failure)}`,
  });
}
