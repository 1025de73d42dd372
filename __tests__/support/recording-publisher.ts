import type { CanaryEvent, EventPublisher, Transition } from '../../src/events/index.js';

/** The event bus of the step tests: keeps every event put, in order; fails every put while `failure` is set. */
export class RecordingPublisher implements EventPublisher {
  readonly events: CanaryEvent[] = [];
  failure: Error | undefined;

  async publish(event: CanaryEvent): Promise<void> {
    if (this.failure) throw this.failure;
    this.events.push(structuredClone(event));
  }

  transitions(): Transition[] {
    return this.events.map((event) => event.detail.transition);
  }

  clear(): void {
    this.events.length = 0;
    this.failure = undefined;
  }
}
