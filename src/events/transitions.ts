/** The `source` of every event the orchestrator puts on the default event bus. */
export const eventSource = 'appmesh-canary';

/**
 * Each transition of a canary that the orchestrator announces, with its EventBridge detail-type. Rules match
 * on these strings: renaming one breaks them.
 */
export const detailTypes = {
  STARTED: 'Canary Started',
  STEP_SHIFTED: 'Step Shifted',
  CHECK_FAILED: 'Check Failed',
  CHECK_INCONCLUSIVE: 'Check Inconclusive',
  PAUSED: 'Paused',
  RESUMED: 'Resumed',
  PROMOTED: 'Promoted',
  ROLLED_BACK: 'Rolled Back',
  ROLLBACK_FAILED: 'Rollback Failed',
  HOOK_SUCCEEDED: 'Hook Succeeded',
  HOOK_FAILED: 'Hook Failed',
} as const;

export type Transition = keyof typeof detailTypes;

export const transitions = Object.keys(detailTypes) as [Transition, ...Transition[]];
