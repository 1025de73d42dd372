import { applyLimits, type HealthVerdict, runHealthCheck } from '../../health/index.js';
import { decideAfterCheck } from '../decide.js';
import type { StepDeps } from '../deps.js';
import type { ExecutionDocument } from '../document.js';
import type { CheckSummary, Progress } from '../progress.js';

/**
 * One health check of the bake: judges the last window, carries the failure/inconclusive counters across
 * checks, and decides what follows (bake on, next step, promote, roll back).
 */
export async function check(
  document: ExecutionDocument,
  progress: Progress,
  deps: StepDeps,
): Promise<Progress> {
  const step = document.steps[progress.stepIndex];
  if (!step)
    throw new RangeError(`step ${progress.stepIndex + 1} does not exist (${document.steps.length} steps)`);
  const now = deps.now();
  const health = await runHealthCheck(document.health, deps.health, { now });
  const escalation = applyLimits(progress.counters, health.verdict, document.health.policy);
  const next = decideAfterCheck(document, progress, escalation.verdict);
  const where = `at ${step.weight}% (step ${progress.stepIndex + 1} of ${document.steps.length})`;
  // The limits explain a verdict that differs from the check's own (a FAIL below the limit, an escalation).
  const limits =
    escalation.verdict === health.verdict && health.verdict !== 'INCONCLUSIVE'
      ? ''
      : `; ${escalation.reason}`;
  const reason = `${escalation.verdict} ${where}: ${health.reason}${limits}`;
  return {
    ...progress,
    ...next,
    counters: escalation.counters,
    reason,
    lastCheck: summaryOf(health, now, step.weight, escalation.verdict),
  };
}

/** The numbers worth carrying (the full verdict stays in the log). */
function summaryOf(
  health: HealthVerdict,
  now: Date,
  weight: number,
  verdict: CheckSummary['verdict'],
): CheckSummary {
  const counted = health.sources.find((source) => source.canary !== undefined);
  return {
    at: now.toISOString(),
    weight,
    verdict,
    reason: health.reason.length > 300 ? `${health.reason.slice(0, 297)}...` : health.reason,
    ...(counted?.canary
      ? { canaryErrorRatePct: counted.canary.errorRatePct, canaryRequests: counted.canary.requests }
      : {}),
    ...(counted?.stable ? { stableErrorRatePct: counted.stable.errorRatePct } : {}),
  };
}
