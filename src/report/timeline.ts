import type { HistoryEvent } from '@aws-sdk/client-sfn';
import { readableCause } from '../errors.js';
import { describeLatency } from '../health/latency-verdict.js';
import type { CheckSummary, HookRun } from '../orchestrator/progress.js';
import { resourcesPhrase } from '../routing/resource-phrase.js';
import { durationText } from './duration.js';

/** One thing that happened in a canary execution, read from its Step Functions history. */
export type TimelineEntry =
  | { kind: 'shift'; at: Date; step: number; weight: number }
  /** Requests with the test header reach the canary only: from before the first step to the end. */
  | { kind: 'test-traffic'; at: Date; header: string }
  | { kind: 'check'; at: Date; step: number; weight: number; number: number; check: CheckSummary }
  /** A lifecycle hook answered: a finished run, or IN_PROGRESS (asked again after hook-interval). */
  | { kind: 'hook'; at: Date; run: HookRun | (Omit<HookRun, 'verdict'> & { verdict: 'IN_PROGRESS' }) }
  | {
      kind: 'paused';
      at: Date;
      step: number;
      weight: number;
      /** When the pause began (the check that started it): it names the pause. */
      since: string;
      /** When on-pause-timeout applies, and what it does. */
      deadline: string;
      onTimeout: 'rollback' | 'continue';
    }
  | { kind: 'resumed'; at: Date; step: number; weight: number; by: string; pausedSince: string }
  | { kind: 'promotion-started'; at: Date; taskDefinitionArn?: string }
  | {
      kind: 'promoted';
      at: Date;
      router?: string;
      /** What became of the test route or rule, and of the canary service when someone's edit of it kept it. */
      testTraffic?: string[];
    }
  | {
      kind: 'rollback';
      at: Date;
      restoredRoutes: string[];
      /** Weights restored, someone's edit of another field kept. */
      restoredKeepingEdits: string[];
      keptEditedRoutes: string[];
      services: string[];
      removedTestRoutes?: string[];
      keptEditedTestRoutes?: string[];
    }
  | {
      kind: 'end';
      at: Date;
      status: 'SUCCEEDED' | 'FAILED' | 'ABORTED' | 'TIMED_OUT';
      error?: string;
      cause?: string;
    };

interface StateOutput {
  document?: {
    steps?: { weight: number }[];
    onPauseTimeout?: 'rollback' | 'continue';
    snapshot?: { router?: string };
    testTraffic?: { header?: { name: string; value?: string } };
  };
  progress?: {
    stepIndex?: number;
    decision?: string;
    lastCheck?: CheckSummary;
    promotion?: { taskDefinitionArn?: string };
    testTraffic?: string[];
    pause?: { since?: string; deadline?: string; resumedBy?: string };
    reason?: string;
    hook?: { stage: string; attempt: number; startedAt: string; next: string };
    hookRuns?: HookRun[];
  };
  hookRequest?: { target?: string };
  rollback?: {
    restoredRoutes?: string[];
    restoredKeepingEdits?: { routeName: string }[];
    keptEditedRoutes?: { routeName: string }[];
    services?: string[];
    removedTestRoutes?: string[];
    keptEditedTestRoutes?: { routeName: string }[];
  };
}

/**
 * Turns history events (in order, possibly page by page) into timeline entries. Pure and incremental:
 * `checksSoFar` carries the check count so that a follower can feed it one page at a time.
 */
