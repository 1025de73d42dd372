import { ecs } from '../src/aws/clients/ecs.js';
import { routeClients } from '../src/aws/clients/routes.js';
import { documentHandler } from '../src/orchestrator/runtime/handler.js';
import { describeRollback, rollback } from '../src/orchestrator/steps/rollback.js';

/** Task state Rollback: back to the pre-deploy state, from wherever the canary stopped. */
export const handler = documentHandler(
  'Rollback',
  (event, document, deps) => {
    deps.log.info('rolling back', { failure: event.failure });
    return rollback(document, deps);
  },
  (report) => ({ message: `rolled back: ${describeRollback(report)}` }),
  { ...routeClients, ecs },
);
