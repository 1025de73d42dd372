import { testHeaderText } from '../config/test-traffic.js';
import type { ExecutionDocument } from '../orchestrator/document.js';
import { consoleUrlOf } from '../report/console-url.js';
import { resourceLabelsOf } from '../routing/traffic-state.js';
import { parse } from '../schema-messages.js';
import { clip } from './clip.js';
import { type CanaryEventDetail, canaryEventDetailSchema, detailSchemaVersion } from './detail-schema.js';
import { messageOf } from './message.js';
import type { CanaryEvent } from './publisher.js';
import { detailTypes, eventSource, type Transition } from './transitions.js';

/** What a step announces; the rest of the event comes from the execution document. */
export interface Announcement {
  transition: Transition;
  /** Index into document.steps of the step the transition happened at, when one applies. */
  stepIndex?: number;
  /** The canary's weight in force after the transition; null when it is not known (a failed rollback). */
  canaryWeight: number | null;
  /** The check's own verdict, for the check transitions. */
  verdict?: 'PASS' | 'FAIL' | 'INCONCLUSIVE';
  /** One human line: why. */
  reason: string;
  pause?: CanaryEventDetail['pause'];
  resumedBy?: string;
  /**
   * What tells this transition apart from others of its kind at the same step ("check-3", "guard"): part of
   * the transitionId, the same when a retried step announces it again.
   */
  occurrence?: string;
}

/**
 * Bounds of the free text an event carries. With them an event stays a few KB, far below PutEvents' 256 KB
 * per request, whatever a reason or the document holds.
 */
export const limits = { reasonChars: 2000, textChars: 500, routes: 50 };

/** "arn:aws:states:REGION:ACCOUNT:execution:MACHINE:NAME" -> "arn:aws:states:REGION:ACCOUNT:stateMachine:MACHINE". */
export function stateMachineArnOf(executionArn: string): string {
  const parts = executionArn.split(':');
  if (parts.length < 8 || parts[5] !== 'execution') {
    throw new Error(`"${executionArn}" is not a Step Functions execution ARN`);
  }
  return [...parts.slice(0, 5), 'stateMachine', parts[6]].join(':');
}

/** Pure. The event of one transition of the deployment the document describes; checked against the schema. */
export function canaryEventOf(
  document: ExecutionDocument,
  executionArn: string,
  announcement: Announcement,
): CanaryEvent {
  const step = announcement.stepIndex === undefined ? undefined : document.steps[announcement.stepIndex];
  if (announcement.stepIndex !== undefined && !step) {
    throw new RangeError(
      `step ${announcement.stepIndex + 1} does not exist (${document.steps.length} steps)`,
    );
  }
  const text = (value: string | undefined) =>
    value === undefined ? undefined : clip(value, limits.textChars);
  const labels = resourceLabelsOf(document.snapshot);
  const routes =
    labels.length > limits.routes
      ? [...labels.slice(0, limits.routes - 1), `… ${labels.length - limits.routes + 1} more`]
      : labels;
  const { source } = document;
  const withoutMessage: Omit<CanaryEventDetail, 'message'> = {
    schemaVersion: detailSchemaVersion,
    transition: announcement.transition,
    transitionId: transitionIdOf(executionArn, announcement),
    deploymentId: document.deploymentId,
    executionArn,
    stateMachineArn: stateMachineArnOf(executionArn),
    consoleUrl: consoleUrlOf(executionArn),
    region: document.region,
    router: document.snapshot.router,
    routes: routes.map((label) => clip(label, limits.textChars)),
    stableService: { cluster: document.stableService.cluster, service: document.stableService.service },
    canaryService: { cluster: document.canaryService.cluster, service: document.canaryService.service },
    taskDefinitionArn: document.canaryService.newTaskDefinitionArn,
    ...(step && announcement.stepIndex !== undefined
      ? { step: { number: announcement.stepIndex + 1, of: document.steps.length, weight: step.weight } }
      : {}),
    ...(announcement.canaryWeight === null
      ? {}
      : { weights: { canary: announcement.canaryWeight, stable: 100 - announcement.canaryWeight } }),
    ...(announcement.verdict ? { verdict: announcement.verdict } : {}),
    reason: clip(announcement.reason, limits.reasonChars),
    ...(announcement.pause ? { pause: announcement.pause } : {}),
    ...(announcement.resumedBy !== undefined ? { resumedBy: text(announcement.resumedBy) } : {}),
    ...(document.testTraffic
      ? { testTraffic: { header: text(testHeaderText(document.testTraffic.header))! } }
      : {}),
    source: Object.fromEntries(
      Object.entries({
        repository: text(source.repository),
        sha: text(source.sha),
        runUrl: text(source.runUrl),
        actor: text(source.actor),
      }).filter(([, value]) => value !== undefined),
    ),
  };
  const detail = parse(canaryEventDetailSchema, { ...withoutMessage, message: messageOf(withoutMessage) });
  return {
    source: eventSource,
    detailType: detailTypes[announcement.transition],
    resources: [executionArn],
    detail,
  };
}

/** "<execution ARN>/STEP_SHIFTED/step-2", "<execution ARN>/CHECK_FAILED/step-1/check-4": deterministic. */
export function transitionIdOf(executionArn: string, announcement: Announcement): string {
  return [
    executionArn,
    announcement.transition,
    announcement.stepIndex === undefined ? undefined : `step-${announcement.stepIndex + 1}`,
    announcement.occurrence,
  ]
    .filter((part) => part !== undefined)
    .join('/');
}

/** The size EventBridge counts against its 256 KB: UTF-8 bytes of Source, DetailType, Detail and Resources. */
export function entrySizeOf(event: CanaryEvent): number {
  const bytes = (value: string) => Buffer.byteLength(value, 'utf8');
  return (
    bytes(event.source) +
    bytes(event.detailType) +
    bytes(JSON.stringify(event.detail)) +
    event.resources.reduce((sum, resource) => sum + bytes(resource), 0)
  );
}
