import { guardHandler } from '../src/orchestrator/runtime/handler.js';

/** EventBridge target: an execution that ended ABORTED, TIMED_OUT or FAILED is rolled back. */
export const handler = guardHandler();
