import { announceShifted } from '../announce.js';
import { freshBake } from '../decide.js';
import type { StepDeps } from '../deps.js';
import type { ExecutionDocument } from '../document.js';
import type { Progress } from '../progress.js';
import { routerOf } from '../routing-access.js';
import { verifyCanaryService } from '../services.js';
import { openDocumentTestTraffic } from '../test-traffic.js';

/**
 * OpenTestTraffic (the Shift function, phase open-test-traffic): before the first weighted step, requests with
 * the test header reach the canary only, so the test-traffic hooks find it in place with no production weight.
 */
export async function openTestTrafficStep(
  document: ExecutionDocument,
  progress: Progress,
  deps: StepDeps,
): Promise<Progress> {
  await verifyCanaryService(deps.ecs, document.canaryService);
  const opened = await openDocumentTestTraffic(document, deps);
  return { ...progress, reason: opened || 'no test traffic' };
}

/** The Shift function: the step's shift, or (phase open-test-traffic) the test traffic alone. */
export function shiftOrOpen(
  document: ExecutionDocument,
  progress: Progress,
  deps: StepDeps,
  executionArn: string | undefined,
  event: Record<string, unknown>,
): Promise<Progress> {
  return event.phase === 'open-test-traffic'
    ? openTestTrafficStep(document, progress, deps)
    : shift(document, progress, deps, executionArn);
}

/**
 * Moves the canary to the weight of step `progress.stepIndex`, once the canary service is confirmed to run
 * this deployment's revision with tasks to serve it. The core checks every route still holds what this canary
 * last wrote (else DriftError, nothing written); a repeated call writes nothing new.
 */
export async function shift(
  document: ExecutionDocument,
  progress: Progress,
  deps: StepDeps,
  executionArn?: string,
): Promise<Progress> {
  const step = document.steps[progress.stepIndex];
  if (!step)
    throw new RangeError(`step ${progress.stepIndex + 1} does not exist (${document.steps.length} steps)`);
  await verifyCanaryService(deps.ecs, document.canaryService);
  // Opened by OpenTestTraffic; an execution of an older definition opens it here, before any user's request.
  const testTraffic = progress.stepIndex === 0 ? await openDocumentTestTraffic(document, deps) : '';
  const result = await (await routerOf(document, deps)).shift(step.weight, progress.traffic);
  const written = result.written.length > 0 ? `wrote ${result.written.join(', ')}` : 'already there';
  await announceShifted(deps, document, executionArn, progress.stepIndex, written);
  return {
    ...progress,
    traffic: result.state,
    bake: { ...freshBake },
    // After the write (or the retried write's check): no traffic from before it is judged for this step.
    stepStartedAt: deps.now().toISOString(),
    decision: 'bake',
    reason: `canary at ${step.weight}% (step ${progress.stepIndex + 1} of ${document.steps.length}; ${written})${testTraffic ? `; ${testTraffic}` : ''}`,
  };
}
