import type { ExecutionDocument } from './document.js';
import type { CheckVerdict, Decision, Progress } from './progress.js';

/** A bake before its first check. */
export const freshBake: Progress['bake'] = { checks: 0, elapsedSeconds: 0, passes: 0 };

/**
 * What follows a health check, given its verdict after the failure/inconclusive limits: roll back on
 * FAIL; else bake on until the step's bake time is spent and at least one check passed the step's own
 * traffic (a bake that ends without one extends: the caller counts those checks toward the inconclusive
 * limit), then a pause when the step has one, else the next step, then promotion.
 */
export function decideAfterCheck(
  document: Pick<ExecutionDocument, 'steps' | 'checkIntervalSeconds'>,
  progress: Pick<Progress, 'stepIndex' | 'bake'>,
  verdict: CheckVerdict,
): { decision: Decision; stepIndex: number; bake: Progress['bake'] } {
  const bake = {
    ...progress.bake,
    checks: progress.bake.checks + 1,
    elapsedSeconds: progress.bake.elapsedSeconds + document.checkIntervalSeconds,
    passes: progress.bake.passes + (verdict === 'PASS' ? 1 : 0),
  };
  if (verdict === 'FAIL') return { decision: 'rollback', stepIndex: progress.stepIndex, bake };
  const step = document.steps[progress.stepIndex];
  if (!step) throw new Error(`step ${progress.stepIndex} does not exist (${document.steps.length} steps)`);
  if (bake.elapsedSeconds < step.bakeSeconds || bake.passes === 0)
    return { decision: 'bake', stepIndex: progress.stepIndex, bake };
  if (step.pause) return { decision: 'pause', stepIndex: progress.stepIndex, bake };
  return afterStep(document, progress.stepIndex, bake);
}

/** The step after a finished step (its bake passed, its pause if any resumed): the next step, or promotion. */
export function afterStep(
  document: Pick<ExecutionDocument, 'steps'>,
  stepIndex: number,
  bake: Progress['bake'],
): { decision: 'next-step' | 'promote'; stepIndex: number; bake: Progress['bake'] } {
  if (stepIndex + 1 < document.steps.length) {
    return { decision: 'next-step', stepIndex: stepIndex + 1, bake: { ...freshBake } };
  }
  return { decision: 'promote', stepIndex, bake };
}

/** Whether the step's bake time was spent before this check: it extends only to find a passing check. */
export function bakeExtended(
  document: Pick<ExecutionDocument, 'steps'>,
  progress: Pick<Progress, 'stepIndex' | 'bake'>,
): boolean {
  const step = document.steps[progress.stepIndex];
  return step !== undefined && progress.bake.elapsedSeconds >= step.bakeSeconds && progress.bake.passes === 0;
}
