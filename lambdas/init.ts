import * as z from 'zod';
import { events } from '../src/aws/clients/events.js';
import { executions } from '../src/aws/clients/executions.js';
import { routeClients } from '../src/aws/clients/routes.js';
import { documentHandler } from '../src/orchestrator/runtime/handler.js';
import { init } from '../src/orchestrator/steps/init.js';

/** This execution, from the context object (see the Init state's Parameters). */
const execution = z.object({
  executionArn: z.string().min(1),
  stateMachineArn: z.string().min(1),
  startTime: z.string().min(1),
});

/** Task state Init: document check, the one-canary-per-route lock, the drift check. */
export const handler = documentHandler(
  'Init',
  (event, document, deps) => init(document, execution.parse(event), deps),
  (progress) => ({ message: progress.reason }),
  { ...routeClients, executions, events },
);
