import { ecs } from '../src/aws/clients/ecs.js';
import { events } from '../src/aws/clients/events.js';
import { executions } from '../src/aws/clients/executions.js';
import { health } from '../src/aws/clients/health.js';
import { parseProgress } from '../src/orchestrator/progress.js';
import { documentHandler, executionArnOf } from '../src/orchestrator/runtime/handler.js';
import { hold, taskTokenOf } from '../src/orchestrator/steps/hold.js';

/**
 * Task state Hold (lambda:invoke.waitForTaskToken): one health check of a paused canary per check interval.
 * Step Functions answers: it reports a FAIL, the pause timeout or a changed verdict through the task token.
 */
export const handler = documentHandler(
  'Hold',
  (event, document, deps) =>
    hold(document, parseProgress(event.progress), taskTokenOf(event), deps, executionArnOf(event)),
  (result) => ({ message: `hold ${result.action}: ${result.reason}`, keys: { hold: result.action } }),
  { health, ecs, executions, events },
);
