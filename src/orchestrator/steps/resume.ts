import { announceResumed } from '../../events/index.js';
import { durationText } from '../../report/duration.js';
import { afterStep } from '../decide.js';
import type { StepDeps } from '../deps.js';
import { type ExecutionDocument, InvalidDocumentError } from '../document.js';
import { StepError } from '../errors.js';
import type { Progress } from '../progress.js';
import { judgeStep } from './check.js';
import { holdErrorNames } from './hold.js';

/**
 * After a pause was resumed (mode: promote, or on-pause-timeout continue): on to the next step, or to
 * promotion when the pause followed the last one. The pause's record ends here. The step is judged once
 * more first: a FAIL the Hold found as the resume came in (its token already answered) still rolls back.
 */
export async function resume(
  document: ExecutionDocument,
  progress: Progress,
  deps: StepDeps,
  executionArn?: string,
): Promise<Progress> {
  const { pause } = progress;
  if (!pause) throw new InvalidDocumentError('the Resume state was entered without a pause in the progress');
  const weight = document.steps[progress.stepIndex]?.weight ?? 0;
  const next = afterStep(document, progress.stepIndex, progress.bake);
  const heldFor = durationText(deps.now().getTime() - Date.parse(pause.since));
  const judged = await judgeStep(document, progress, deps, { extended: false, paused: true });
  if (judged.verdict === 'FAIL') {
    throw new StepError(
      holdErrorNames.healthCheckFailed,
      `${judged.reason} (checked on resume by ${pause.resumedBy ?? 'an operator'}, paused since ${pause.since})`,
      { cause: undefined },
    );
  }
  const then =
    next.decision === 'promote'
      ? document.promotion === 'copy'
        ? 'promoting'
        : 'done (promotion: none keeps the canary at 100%)'
      : `next step ${document.steps[next.stepIndex]?.weight}%`;
  const resumedBy = pause.resumedBy ?? 'an operator';
  await announceResumed(deps, document, executionArn, {
    stepIndex: progress.stepIndex,
    resumedBy,
    reason: `paused at ${weight}% for ${heldFor}; ${then}`,
  });
  const { pause: _ended, ...rest } = progress;
  return {
    ...rest,
    ...next,
    counters: judged.counters,
    lastCheck: judged.lastCheck,
    reason: `resumed by ${pause.resumedBy ?? 'an operator'} after ${heldFor} at ${weight}%: ${then}`,
  };
}
