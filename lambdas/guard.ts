import { ecs } from '../src/aws/clients/ecs.js';
import { events } from '../src/aws/clients/events.js';
import { executionRecords } from '../src/aws/clients/execution-records.js';
import { routeClients } from '../src/aws/clients/routes.js';
import { guardHandler } from '../src/orchestrator/runtime/guard-handler.js';

/**
 * EventBridge target: an execution that ended ABORTED, TIMED_OUT or FAILED is rolled back; an alarm that
 * entered ALARM stops the running canaries that name it.
 */
export const handler = guardHandler({ ...routeClients, ecs, executions: executionRecords, events });
