import { ecs } from '../src/orchestrator/runtime/clients/ecs.js';
import { routeClients } from '../src/orchestrator/runtime/clients/routes.js';
import { progressHandler } from '../src/orchestrator/runtime/handler.js';
import { finish } from '../src/orchestrator/steps/finish.js';

/** Task state Finish. */
export const handler = progressHandler('Finish', finish, { ...routeClients, ecs });
