import { clip } from './clip.js';
import type { CanaryEventDetail } from './detail-schema.js';

/** Characters of the reason a message carries: a chat line or an email subject stays readable. */
export const messageReasonChars = 300;

type MessageFields = Pick<
  CanaryEventDetail,
  'transition' | 'deploymentId' | 'consoleUrl' | 'step' | 'weights' | 'reason' | 'resumedBy' | 'pause'
>;

/**
 * The one line people read, e.g. "serviceB-1a2b3c4 rolled back: FAIL at 25% (step 1 of 3): canary 12.0% 5xx
 * vs stable 0.2% — https://…": the deployment, what happened, why, and the execution's console page.
 */
export function messageOf(detail: MessageFields): string {
  const reason = oneLine(detail.reason);
  const why = reason === '' ? '' : `: ${clip(reason, messageReasonChars)}`;
  return oneLine(`${detail.deploymentId} ${phraseOf(detail)}${why} — ${detail.consoleUrl}`);
}

/** Line breaks and runs of white space as one space: a reason may quote a multi-line error. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function phraseOf(detail: MessageFields): string {
  const at = where(detail);
  switch (detail.transition) {
    case 'STARTED':
      return 'started';
    case 'STEP_SHIFTED':
      return `shifted to${at}`;
    case 'CHECK_FAILED':
      return `check failed at${at}`;
    case 'CHECK_INCONCLUSIVE':
      return `check inconclusive at${at}`;
    case 'PAUSED':
      return `paused at${at}${detail.pause ? ` until ${detail.pause.deadline}, then ${detail.pause.onTimeout === 'rollback' ? 'rolls back' : 'continues'}` : ''}`;
    case 'RESUMED':
      return `resumed at${at}${detail.resumedBy ? ` by ${clip(detail.resumedBy, 100)}` : ''}`;
    case 'PROMOTED':
      return 'promoted';
    case 'ROLLED_BACK':
      return 'rolled back';
    case 'ROLLBACK_FAILED':
      return 'rollback failed';
    // Hooks before the first step or around promotion have no step to name.
    case 'HOOK_SUCCEEDED':
      return `hook passed${detail.step ? ` at${at}` : ''}`;
    case 'HOOK_FAILED':
      return `hook failed${detail.step ? ` at${at}` : ''}`;
  }
}

/** " 25% (step 1 of 3)", or the canary's weight alone when no step applies. */
function where(detail: MessageFields): string {
  if (detail.step) return ` ${detail.step.weight}% (step ${detail.step.number} of ${detail.step.of})`;
  return detail.weights ? ` ${detail.weights.canary}%` : '';
}
