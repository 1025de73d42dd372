import { announcePaused } from '../../events/index.js';
import {
  applyLimits,
  type Escalation,
  firstOwnPeriod,
  type HealthVerdict,
  hasWindowedSources,
  type LatencyNumbers,
  nextWindowStart,
  periodReadableAt,
  runHealthCheck,
  type StepWindowOptions,
  stepWindow,
} from '../../health/index.js';
import { announceCheck } from '../announce.js';
import { bakeExtended, decideAfterCheck } from '../decide.js';
import type { StepDeps } from '../deps.js';
import type { ExecutionDocument } from '../document.js';
import type { CheckLatency, CheckSummary, CheckVerdict, Progress } from '../progress.js';
import { verifyCanaryService } from '../services.js';
import { judgedUntilOf, withJudgedUntil } from '../window-chain.js';

/**
 * One health check of the bake: judges the step (judgeStep), carries the failure/inconclusive counters and the
 * end of the judged window across checks, and decides what follows (bake on, pause, next step, promote, roll
 * back). While no new complete period of the step is published, the check waits (an alarm in ALARM still fails
 * it); a step is never left without a check that passed its own traffic.
 */
export async function check(
  document: ExecutionDocument,
  progress: Progress,
  deps: StepDeps,
  executionArn?: string,
): Promise<Progress> {
  const extended = bakeExtended(document, progress);
  const judged = await judgeStep(document, progress, deps, { extended });
  const bake = withJudgedUntil(progress.bake, judged.judgedUntil);
  const next = decideAfterCheck(document, { ...progress, bake }, judged.verdict);
  await announceCheck(deps, document, executionArn, {
    stepIndex: progress.stepIndex,
    checkNumber: progress.bake.checks + 1,
    verdict: judged.ownVerdict,
    escalation: judged.escalation,
    judged: judged.judged,
    decision: next.decision,
  });
  const extension =
    extended && next.decision === 'bake' ? '; bake extended: no check has passed this step yet' : '';
  const checked: Progress = {
    ...progress,
    ...next,
    counters: judged.counters,
    reason: `${judged.reason}${extension}`,
    lastCheck: judged.lastCheck,
  };
  if (next.decision !== 'pause') return checked;
  const since = judged.lastCheck.at;
  const deadline = new Date(Date.parse(since) + document.pauseTimeoutSeconds * 1000).toISOString();
  await announcePaused(deps, document, executionArn, {
    stepIndex: progress.stepIndex,
    since: new Date(since),
    deadline: new Date(deadline),
    onTimeout: document.onPauseTimeout,
  });
  return {
    ...checked,
    pause: { since, deadline },
    reason: `${checked.reason}; paused at ${judged.weight}% until resumed with mode: promote (${document.onPauseTimeout} at ${deadline})`,
  };
}

/** One judged check of the step in force, its verdict after the failure and inconclusive limits. */
export interface JudgedCheck {
  verdict: CheckVerdict;
  /** The check's own verdict, before the limits. */
  ownVerdict: CheckVerdict;
  /** The verdict after the limits, and why it differs when it does. */
  escalation: { verdict: CheckVerdict; reason: string };
  /** What the check judged, in words. */
  judged: string;
  counters: Progress['counters'];
  /** Where the step's judged windows now end (ISO): the next check starts there. */
  judgedUntil?: string;
  weight: number;
  reason: string;
  lastCheck: CheckSummary;
}

/**
 * Judges the step in force: confirms the canary service still runs the revision this deployment registered
 * (else the traffic judged is another version's: drift), judges only traffic from after the step's shift,
 * and applies the limits. Check (during a bake) judges from where the step's last window ended (windows
 * chain: no period unjudged or judged twice); Hold and Resume (during a pause) judge the last window.
 */
