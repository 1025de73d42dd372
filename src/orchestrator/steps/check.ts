import {
  applyLimits,
  type Escalation,
  firstOwnVerdictAt,
  type HealthVerdict,
  hasWindowedSources,
  runHealthCheck,
  stepWindow,
} from '../../health/index.js';
import { announceCheck } from '../announce.js';
import { bakeExtended, decideAfterCheck } from '../decide.js';
import type { StepDeps } from '../deps.js';
import type { ExecutionDocument } from '../document.js';
import type { CheckSummary, CheckVerdict, Progress } from '../progress.js';
import { verifyCanaryService } from '../services.js';

/**
 * One health check of the bake: confirms the canary service still runs the revision this deployment
 * registered (else the traffic judged is another version's: drift), judges only traffic from after the
 * step's shift, carries the failure/inconclusive counters across checks, and decides what follows (bake on,
 * next step, promote, roll back). While the step has no complete published period of its own, the check
 * waits (an alarm in ALARM still fails it); a step is never left without a check that passed its own traffic.
 */
export async function check(
  document: ExecutionDocument,
  progress: Progress,
  deps: StepDeps,
  executionArn?: string,
): Promise<Progress> {
  const step = document.steps[progress.stepIndex];
  if (!step)
    throw new RangeError(`step ${progress.stepIndex + 1} does not exist (${document.steps.length} steps)`);
  await verifyCanaryService(deps.ecs, document.canaryService);
  const now = deps.now();
  const { health: settings } = document;
  const stepStartedAt = new Date(progress.stepStartedAt ?? 0);
  const publishDelaySeconds = settings.publishDelaySeconds ?? 0;
  const window = stepWindow({ now, stepStartedAt, publishDelaySeconds, ...settings });
  const waiting = hasWindowedSources(settings) && window === undefined;
  const health = await runHealthCheck(settings, deps.health, {
    now,
    window: window ?? null,
    routing: { canaryWeightPct: step.weight },
  });
  const extended = bakeExtended(document, progress);
  const checkVerdict: CheckVerdict = waiting && health.verdict !== 'FAIL' ? 'WAIT' : health.verdict;
  const escalation = escalate(progress, checkVerdict, extended, document);
  const next = decideAfterCheck(document, progress, escalation.verdict);
  const where = `at ${step.weight}% (step ${progress.stepIndex + 1} of ${document.steps.length})`;
  const judged =
    checkVerdict === 'WAIT'
      ? `no complete period since the shift at ${stepStartedAt.toISOString()} yet (the first is readable at ${firstOwnVerdictAt(stepStartedAt, settings.periodSeconds, publishDelaySeconds).toISOString()})${health.sources.length > 0 ? `; ${health.reason}` : ''}`
      : health.reason;
  // The limits explain a verdict that differs from the check's own (a FAIL below the limit, an escalation).
  const limits =
    escalation.verdict === checkVerdict && checkVerdict !== 'INCONCLUSIVE' ? '' : `; ${escalation.reason}`;
  await announceCheck(deps, document, executionArn, {
    stepIndex: progress.stepIndex,
    checkNumber: progress.bake.checks + 1,
    verdict: checkVerdict,
    escalation,
    judged,
    decision: next.decision,
  });
  const extension =
    extended && next.decision === 'bake' ? '; bake extended: no check has passed this step yet' : '';
  return {
    ...progress,
    ...next,
    counters: escalation.counters,
    reason: `${escalation.verdict} ${where}: ${judged}${limits}${extension}`,
    lastCheck: summaryOf(health, now, step.weight, escalation.verdict, judged),
  };
}

/**
 * The verdict the orchestrator acts on. A WAIT counts for nothing: it lasts at most until the step's first
 * period is published. A bake extended for want of a passing check extends within the inconclusive limit;
 * with no limit to extend within (inconclusive-limit 0), an inconclusive check past the bake time fails.
 */
function escalate(
  progress: Progress,
  verdict: CheckVerdict,
  extended: boolean,
  document: ExecutionDocument,
): Omit<Escalation, 'verdict'> & { verdict: CheckVerdict } {
  const { policy } = document.health;
  if (verdict === 'WAIT') {
    return { verdict: 'WAIT', reason: 'waiting for the step’s own traffic', counters: progress.counters };
  }
  const counted = applyLimits(progress.counters, verdict, policy);
  if (extended && counted.verdict === 'INCONCLUSIVE' && policy.inconclusiveLimit === 0) {
    return {
      ...counted,
      verdict: 'FAIL',
      reason: 'the bake ended without a check that passed this step’s own traffic (inconclusive-limit 0)',
    };
  }
  return counted;
}

/** The numbers worth carrying (the full verdict stays in the log). */
function summaryOf(
  health: HealthVerdict,
  now: Date,
  weight: number,
  verdict: CheckVerdict,
  reason: string,
): CheckSummary {
  const counted = health.sources.find((source) => source.canary !== undefined);
  return {
    at: now.toISOString(),
    weight,
    verdict,
    reason: reason.length > 300 ? `${reason.slice(0, 297)}...` : reason,
    ...(health.window ? { window: health.window } : {}),
    ...(counted?.canary
      ? { canaryErrorRatePct: counted.canary.errorRatePct, canaryRequests: counted.canary.requests }
      : {}),
    ...(counted?.stable ? { stableErrorRatePct: counted.stable.errorRatePct } : {}),
  };
}
