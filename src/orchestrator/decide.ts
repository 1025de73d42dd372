import type { Verdict } from '../health/index.js';
import type { ExecutionDocument } from './document.js';
import type { Decision, Progress } from './progress.js';

/**
 * What follows a health check, given its verdict after the failure/inconclusive limits: roll back on
 * FAIL; else bake on until the step's bake time is spent, then the next step, then promotion.
 * INCONCLUSIVE bakes on: the limits turn a run of them into FAIL.
 */
export function decideAfterCheck(
  document: Pick<ExecutionDocument, 'steps' | 'checkIntervalSeconds'>,
  progress: Pick<Progress, 'stepIndex' | 'bake'>,
  verdict: Verdict,
): { decision: Decision; stepIndex: number; bake: Progress['bake'] } {
  const bake = {
    checks: progress.bake.checks + 1,
    elapsedSeconds: progress.bake.elapsedSeconds + document.checkIntervalSeconds,
  };
  if (verdict === 'FAIL') return { decision: 'rollback', stepIndex: progress.stepIndex, bake };
  const step = document.steps[progress.stepIndex];
  if (!step) throw new Error(`step ${progress.stepIndex} does not exist (${document.steps.length} steps)`);
  if (bake.elapsedSeconds < step.bakeSeconds)
    return { decision: 'bake', stepIndex: progress.stepIndex, bake };
  if (progress.stepIndex + 1 < document.steps.length) {
    return {
      decision: 'next-step',
      stepIndex: progress.stepIndex + 1,
      bake: { checks: 0, elapsedSeconds: 0 },
    };
  }
  return { decision: 'promote', stepIndex: progress.stepIndex, bake };
}
