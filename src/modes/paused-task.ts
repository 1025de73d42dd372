import type { HistoryEvent } from '@aws-sdk/client-sfn';
import { type Progress, parseProgress } from '../orchestrator/progress.js';
import type { Executions } from '../orchestrator/sfn.js';

/** The Hold task a paused canary waits in: the token that resumes it, and the progress it holds. */
export interface PausedTask {
  taskToken: string;
  progress: Progress & { pause: NonNullable<Progress['pause']> };
  /** The history event that scheduled it. */
  eventId: number;
}

/** Where the execution is: the state it is in, and the Hold task waiting for its token when it is paused. */
export interface ExecutionPosition {
  state?: string;
  paused?: PausedTask;
}

const taskEnded = new Set([
  'TaskSucceeded',
  'TaskFailed',
  'TaskTimedOut',
  'TaskStateExited',
  'TaskStateAborted',
]);

/**
 * Reads the newest events for the state the execution is in: a Hold task scheduled and not yet ended is a
 * pause waiting for its token. Between two of its check intervals (one timed out, the next not yet
 * scheduled) there is none for a moment, and the caller reads again. One call, however long the pause.
 */
export async function positionOf(executions: Executions, executionArn: string): Promise<ExecutionPosition> {
  return positionIn(await executions.latestEvents(executionArn, latestEventCount));
}

/** A Hold entry writes six events; this reaches back past the state's entry. */
const latestEventCount = 20;

export function positionIn(events: readonly HistoryEvent[]): ExecutionPosition {
  let state: string | undefined;
  let paused: PausedTask | undefined;
  for (const event of events) {
    const type = event.type ?? '';
    if (type.endsWith('StateEntered')) {
      state = event.stateEnteredEventDetails?.name;
      paused = undefined;
    } else if (type === 'TaskScheduled' && state === 'Hold') {
      paused = holdTaskOf(event);
    } else if (taskEnded.has(type) || type.startsWith('Execution')) {
      paused = undefined;
    }
  }
  return { ...(state ? { state } : {}), ...(paused ? { paused } : {}) };
}

function holdTaskOf(event: HistoryEvent): PausedTask | undefined {
  const parameters = event.taskScheduledEventDetails?.parameters;
  if (!parameters) return undefined;
  try {
    const payload = (JSON.parse(parameters) as { Payload?: { taskToken?: unknown; progress?: unknown } })
      .Payload;
    const progress = parseProgress(payload?.progress);
    if (typeof payload?.taskToken !== 'string' || !progress.pause) return undefined;
    return {
      taskToken: payload.taskToken,
      progress: progress as PausedTask['progress'],
      eventId: event.id ?? 0,
    };
  } catch {
    return undefined;
  }
}
