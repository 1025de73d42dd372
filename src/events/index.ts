export { type AnnounceDeps, announce } from './announce.js';
export { type CanaryEventDetail, canaryEventDetailSchema, detailSchemaVersion } from './detail-schema.js';
export {
  type Announcement,
  canaryEventOf,
  entrySizeOf,
  limits,
  stateMachineArnOf,
  transitionIdOf,
} from './event.js';
export { messageOf } from './message.js';
export { announcePaused, announceResumed, type PauseFacts, type ResumeFacts } from './pause.js';
export type { CanaryEvent, EventPublisher } from './publisher.js';
export { detailTypes, eventSource, type Transition, transitions } from './transitions.js';
