import { events } from '../src/aws/clients/events.js';
import { parseProgress } from '../src/orchestrator/progress.js';
import { documentHandler } from '../src/orchestrator/runtime/handler.js';
import { judgeHook, parseAsk, requestHook } from '../src/orchestrator/steps/hook.js';

/**
 * Task states HookRequest (the next hook call's parameters) and HookVerdict (the integration's result as a
 * verdict). Calls no AWS API but EventBridge: the hook itself is called by Step Functions' own integrations.
 */
export const handler = documentHandler(
  'Hook',
  async (event, document, deps) => {
    const progress = parseProgress(event.progress);
    const executionArn = typeof event.executionArn === 'string' ? event.executionArn : undefined;
    if (event.action === 'request')
      return requestHook(document, progress, event.stage, deps.now(), executionArn);
    return judgeHook(
      document,
      progress,
      parseAsk(event.request),
      event.result as Record<string, unknown>,
      deps,
      executionArn,
    );
  },
  (result) => ({
    message:
      'reason' in result
        ? result.reason
        : `asking ${result.stage} hook ${result.index + 1} (${result.target}), ask ${result.attempt}`,
  }),
  { events },
);
