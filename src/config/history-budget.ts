import { InputError } from '../errors.js';
import type { HookSettings } from './hooks.js';

/** Step Functions keeps at most 25,000 history events per Standard execution; past that it fails. */
export const historyEventLimit = 25_000;

/**
 * History events each part of the canary writes (statemachine/canary.asl.json): a bake check is a Wait, a
 * Task and a Choice (2 + 5 + 2); a held check interval is one callback Task that times out and re-enters (at
 * most 6 events); a hold that records a changed verdict adds a Choice.
 */
const eventsPerBakeCheck = 9;
const eventsPerHeldInterval = 8;
/** Init, shifts, promotion, finish, rollback and retries, with room for extended bakes. */
const reservedEvents = 5_000;

export interface HistoryPlan {
  steps: Array<{ bakeSeconds: number; pause?: boolean }>;
  checkIntervalSeconds: number;
  pauseTimeoutSeconds: number;
}

/** The most history events the plan writes when every pause runs to its timeout. */
export function historyEventsOf(plan: HistoryPlan): number {
  const intervals = (seconds: number) => Math.ceil(seconds / plan.checkIntervalSeconds);
  const bakes = plan.steps.reduce(
    (total, step) => total + intervals(step.bakeSeconds) * eventsPerBakeCheck,
    0,
  );
  const pauses = plan.steps.filter((step) => step.pause).length;
  return bakes + pauses * intervals(plan.pauseTimeoutSeconds) * eventsPerHeldInterval + reservedEvents;
}

/**
 * A pause checks health every interval until its timeout, and every check is history: refuse a plan that
 * could outgrow the execution's history (it would fail mid-canary, half-shifted until the guard restores it).
 */
export function checkHistoryBudget(plan: HistoryPlan): void {
  const events = historyEventsOf(plan);
  if (events <= historyEventLimit) return;
  const pauses = plan.steps.filter((step) => step.pause).length;
  const heldBudget =
    historyEventLimit -
    historyEventsOf({ ...plan, steps: plan.steps.map(({ bakeSeconds }) => ({ bakeSeconds })) });
  const longestTimeout = Math.floor(
    (heldBudget / pauses / eventsPerHeldInterval) * plan.checkIntervalSeconds,
  );
  throw new InputError(
    'pause-timeout',
    `with check-interval ${plan.checkIntervalSeconds}s and ${pauses} pause${pauses > 1 ? 's' : ''}, the canary could write about ${events.toLocaleString('en-US')} history events; a Step Functions execution holds ${historyEventLimit.toLocaleString('en-US')}. Shorten pause-timeout to at most ${formatSeconds(longestTimeout)} or lengthen check-interval.`,
  );
}

/**
 * One ask of a hook: HookRequest, HookTarget, the integration, HookVerdict, HookNext and (asking again)
 * HookWait: three Tasks of 5 events, three Choices or Waits of 2.
 */
const eventsPerHookAsk = 21;

/** The most asks the hooks make: a Lambda hook answering IN_PROGRESS until hook-timeout; after-shift a step. */
export function hookAsksOf(hooks: HookSettings, steps: number): number {
  const asksOfLambda = Math.ceil(hooks.timeoutSeconds / hooks.intervalSeconds);
  return hooks.hooks.reduce(
    (total, hook) =>
      total + (hook.stage === 'after-shift' ? steps : 1) * (hook.target.kind === 'lambda' ? asksOfLambda : 1),
    0,
  );
}

/** Hooks asked again until their timeout write history too: refuse what the execution's history cannot hold. */
export function checkHookHistoryBudget(plan: HistoryPlan, hooks: HookSettings): void {
  const events = historyEventsOf(plan) + hookAsksOf(hooks, plan.steps.length) * eventsPerHookAsk;
  if (events <= historyEventLimit) return;
  throw new InputError(
    'hook-interval',
    `is ${hooks.intervalSeconds}s with hook-timeout ${hooks.timeoutSeconds}s: Lambda hooks answering IN_PROGRESS could be asked ${hookAsksOf(hooks, plan.steps.length).toLocaleString('en-US')} times, about ${events.toLocaleString('en-US')} history events with the canary's own; a Step Functions execution holds ${historyEventLimit.toLocaleString('en-US')}. Lengthen hook-interval or shorten hook-timeout.`,
  );
}

function formatSeconds(seconds: number): string {
  if (seconds >= 3600)
    return `${Math.floor(seconds / 3600)}h${seconds % 3600 >= 60 ? `${Math.floor((seconds % 3600) / 60)}m` : ''}`;
  if (seconds >= 60) return `${Math.floor(seconds / 60)}m`;
  return `${Math.max(0, seconds)}s`;
}
