import { ecs } from '../src/aws/clients/ecs.js';
import { events } from '../src/aws/clients/events.js';
import { health } from '../src/aws/clients/health.js';
import { progressHandler } from '../src/orchestrator/runtime/handler.js';
import { resume } from '../src/orchestrator/steps/resume.js';

/** Task state Resume: a paused canary, judged once more, goes on to its next step or to promotion. */
export const handler = progressHandler('Resume', resume, { health, ecs, events });
