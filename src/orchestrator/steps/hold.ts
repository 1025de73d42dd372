import { messageOf } from '../../errors.js';
import { announceCheck } from '../announce.js';
import type { StepDeps } from '../deps.js';
import { type ExecutionDocument, InvalidDocumentError } from '../document.js';
import { isTransient, toStepError } from '../errors.js';
import type { Progress } from '../progress.js';
import { judgeStep } from './check.js';

/** Error names the Hold state's Catch routes to Rollback. */
export const holdErrorNames = {
  healthCheckFailed: 'HealthCheckFailed',
  pauseTimedOut: 'PauseTimedOut',
} as const;

export interface HoldResult {
  /**
   * held: still paused, nothing to record (the task waits on); recorded: a changed verdict or counters
   * recorded (the task ends, Hold is entered again); failed: rollback; timed-out: the pause timed out
   * (rollback or continue); gone: the task no longer waited for this token (resumed or timed out meanwhile).
   */
  action: 'held' | 'recorded' | 'failed' | 'timed-out' | 'gone';
  reason: string;
}

/**
 * One check interval of a pause. The Hold state waits for its task token for one check interval, then times
 * out and enters again (one state transition per interval); each entry runs this once: it answers the token
 * only when something must change: a FAIL (rollback), the pause's deadline, or a verdict or counters that
 * differ from those recorded. `mode: promote` answers the same token to resume.
 */
export async function hold(
  document: ExecutionDocument,
  progress: Progress,
  taskToken: string,
  deps: StepDeps,
  executionArn?: string,
): Promise<HoldResult> {
  const { pause } = progress;
  if (!pause) throw new InvalidDocumentError('the Hold state was entered without a pause in the progress');
  const now = deps.now();
  const weight = document.steps[progress.stepIndex]?.weight ?? 0;
  const held = `paused at ${weight}% since ${pause.since}`;

  if (now.getTime() >= Date.parse(pause.deadline)) {
    if (document.onPauseTimeout === 'continue') {
      const resumedBy = 'the pause timeout (on-pause-timeout: continue)';
      const delivered = await deps.executions.sendTaskSuccess(taskToken, {
        ...progress,
        decision: 'resume',
        pause: { ...pause, resumedBy },
        reason: `${held}: no one resumed it by ${pause.deadline}; continuing (on-pause-timeout: continue)`,
      } satisfies Progress);
      return answered(delivered, 'timed-out', `${held}; the pause timed out: continuing`);
    }
    const cause = `${held}: no one resumed it by ${pause.deadline} (on-pause-timeout: rollback)`;
    const delivered = await deps.executions.sendTaskFailure(taskToken, holdErrorNames.pauseTimedOut, cause);
    return answered(delivered, 'timed-out', cause);
  }

  // The check that started the pause (or the last recorded one) is fresh: one check per interval.
  const lastAt = progress.lastCheck ? Date.parse(progress.lastCheck.at) : 0;
  if (now.getTime() - lastAt < (document.checkIntervalSeconds * 1000) / 2) {
    return { action: 'held', reason: `${held}; last checked at ${progress.lastCheck?.at}` };
  }

  let judged: Awaited<ReturnType<typeof judgeStep>>;
  try {
    judged = await judgeStep(document, progress, deps, { extended: false, paused: true });
  } catch (error) {
    // A throttled read is checked again next interval; anything else (the canary service drifted) rolls back.
    if (isTransient(error)) {
      deps.log.warn(`${held}; this check could not run, the next one will: ${messageOf(error)}`);
      return { action: 'held', reason: `${held}; check skipped: ${messageOf(error)}` };
    }
    const named = toStepError(error);
    const delivered = await deps.executions.sendTaskFailure(taskToken, named.name, named.message);
    return answered(delivered, 'failed', named.message);
  }

  if (judged.verdict === 'FAIL') {
    const cause = `${judged.reason} (while paused since ${pause.since})`;
    const delivered = await deps.executions.sendTaskFailure(
      taskToken,
      holdErrorNames.healthCheckFailed,
      cause,
    );
    // Announced once the rollback is under way: a token that had timed out is judged again next entry.
    if (delivered) {
      await announceCheck(deps, document, executionArn, {
        stepIndex: progress.stepIndex,
        checkNumber: progress.bake.checks + 1,
        verdict: judged.ownVerdict,
        escalation: judged.escalation,
        judged: `${judged.judged} (while paused since ${pause.since})`,
        decision: 'rollback',
      });
    }
    return answered(delivered, 'failed', cause);
  }
  const unchanged =
    judged.lastCheck.verdict === progress.lastCheck?.verdict &&
    judged.counters.failuresSinceLastPass === progress.counters.failuresSinceLastPass &&
    judged.counters.inconclusiveSinceLastPass === progress.counters.inconclusiveSinceLastPass;
  if (unchanged) return { action: 'held', reason: `${held}; ${judged.reason}` };
  const delivered = await deps.executions.sendTaskSuccess(taskToken, {
    ...progress,
    decision: 'hold',
    counters: judged.counters,
    lastCheck: judged.lastCheck,
    reason: `${judged.reason}; ${held}`,
  } satisfies Progress);
  return answered(delivered, 'recorded', judged.reason);
}

function answered(delivered: boolean, action: HoldResult['action'], reason: string): HoldResult {
  return delivered
    ? { action, reason }
    : { action: 'gone', reason: `the paused task had already ended (resumed or timed out): ${reason}` };
}

/** The token the Hold state passes in its payload. */
export function taskTokenOf(event: Record<string, unknown>): string {
  const token = event.taskToken;
  if (typeof token !== 'string' || token.length === 0) {
    throw new InvalidDocumentError('the Hold state passed no taskToken ($$.Task.Token) in its payload');
  }
  return token;
}