export async function judgeStep(
  document: ExecutionDocument,
  progress: Progress,
  deps: StepDeps,
  { extended, paused = false }: { extended: boolean; paused?: boolean },
): Promise<JudgedCheck> {
  const step = document.steps[progress.stepIndex];
  if (!step)
    throw new RangeError(`step ${progress.stepIndex + 1} does not exist (${document.steps.length} steps)`);
  await verifyCanaryService(deps.ecs, document.canaryService);
  const now = deps.now();
  const { health: settings } = document;
  const windowed = hasWindowedSources(settings);
  // A pause's checks do not carry their window end (Hold answers its token only on a change, to keep the
  // history small): each judges the last window, as before windows chained.
  const chain = {
    stepStartedAt: new Date(progress.stepStartedAt ?? 0),
    ...(paused ? { lastSeconds: settings.windowSeconds } : { judgedUntil: judgedUntilOf(progress) }),
    periodSeconds: settings.periodSeconds,
    publishDelaySeconds: settings.publishDelaySeconds ?? 0,
  };
  const window = stepWindow({ now, ...chain });
  const waiting = windowed && window === undefined;
  const health = await runHealthCheck(settings, deps.health, {
    now,
    window: window ?? null,
    routing: { canaryWeightPct: step.weight },
  });
  const checkVerdict: CheckVerdict = waiting && health.verdict !== 'FAIL' ? 'WAIT' : health.verdict;
  const escalation = escalate(progress, checkVerdict, extended, document, paused);
  const where = `at ${step.weight}% (step ${progress.stepIndex + 1} of ${document.steps.length})`;
  const judged =
    checkVerdict === 'WAIT'
      ? `${nothingNewSince(chain)}${health.sources.length > 0 ? `; ${health.reason}` : ''}`
      : health.reason;
  // The limits explain a verdict that differs from the check's own (a FAIL below the limit, an escalation).
  const limits =
    escalation.verdict === checkVerdict && checkVerdict !== 'INCONCLUSIVE' ? '' : `; ${escalation.reason}`;
  return {
    verdict: escalation.verdict,
    ownVerdict: checkVerdict,
    escalation: { verdict: escalation.verdict, reason: escalation.reason },
    judged,
    counters: escalation.counters,
    // Only windowed sources judge periods; alarms carry their own evaluation period.
    judgedUntil: windowed && window && !paused ? window.end.toISOString() : progress.bake.judgedUntil,
    weight: step.weight,
    reason: `${escalation.verdict} ${where}: ${judged}${limits}`,
    lastCheck: summaryOf(health, now, step.weight, escalation.verdict, judged),
  };
}

/** Why a check waits: no complete period published since the step's shift, or since its last judged window. */
function nothingNewSince(chain: Omit<StepWindowOptions, 'now'>): string {
  const start = nextWindowStart(chain);
  const readable = periodReadableAt(start, chain.periodSeconds, chain.publishDelaySeconds).toISOString();
  return start.getTime() > firstOwnPeriod(chain.stepStartedAt, chain.periodSeconds).getTime()
    ? `no complete period since the last judged window ended at ${start.toISOString()} yet (the next is readable at ${readable})`
    : `no complete period since the shift at ${chain.stepStartedAt.toISOString()} yet (the first is readable at ${readable})`;
}

/**
 * The verdict the orchestrator acts on. A WAIT counts for nothing: it lasts at most until the step's next
 * period is published. A bake extended for want of a passing check extends within the inconclusive limit;
 * with no limit to extend within (inconclusive-limit 0), an inconclusive check past the bake time fails.
 */
function escalate(
  progress: Progress,
  verdict: CheckVerdict,
  extended: boolean,
  document: ExecutionDocument,
  paused: boolean,
): Omit<Escalation, 'verdict'> & { verdict: CheckVerdict } {
  const { policy } = document.health;
  if (verdict === 'WAIT') {
    return { verdict: 'WAIT', reason: 'waiting for the step’s own traffic', counters: progress.counters };
  }
  // The step already passed: a paused canary waits for a person, through hours of thin traffic; only a FAIL
  // (evidence against the version) counts.
  if (paused && verdict === 'INCONCLUSIVE') {
    return { verdict, reason: 'not counted while paused', counters: progress.counters };
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
  // The latency that decided, when a source failed on it; else the first source that judged one.
  const timed =
    health.sources.find((source) => source.latency && source.verdict === 'FAIL') ??
    health.sources.find((source) => source.latency);
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
    ...(timed?.latency ? { latency: checkLatency(timed.latency) } : {}),
  };
}

function checkLatency({ percentile, canaryMs, stableMs, increasePct }: LatencyNumbers): CheckLatency {
  return {
    percentile,
    ...(canaryMs !== undefined ? { canaryMs } : {}),
    ...(stableMs !== undefined ? { stableMs } : {}),
    ...(increasePct !== undefined ? { increasePct } : {}),
  };
}
