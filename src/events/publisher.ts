import type { CanaryEventDetail } from './detail-schema.js';

/** One event as the orchestrator puts it on the default event bus. */
export interface CanaryEvent {
  source: string;
  detailType: string;
  /** The execution's ARN: rules may match on it. */
  resources: string[];
  detail: CanaryEventDetail;
}

/** Where the steps announce their transitions (EventBridge in the Lambdas; a recorder in tests). */
export interface EventPublisher {
  /** Puts one event; rejects when it was not accepted. */
  publish(event: CanaryEvent): Promise<void>;
}
