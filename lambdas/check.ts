import { ecs } from '../src/aws/clients/ecs.js';
import { events } from '../src/aws/clients/events.js';
import { health } from '../src/aws/clients/health.js';
import { progressHandler } from '../src/orchestrator/runtime/handler.js';
import { check } from '../src/orchestrator/steps/check.js';

/** Task state Check. ECS: each check confirms the canary service still runs the revision it judges. */
export const handler = progressHandler('Check', check, { health, ecs, events });
