import * as z from 'zod/mini';
import { type HookStage, hookLabel, hookStages } from '../../config/hooks.js';
import { announce } from '../../events/announce.js';
import type { StepDeps } from '../deps.js';
import { type ExecutionDocument, InvalidDocumentError } from '../document.js';
import { type DocumentHook, hooksAt, isHookStage } from '../hooks/plan.js';
import { type HookRequest, hookPayload, hookRequest } from '../hooks/request.js';
import { type HookAnswer, type HookResult, judgeHookResult } from '../hooks/verdict.js';
import type { HookCursor, HookRun, Progress } from '../progress.js';

/** What HookRequest leaves in $.hookRequest: the integration's parameters and which hook they are for. */
export type HookAsk = HookRequest & { stage: HookStage; index: number; attempt: number; startedAt: string };

// What HookVerdict reads of the ask; the rest is the integration's.
const askSchema = z.object({
  stage: z.enum(hookStages),
  index: z.int().check(z.nonnegative()),
  attempt: z.int().check(z.positive()),
  startedAt: z.iso.datetime(),
});

/** The ask as the state input carries it; malformed means the input was tampered with. */
export function parseAsk(value: unknown): Pick<HookAsk, 'stage' | 'index' | 'attempt' | 'startedAt'> {
  const result = askSchema.safeParse(value);
  if (!result.success)
    throw new InvalidDocumentError(
      `invalid hook request: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  return result.data;
}

function stageOf(value: unknown): HookStage {
  if (!isHookStage(value)) throw new InvalidDocumentError(`invalid hook stage ${JSON.stringify(value)}`);
  return value;
}

function hookAt(document: ExecutionDocument, stage: HookStage, index: number): DocumentHook {
  const hook = hooksAt(document.hooks, stage)[index];
  if (!hook) throw new InvalidDocumentError(`the document has no hook ${index + 1} at ${stage}`);
  return hook;
}

/**
 * HookRequest: the parameters of the next call of the stage's hooks. The first hook of a stage just entered,
 * the next one after a pass, or the same one again (attempt + 1) after IN_PROGRESS. Reads only.
 */
export function requestHook(
  document: ExecutionDocument,
  progress: Progress,
  stageValue: unknown,
  now: Date,
  executionArn?: string,
): HookAsk {
  const stage = stageOf(stageValue);
  const cursor = progress.hook?.stage === stage ? progress.hook : undefined;
  const again = cursor?.next === 'wait';
  const index = cursor?.next === 'request' || again ? cursor.index : 0;
  const attempt = again ? cursor.attempt + 1 : 1;
  const startedAt = again ? cursor.startedAt : now.toISOString();
  const payload = hookPayload(document, stage, {
    stepIndex: progress.stepIndex,
    attempt,
    ...(executionArn ? { executionArn } : {}),
  });
  return { ...hookRequest(hookAt(document, stage, index), payload), stage, index, attempt, startedAt };
}

/**
 * HookVerdict: judges what the integration returned (or the error it raised), records a finished run and
 * announces it, and says where the state machine goes: the next hook, ask again, the stage passed, or failed.
 * A hook still IN_PROGRESS once hook-timeout has passed (by the clock, or by asks × hook-interval) fails.
 */
export async function judgeHook(
  document: ExecutionDocument,
  progress: Progress,
  ask: Pick<HookAsk, 'stage' | 'index' | 'attempt' | 'startedAt'>,
  result: HookResult,
  deps: StepDeps,
  executionArn?: string,
): Promise<Progress> {
  const stage = stageOf(ask.stage);
  const hook = hookAt(document, stage, ask.index);
  const plan = document.hooks!;
  const elapsedSeconds = Math.max(0, (deps.now().getTime() - Date.parse(ask.startedAt)) / 1000);
  const answer = timedOut(judgeHookResult(hook, result), ask.attempt, elapsedSeconds, plan);
  const label = hookLabel(stage, hook.target);
  const cursor: HookCursor = {
    stage,
    index: ask.index,
    attempt: ask.attempt,
    startedAt: ask.startedAt,
    next: 'done',
  };
  if (answer.verdict === 'IN_PROGRESS') {
    deps.log.info(`hook ${label}: IN_PROGRESS (ask ${ask.attempt}): ${answer.reason}`);
    return { ...progress, hook: { ...cursor, next: 'wait' }, reason: `hook ${label}: ${answer.reason}` };
  }
  const run: HookRun = {
    stage,
    target: hook.target,
    ...(stage === 'after-shift' ? { step: progress.stepIndex + 1 } : {}),
    startedAt: ask.startedAt,
    durationSeconds: Math.round(elapsedSeconds * 10) / 10,
    verdict: answer.verdict,
    reason: answer.reason,
    attempts: ask.attempt,
  };
  const line = `hook ${label} ${answer.verdict}: ${answer.reason}`;
  if (answer.verdict === 'FAILED') deps.log.warn(line);
  else deps.log.info(line);
  await announce(deps, document, executionArn, {
    transition: answer.verdict === 'SUCCEEDED' ? 'HOOK_SUCCEEDED' : 'HOOK_FAILED',
    ...(stage === 'after-shift' ? { stepIndex: progress.stepIndex } : {}),
    canaryWeight: hookPayload(document, stage, { stepIndex: progress.stepIndex, attempt: 1 }).canaryWeight,
    reason: line,
    occurrence: `${stage}/hook-${ask.index + 1}`,
  });
  const more = ask.index + 1 < hooksAt(plan, stage).length;
  const next: HookCursor =
    answer.verdict === 'FAILED'
      ? { ...cursor, next: 'failed', cause: line }
      : more
        ? { ...cursor, index: ask.index + 1, attempt: 1, next: 'request' }
        : cursor;
  return { ...progress, hook: next, hookRuns: [...(progress.hookRuns ?? []), run], reason: line };
}

function timedOut(
  answer: HookAnswer,
  attempt: number,
  elapsedSeconds: number,
  plan: { intervalSeconds: number; timeoutSeconds: number },
): HookAnswer {
  if (answer.verdict !== 'IN_PROGRESS') return answer;
  const waited = Math.max(elapsedSeconds, attempt * plan.intervalSeconds);
  if (waited < plan.timeoutSeconds) return answer;
  return {
    verdict: 'FAILED',
    reason: `timed out: still IN_PROGRESS after ${attempt} asks (hook-timeout ${plan.timeoutSeconds}s): ${answer.reason}`,
  };
}
