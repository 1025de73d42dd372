import { ecs } from '../src/aws/clients/ecs.js';
import { events } from '../src/aws/clients/events.js';
import { routeClients } from '../src/aws/clients/routes.js';
import { progressHandler } from '../src/orchestrator/runtime/handler.js';
import { finish } from '../src/orchestrator/steps/finish.js';

/** Task state Finish. */
export const handler = progressHandler('Finish', finish, { ...routeClients, ecs, events });
