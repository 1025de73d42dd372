import { ecs } from '../src/aws/clients/ecs.js';
import { events } from '../src/aws/clients/events.js';
import { routeClients } from '../src/aws/clients/routes.js';
import { progressHandler } from '../src/orchestrator/runtime/handler.js';
import { shiftOrOpen } from '../src/orchestrator/steps/shift.js';

/** Task states Shift and OpenTestTraffic. ECS: the canary service must run this deployment's revision before it gets weight. */
export const handler = progressHandler('Shift', shiftOrOpen, { ...routeClients, ecs, events });
