import { routeClients } from '../src/aws/clients/routes.js';
import { progressHandler } from '../src/orchestrator/runtime/handler.js';
import { shift } from '../src/orchestrator/steps/shift.js';

/** Task state Shift. */
export const handler = progressHandler('Shift', shift, routeClients);
