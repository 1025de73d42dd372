import { ecs } from '../src/aws/clients/ecs.js';
import { progressHandler } from '../src/orchestrator/runtime/handler.js';
import { promote } from '../src/orchestrator/steps/promote.js';

/** Task state Promote. */
export const handler = progressHandler('Promote', promote, { ecs });
