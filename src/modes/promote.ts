import { boolean, type InputReader, integer, requiredString } from '../config/inputs.js';
import { followExecution } from '../deploy/follow.js';
import type { DeploymentSource } from '../deploy/source.js';
import type { Progress } from '../orchestrator/progress.js';
import { historyPollSeconds, pausePollSeconds } from '../pace.js';
import { consoleUrlOf } from '../report/canary-summary.js';
import { durationText } from '../report/duration.js';
import type { TimelineEntry } from '../report/timeline.js';
import { resourceLabelsOf, routerFromSettings } from '../routing/engine.js';
import type { RouteWeights } from '../routing/router.js';
import { routerSettings } from '../routing/router-settings.js';
import type { ModeDeps } from './deps.js';
import { runningCanaryOn } from './executions.js';
import { type PausedTask, positionOf } from './paused-task.js';

export interface PromoteModeResult {
  /** resumed: the pause was answered; refused: nothing paused on the route (nothing was sent). */
  outcome: 'resumed' | 'refused';
  executionArn?: string;
  /** Where the resumed canary came from: its commit and its GitHub deployment. */
  source?: DeploymentSource;
  executionUrl?: string;
  deploymentId?: string;
  routeLabel?: string;
  /** After resuming: SUCCEEDED, FAILED, ABORTED, TIMED_OUT, PAUSED (a later pause), RUNNING (not followed on). */
  status?: string;
  entries: TimelineEntry[];
  finalWeights?: RouteWeights[];
  message: string;
  failure?: string;
}

/** The Hold state answers a timed-out token and re-enters within moments: read again this many times. */
const attempts = 10;

/**
 * `promote`: resumes the canary paused on the route by answering its Hold task's token with the progress it
 * holds, marked resumed by the actor. Refused, naming the state the canary is in, when none is paused; then
 * nothing is sent. With wait-for-completion it follows the canary to its end or to its next pause.
 */
export async function runPromoteMode(
  read: InputReader,
  deps: ModeDeps,
  actor: string,
): Promise<PromoteModeResult> {
  const settings = routerSettings(read);
  const stateMachineArn = requiredString(
    read,
    'state-machine-arn',
    'Set it to the orchestrator state machine ARN.',
  );
  const follow = boolean(read, 'wait-for-completion', true);
  const waitForMinutes = integer(read, 'wait-for-minutes', 60, { min: 1, max: 360 });
  const router = await routerFromSettings(settings, deps, { deploymentId: 'promote', log: deps.log });
  const traffic = await router.current();
  const where = resourceLabelsOf(traffic).join(' and ');

  const running = await runningCanaryOn(deps.executions, stateMachineArn, traffic);
  if (!running) {
    return refused(`refused: no canary is running on ${where}, so none is paused. This run changed nothing.`);
  }
  const { executionArn } = running.details;
  const { deploymentId } = running.document;
  const resumed = await answerPause(deps, executionArn, actor);
  if ('state' in resumed) {
    return refused(
      `refused: the canary ${deploymentId} on ${where} is not paused: it is in state ${resumed.state ?? 'unknown'} (${stateMeaning(resumed.state)}). promote resumes only a paused canary; mode: status shows where it is. This run changed nothing.`,
      executionArn,
    );
  }
  const { progress } = resumed.paused;
  const weight = running.document.steps[progress.stepIndex]?.weight ?? 0;
  const heldFor = await heldOnOrchestratorClock(deps, executionArn, resumed.paused);
  const message = `resumed the canary ${deploymentId} paused at ${weight}%${heldFor ? ` for ${heldFor}` : ''} (since ${progress.pause.since}), on behalf of ${actor}`;
  deps.log.info(message);
  const executionUrl = consoleUrlOf(executionArn);
  const base = {
    outcome: 'resumed' as const,
    executionArn,
    source: running.document.source,
    executionUrl,
    deploymentId,
    routeLabel: where,
    message,
  };
  if (!follow) return { ...base, status: 'RUNNING', entries: [] };

  const followed = await followExecution(deps.executions, executionArn, {
    log: deps.log,
    pollSeconds: historyPollSeconds(running.document.checkIntervalSeconds),
    maxSeconds: waitForMinutes * 60,
    sleep: deps.sleep,
    now: () => deps.now().getTime(),
    stopAtPause: true,
    resumedPauseSince: progress.pause.since,
  });
  return {
    ...base,
    status: followed.status,
    entries: followed.entries,
    finalWeights: await router.describe(),
  };

  function refused(text: string, arn?: string): PromoteModeResult {
    return {
      outcome: 'refused',
      entries: [],
      message: text,
      failure: text,
      ...(arn ? { executionArn: arn } : {}),
    };
  }
}

/**
 * Answers the pause's token. Between two check intervals the Hold task is being entered again (its token
 * just timed out), and a Hold that recorded a changed verdict answers the token itself: read again then.
 */
async function answerPause(
  deps: ModeDeps,
  executionArn: string,
  actor: string,
): Promise<{ paused: PausedTask } | { state: string | undefined }> {
  let state: string | undefined;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const position = await positionOf(deps.executions, executionArn);
    state = position.state;
    const { paused } = position;
    if (paused) {
      const output: Progress = {
        ...paused.progress,
        decision: 'resume',
        pause: { ...paused.progress.pause, resumedBy: actor },
      };
      if (await deps.executions.sendTaskSuccess(paused.taskToken, output)) return { paused };
    } else if (!pauseStates.has(state ?? '')) {
      break;
    }
    await deps.sleep(pausePollSeconds);
  }
  return { state };
}

/**
 * How long the pause held, on the clock that wrote its start: the orchestrator's (the job's may differ: skew, or
 * the local stack's simulated clock). It ends where the history recorded the answer, the Hold task's
 * TaskSucceeded; when that is not among the newest events, at the newest one (not yet recorded: at most one
 * check interval earlier, as a Hold is scheduled every interval). Unread, no number is given.
 */
async function heldOnOrchestratorClock(
  deps: ModeDeps,
  executionArn: string,
  paused: PausedTask,
): Promise<string | undefined> {
  const since = Date.parse(paused.progress.pause.since);
  try {
    const events = await deps.executions.latestEvents(executionArn, eventsAfterAnswer);
    const answered = events.find(
      (event) => (event.id ?? 0) > paused.eventId && event.type === 'TaskSucceeded',
    );
    const end = (answered ?? events.at(-1))?.timestamp;
    if (!end || Number.isNaN(since)) return undefined;
    return durationText(end.getTime() - since);
  } catch {
    // The pause is answered already: a failed read costs the number, not the run.
    return undefined;
  }
}

/** The answer, the Hold's exit and the next state's first events: read back in one call. */
const eventsAfterAnswer = 20;

/** States a paused canary passes through between two check intervals. */
const pauseStates = new Set(['Hold', 'Decide']);

function stateMeaning(state: string | undefined): string {
  switch (state) {
    case 'Init':
    case 'Shift':
      return 'shifting to its next step';
    case 'Bake':
    case 'Check':
    case 'Decide':
      return 'baking a step';
    case 'Hold':
      return 'between two checks of a pause; run promote again';
    case 'Resume':
      return 'already resumed';
    case 'PromotionMode':
    case 'Promote':
    case 'PromotionWait':
    case 'PromotionCheck':
    case 'Finish':
      return 'promoting';
    case 'Rollback':
    case 'HealthCheckFailed':
      return 'rolling back';
    default:
      return 'not at a pause';
  }
}
