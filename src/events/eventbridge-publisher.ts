import { type EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import type { EventPublisher } from './publisher.js';

/** PutEvents answered, but did not accept the entry (FailedEntryCount > 0). */
export class EventNotAcceptedError extends Error {
  override readonly name = 'EventNotAccepted';
}

/**
 * Puts each event on the default event bus. The whole put, the SDK's retries included, is abandoned after
 * `timeoutMs`: a step never waits longer than that for its announcement.
 */
export function eventBridgePublisher(client: EventBridgeClient, timeoutMs: number): EventPublisher {
  return {
    async publish(event) {
      const result = await client.send(
        new PutEventsCommand({
          Entries: [
            {
              Source: event.source,
              DetailType: event.detailType,
              Detail: JSON.stringify(event.detail),
              Resources: event.resources,
            },
          ],
        }),
        { abortSignal: AbortSignal.timeout(timeoutMs) },
      );
      if ((result.FailedEntryCount ?? 0) > 0) {
        const failed = result.Entries?.find((entry) => entry.ErrorCode !== undefined);
        throw new EventNotAcceptedError(
          `${failed?.ErrorCode ?? 'unknown error'}: ${failed?.ErrorMessage ?? 'no message'}`,
        );
      }
    },
  };
}
