import { health } from '../src/aws/clients/health.js';
import { progressHandler } from '../src/orchestrator/runtime/handler.js';
import { check } from '../src/orchestrator/steps/check.js';

/** Task state Check. */
export const handler = progressHandler('Check', check, { health });