export function timelineOf(
  events: readonly HistoryEvent[],
  checksSoFar = 0,
): { entries: TimelineEntry[]; checks: number } {
  const entries: TimelineEntry[] = [];
  let checks = checksSoFar;
  for (const event of events) {
    const at = event.timestamp ?? new Date(0);
    const entered = event.stateEnteredEventDetails;
    if (event.type === 'TaskStateEntered' && entered?.name === 'Resume') {
      const input = parseOutput(entered.input);
      const stepIndex = input.progress?.stepIndex ?? 0;
      entries.push({
        kind: 'resumed',
        at,
        step: stepIndex + 1,
        weight: input.document?.steps?.[stepIndex]?.weight ?? 0,
        by: input.progress?.pause?.resumedBy ?? 'an operator',
        pausedSince: input.progress?.pause?.since ?? '',
      });
    }
    const exited = event.stateExitedEventDetails;
    if (event.type === 'TaskStateExited' && exited?.name) {
      const output = parseOutput(exited.output);
      const stepIndex = output.progress?.stepIndex ?? 0;
      const weight = output.document?.steps?.[stepIndex]?.weight ?? 0;
      const header = output.document?.testTraffic?.header;
      // Opened in its own state; by the first Shift in an execution of an older definition.
      const openedByShift =
        exited.name === 'Shift' && stepIndex === 0 && !output.progress?.reason?.includes('(already)');
      if (header && (exited.name === 'OpenTestTraffic' || openedByShift))
        entries.push({
          kind: 'test-traffic',
          at,
          header: header.value ? `${header.name}: ${header.value}` : header.name,
        });
      if (exited.name === 'Shift') entries.push({ kind: 'shift', at, step: stepIndex + 1, weight });
      if (exited.name === 'HookVerdict') {
        const entry = hookEntryOf(output, at);
        if (entry) entries.push(entry);
      }
      // A Hold records a check only when its verdict or counters changed.
      const recordsCheck =
        exited.name === 'Check' || (exited.name === 'Hold' && output.progress?.decision === 'hold');
      if (recordsCheck && output.progress?.lastCheck) {
        checks += 1;
        const check = output.progress.lastCheck;
        entries.push({ kind: 'check', at, step: stepIndex + 1, weight: check.weight, number: checks, check });
      }
      if (exited.name === 'Check' && output.progress?.decision === 'pause') {
        entries.push({
          kind: 'paused',
          at,
          step: stepIndex + 1,
          weight,
          since: output.progress.pause?.since ?? at.toISOString(),
          deadline: output.progress.pause?.deadline ?? '',
          onTimeout: output.document?.onPauseTimeout ?? 'rollback',
        });
      }
      if (exited.name === 'Promote') {
        entries.push({
          kind: 'promotion-started',
          at,
          taskDefinitionArn: output.progress?.promotion?.taskDefinitionArn,
        });
      }
      if (exited.name === 'Finish') {
        const router = output.document?.snapshot?.router;
        const testTraffic = output.progress?.testTraffic ?? [];
        entries.push({
          kind: 'promoted',
          at,
          ...(router ? { router } : {}),
          ...(testTraffic.length > 0 ? { testTraffic } : {}),
        });
      }
      if (exited.name === 'Rollback') {
        entries.push({
          kind: 'rollback',
          at,
          restoredRoutes: output.rollback?.restoredRoutes ?? [],
          restoredKeepingEdits: (output.rollback?.restoredKeepingEdits ?? []).map((route) => route.routeName),
          keptEditedRoutes: (output.rollback?.keptEditedRoutes ?? []).map((route) => route.routeName),
          services: output.rollback?.services ?? [],
          ...(output.rollback?.removedTestRoutes
            ? { removedTestRoutes: output.rollback.removedTestRoutes }
            : {}),
          ...(output.rollback?.keptEditedTestRoutes
            ? { keptEditedTestRoutes: output.rollback.keptEditedTestRoutes.map((route) => route.routeName) }
            : {}),
        });
      }
    }
    const end = endOf(event);
    if (end) entries.push({ kind: 'end', at, ...end });
  }
  return { entries, checks };
}

/** The run HookVerdict recorded, or the hook it will ask again (its reason is the progress's). */
function hookEntryOf(output: StateOutput, at: Date): TimelineEntry | undefined {
  const cursor = output.progress?.hook;
  if (!cursor) return undefined;
  if (cursor.next !== 'wait') {
    const run = output.progress?.hookRuns?.at(-1);
    return run ? { kind: 'hook', at, run } : undefined;
  }
  return {
    kind: 'hook',
    at,
    run: {
      stage: cursor.stage,
      target: output.hookRequest?.target ?? 'the hook',
      startedAt: cursor.startedAt,
      durationSeconds: Math.max(0, (at.getTime() - Date.parse(cursor.startedAt)) / 1000),
      verdict: 'IN_PROGRESS',
      reason: (output.progress?.reason ?? '').replace(/^hook \S+ \S+: /, ''),
      attempts: cursor.attempt,
    },
  };
}

function endOf(
  event: HistoryEvent,
): Omit<Extract<TimelineEntry, { kind: 'end' }>, 'kind' | 'at'> | undefined {
  switch (event.type) {
    case 'ExecutionSucceeded':
      return { status: 'SUCCEEDED' };
    case 'ExecutionFailed':
      return { status: 'FAILED', ...errorAndCause(event.executionFailedEventDetails) };
    case 'ExecutionAborted':
      return { status: 'ABORTED', ...errorAndCause(event.executionAbortedEventDetails) };
    case 'ExecutionTimedOut':
      return { status: 'TIMED_OUT', ...errorAndCause(event.executionTimedOutEventDetails) };
    default:
      return undefined;
  }
}

function errorAndCause(details: { error?: string; cause?: string } | undefined) {
  const cause = details?.cause ? readableCause(details.cause) : undefined;
  return {
    ...(details?.error ? { error: details.error } : {}),
    ...(cause ? { cause } : {}),
  };
}

function parseOutput(text: string | undefined): StateOutput {
  if (!text) return {};
  try {
    return JSON.parse(text) as StateOutput;
  } catch {
    return {};
  }
}

