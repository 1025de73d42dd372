import type { ExecutionDocument } from '../orchestrator/document.js';
import { type AnnounceDeps, announce } from './announce.js';

export interface PauseFacts {
  /** Index into document.steps of the step whose weight the pause holds. */
  stepIndex: number;
  /** When the pause began. */
  since: Date;
  /** When `onTimeout` happens if nobody resumes the canary. */
  deadline: Date;
  onTimeout: 'rollback' | 'continue';
  /** Why, in words; by default how to resume it. */
  reason?: string;
}

export interface ResumeFacts {
  /** Index into document.steps of the step whose weight the pause held. */
  stepIndex: number;
  /** Who resumed it: the workflow's actor, or "pause-timeout" when the deadline passed with on-pause-timeout continue. */
  resumedBy: string;
  reason?: string;
}

/**
 * "Paused": the canary holds the step's weight until resumed or the deadline. Call it once, when the pause
 * begins, not at each health check while it holds; a retry puts the same transitionId. Never throws.
 */
export function announcePaused(
  deps: AnnounceDeps,
  document: ExecutionDocument,
  executionArn: string | undefined,
  pause: PauseFacts,
): Promise<void> {
  return announce(deps, document, executionArn, {
    transition: 'PAUSED',
    stepIndex: pause.stepIndex,
    canaryWeight: document.steps[pause.stepIndex]?.weight ?? 0,
    reason: pause.reason ?? 'resume it with mode: promote (appmesh-canary promote)',
    pause: {
      since: pause.since.toISOString(),
      deadline: pause.deadline.toISOString(),
      onTimeout: pause.onTimeout,
    },
  });
}

/** "Resumed": the paused canary goes on from the step's weight. Never throws. */
export function announceResumed(
  deps: AnnounceDeps,
  document: ExecutionDocument,
  executionArn: string | undefined,
  resume: ResumeFacts,
): Promise<void> {
  return announce(deps, document, executionArn, {
    transition: 'RESUMED',
    stepIndex: resume.stepIndex,
    canaryWeight: document.steps[resume.stepIndex]?.weight ?? 0,
    reason: resume.reason ?? '',
    resumedBy: resume.resumedBy,
  });
}
