import * as z from 'zod/mini';
import { events } from '../src/aws/clients/events.js';
import { executions } from '../src/aws/clients/executions.js';
import { routeClients } from '../src/aws/clients/routes.js';
import { documentHandler } from '../src/orchestrator/runtime/handler.js';
import { init } from '../src/orchestrator/steps/init.js';
import { parse } from '../src/schema-messages.js';

/** This execution, from the context object (see the Init state's Parameters). */
const execution = z.object({
  executionArn: z.string().check(z.minLength(1)),
  stateMachineArn: z.string().check(z.minLength(1)),
  startTime: z.string().check(z.minLength(1)),
});

/** Task state Init: document check, the one-canary-per-route lock, the drift check. */
export const handler = documentHandler(
  'Init',
  (event, document, deps) => init(document, parse(execution, event), deps),
  (progress) => ({ message: progress.reason }),
  { ...routeClients, executions, events },
);