const grouped = new Intl.NumberFormat('en-US');

/** The log line of an entry, as the Action prints it while following. */
export function describeEntry(entry: TimelineEntry): string {
  switch (entry.kind) {
    case 'shift':
      return `step ${entry.step}: ${entry.weight}% → canary`;
    case 'test-traffic':
      return `test traffic: requests with ${entry.header} reach the canary only, until the end`;
    case 'hook': {
      const { run } = entry;
      const step = run.step ? ` (step ${run.step})` : '';
      const asks = run.attempts > 1 || run.verdict === 'IN_PROGRESS' ? `, ask ${run.attempts}` : '';
      return `hook ${run.stage}${step} ${run.target}: ${run.verdict} after ${durationText(run.durationSeconds * 1000)}${asks} — ${run.reason}`;
    }
    case 'check': {
      const { check } = entry;
      if (check.verdict === 'WAIT') {
        return `check ${entry.number} at ${entry.weight}%: waiting for the first complete period after the shift — WAIT`;
      }
      // Judged by alarms alone: the check's own words name them.
      if (check.canaryErrorRatePct === undefined)
        return `check ${entry.number} at ${entry.weight}%: ${check.reason.replace(/ — (PASS|FAIL|INCONCLUSIVE)$/, '')} — ${check.verdict}`;
      const canary =
        check.canaryRequests === 0
          ? 'no canary requests'
          : `canary ${formatPct(check.canaryErrorRatePct)} 5xx (${grouped.format(check.canaryRequests ?? 0)} req)`;
      const stable =
        check.stableErrorRatePct === undefined ? '' : ` vs stable ${formatPct(check.stableErrorRatePct)}`;
      const window = check.window ? ` in ${windowText(check.window)}` : '';
      const latency = check.latency?.canaryMs !== undefined ? `, ${describeLatency(check.latency)}` : '';
      return `check ${entry.number} at ${entry.weight}%: ${canary}${stable}${latency}${window} — ${check.verdict}`;
    }
    case 'paused':
      return `paused at ${entry.weight}% (step ${entry.step}): resume with mode: promote; at ${entry.deadline} the pause times out (${entry.onTimeout})`;
    case 'resumed':
      return `resumed by ${entry.by} at ${entry.weight}%${entry.pausedSince ? ` after ${durationText(entry.at.getTime() - Date.parse(entry.pausedSince))}` : ''}`;
    case 'promotion-started':
      return `promoting: stable service rolling out ${entry.taskDefinitionArn ?? 'the new version'}`;
    case 'promoted': {
      const keptCanary = entry.testTraffic?.find((part) => part.includes(' still sends it requests'));
      const canary = keptCanary
        ? keptCanary.replace(/^canary service \S+ /, 'canary ')
        : 'canary scaled to 0';
      const test = (entry.testTraffic ?? []).filter((part) => part !== keptCanary).map((part) => `; ${part}`);
      return entry.router === undefined || entry.router === 'app-mesh'
        ? `promoted: route 100% to the stable node on the new version, ${canary}${test.join('')}`
        : `promoted: all traffic back on the stable target group, on the new version; ${canary}${test.join('')}`;
    }
    case 'rollback': {
      const restored = entry.restoredRoutes.length + entry.restoredKeepingEdits.length > 0;
      const parts = [
        ...(entry.removedTestRoutes ?? []).map((label) => `removed ${label}`),
        ...(entry.keptEditedTestRoutes ?? []).map((label) => `kept edited ${label}`),
        ...(entry.restoredRoutes.length > 0 ? [`restored ${resourcesPhrase(entry.restoredRoutes)}`] : []),
        ...(entry.restoredKeepingEdits.length > 0
          ? [
              `restored the weights of ${resourcesPhrase(entry.restoredKeepingEdits)} keeping an edit made by hand`,
            ]
          : []),
        ...(restored ? [] : ['no route to restore']),
        ...(entry.keptEditedRoutes.length > 0
          ? [`kept edited ${resourcesPhrase(entry.keptEditedRoutes)}`]
          : []),
        ...entry.services,
      ];
      return `rolling back: ${parts.join('; ')}`;
    }
    case 'end':
      if (entry.status === 'SUCCEEDED') return 'canary succeeded';
      return `canary ${entry.status}: ${[entry.error, entry.cause].filter(Boolean).join(': ')}`;
  }
}

/** "10:02:00–10:04:00 UTC": the traffic a check judged. */
export function windowText(window: { start: string; end: string }): string {
  const time = (iso: string) => iso.slice(11, 19);
  return `${time(window.start)}–${time(window.end)} UTC`;
}

export function formatPct(value: number): string {
  return `${value < 10 ? value.toFixed(1) : value.toFixed(0)}%`;
}
