import { ecs } from '../src/aws/clients/ecs.js';
import { events } from '../src/aws/clients/events.js';
import { routeClients } from '../src/aws/clients/routes.js';
import { announceRollback } from '../src/orchestrator/announce.js';
import { incompleteCause } from '../src/orchestrator/rollback-report.js';
import { documentHandler, executionArnOf } from '../src/orchestrator/runtime/handler.js';
import { rollback } from '../src/orchestrator/steps/rollback.js';

/** Task state Rollback: back to the pre-deploy state, from wherever the canary stopped. */
export const handler = documentHandler(
  'Rollback',
  async (event, document, deps) => {
    deps.log.info('rolling back', { failure: event.failure });
    const report = await rollback(document, deps);
    await announceRollback(deps, document, executionArnOf(event), event.failure, report);
    return report.complete ? report : { ...report, cause: incompleteCause(event.failure, report) };
  },
  (report) => ({
    message: `${report.complete ? 'rolled back' : 'rolled back as far as it may'}: ${report.summary}`,
  }),
  { ...routeClients, ecs, events },
);
