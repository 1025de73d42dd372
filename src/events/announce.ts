import { awsErrorName, messageOf } from '../errors.js';
import type { ExecutionDocument } from '../orchestrator/document.js';
import { type Announcement, canaryEventOf } from './event.js';
import type { EventPublisher } from './publisher.js';
import { detailTypes } from './transitions.js';

export interface AnnounceDeps {
  events: EventPublisher;
  log: { warn(message: string, extra?: Record<string, unknown>): void };
}

/**
 * Puts the event of one transition. Never throws: an event that cannot be built or put (denied, throttled
 * past the SDK's retries, a failed entry, no execution ARN) is logged as a warning and the step goes on.
 */
export async function announce(
  deps: AnnounceDeps,
  document: ExecutionDocument,
  executionArn: string | undefined,
  announcement: Announcement,
): Promise<void> {
  const detailType = detailTypes[announcement.transition];
  const context = { transition: announcement.transition, detailType };
  if (!executionArn) {
    deps.log.warn(`event "${detailType}" not published: the state input names no executionArn`, context);
    return;
  }
  try {
    await deps.events.publish(canaryEventOf(document, executionArn, announcement));
  } catch (error) {
    deps.log.warn(
      `event "${detailType}" not published: ${awsErrorName(error)}: ${messageOf(error)}`,
      context,
    );
  }
}
