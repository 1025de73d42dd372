import { type InputReader, optionalString } from '../config/inputs.js';
import { testHeaderText } from '../config/test-traffic.js';
import { messageOf, readableCause } from '../errors.js';
import type { Executions } from '../orchestrator/sfn.js';
import { pausedAt } from '../report/canary-summary.js';
import { durationText } from '../report/duration.js';
import { describeEntry, type TimelineEntry, timelineOf } from '../report/timeline.js';
import { routerFromSettings, type TrafficSnapshot } from '../routing/engine.js';
import type { RouteWeights } from '../routing/router.js';
import { routerSettings } from '../routing/router-settings.js';
import type { ModeDeps } from './deps.js';
import { type CanaryExecution, lastCanaryOn, runningCanaryOn } from './executions.js';

export interface StatusModeResult {
  weights: RouteWeights[];
  running?: {
    executionArn: string;
    deploymentId: string;
    lastEvent?: string;
    weight?: number;
    lastVerdict?: string;
    /** Held at a pause step, waiting for mode: promote. */
    paused?: { weight: number; since: string; deadline: string; onTimeout: 'rollback' | 'continue' };
    testTraffic?: TestTrafficStatus;
  };
  last?: {
    executionArn: string;
    deploymentId: string;
    status: string;
    error?: string;
    cause?: string;
    testTraffic?: TestTrafficStatus;
  };
  lines: string[];
}

/** The test routes or rules of a deployment, as read now: what people may still send test requests through. */
export interface TestTrafficStatus {
  header: string;
  inPlace: string[];
  edited: Array<{ label: string; differences: string[] }>;
  absent: string[];
  /** Could not be read (a role without the read, say): status still reports the rest. */
  unreadable: Array<{ label: string; reason: string }>;
}

/** `status`: the weights of each route, and the running canary (step, weight, last verdict) or the last outcome. */
export async function runStatusMode(read: InputReader, deps: ModeDeps): Promise<StatusModeResult> {
  const settings = routerSettings(read);
  const stateMachineArn = optionalString(read, 'state-machine-arn');
  const router = await routerFromSettings(settings, deps, { deploymentId: 'status', log: deps.log });
  const traffic = await router.current();
  const weights = await router.describe();
  const lines = weights.map(
    (route) =>
      `${/Route$/.test(route.type) ? 'route ' : ''}${route.route} (${route.type}${route.version ? `, version ${route.version}` : ''}): ${route.targets.map((target) => `${target.target} ${target.weight}`).join(', ')}`,
  );
  const result: StatusModeResult = { weights, lines };
  if (!stateMachineArn) return result;

  const running = await runningCanaryOn(deps.executions, stateMachineArn, traffic);
  if (running) {
    const entries = await timeline(deps.executions, running);
    const weight = entries.findLast((entry) => entry.kind === 'shift');
    const check = entries.findLast((entry) => entry.kind === 'check');
    result.running = {
      executionArn: running.details.executionArn,
      deploymentId: running.document.deploymentId,
      ...(weight?.kind === 'shift' ? { weight: weight.weight } : {}),
      ...(check?.kind === 'check' ? { lastVerdict: describeEntry(check) } : {}),
      ...(entries.length > 0 ? { lastEvent: describeEntry(entries.at(-1)!) } : {}),
    };
    const testTraffic = await testTrafficNow(running, traffic, deps);
    if (testTraffic) result.running.testTraffic = testTraffic;
    const paused = pausedAt(entries);
    if (paused) {
      const { weight: pausedWeight, since, deadline, onTimeout } = paused;
      result.running.paused = { weight: pausedWeight, since, deadline, onTimeout };
      // On the clock that wrote `since`, the orchestrator's: its newest event (a Hold re-enters every interval).
      const [newest] = await deps.executions.latestEvents(running.details.executionArn, 1);
      const heldFor = newest?.timestamp
        ? durationText(newest.timestamp.getTime() - Date.parse(since))
        : 'held';
      lines.push(
        `paused: ${running.document.deploymentId} at ${pausedWeight}% since ${since} (${heldFor}); resume it with mode: promote (CLI: appmesh-canary promote); at ${deadline} it ${onTimeout === 'continue' ? 'continues' : 'rolls back'} (on-pause-timeout: ${onTimeout})${result.running.lastVerdict ? `; ${result.running.lastVerdict}` : ''}`,
      );
      if (testTraffic) lines.push(runningTestTrafficLine(testTraffic));
      return result;
    }
    lines.push(
      `running: ${running.document.deploymentId} at ${result.running.weight ?? 0}%${result.running.lastVerdict ? `; ${result.running.lastVerdict}` : ''}`,
    );
    if (testTraffic) lines.push(runningTestTrafficLine(testTraffic));
    return result;
  }
  const last = await lastCanaryOn(deps.executions, stateMachineArn, traffic, [
    'SUCCEEDED',
    'FAILED',
    'ABORTED',
    'TIMED_OUT',
  ]);
  if (last) {
    result.last = {
      executionArn: last.details.executionArn,
      deploymentId: last.document.deploymentId,
      status: last.details.status,
      ...(last.details.error ? { error: last.details.error } : {}),
      ...(last.details.cause ? { cause: readableCause(last.details.cause) } : {}),
    };
    const why = [result.last.error, result.last.cause].filter(Boolean).join(': ');
    lines.push(`last canary: ${last.document.deploymentId} ${last.details.status}${why ? ` (${why})` : ''}`);
    const testTraffic = await testTrafficNow(last, traffic, deps);
    if (testTraffic) {
      result.last.testTraffic = testTraffic;
      lines.push(...leftTestTrafficLines(testTraffic));
    }
  } else {
    lines.push('no canary has run on these routes');
  }
  return result;
}

async function timeline(executions: Executions, canary: CanaryExecution): Promise<TimelineEntry[]> {
  const events = [];
  let token: string | undefined;
  do {
    const page = await executions.historyPage(canary.details.executionArn, token);
    events.push(...page.events);
    token = page.nextToken;
  } while (token);
  return timelineOf(events).entries;
}

/** Reads the deployment's test routes or rules (read-only): in place as created, edited by someone, or gone. */
async function testTrafficNow(
  canary: CanaryExecution,
  traffic: TrafficSnapshot,
  deps: ModeDeps,
): Promise<TestTrafficStatus | undefined> {
  const plan = canary.document.testTraffic;
  if (!plan) return undefined;
  const { differencesOf, testTrafficDoors } = await import('../routing/test-traffic/index.js');
  const doors = await testTrafficDoors(plan, traffic, deps, {
    deploymentId: canary.document.deploymentId,
    log: deps.log,
  });
  const status: TestTrafficStatus = {
    header: testHeaderText(plan.header),
    inPlace: [],
    edited: [],
    absent: [],
    unreadable: [],
  };
  for (const door of doors) {
    let read: Awaited<ReturnType<typeof door.read>>;
    try {
      read = await door.read();
    } catch (error) {
      status.unreadable.push({ label: door.label, reason: messageOf(error) });
      continue;
    }
    if (!read) status.absent.push(door.label);
    else {
      const differences = differencesOf(read.view, door.expected);
      if (differences.length === 0) status.inPlace.push(door.label);
      else status.edited.push({ label: door.label, differences });
    }
  }
  return status;
}

function editedText(status: TestTrafficStatus): string[] {
  return status.edited.map(
    (edited) => `${edited.label} edited outside this deployment (${edited.differences.join('; ')})`,
  );
}

function unreadableText(status: TestTrafficStatus): string[] {
  return status.unreadable.map((unread) => `${unread.label} could not be read (${unread.reason})`);
}

function runningTestTrafficLine(status: TestTrafficStatus): string {
  const parts = [
    ...(status.inPlace.length > 0
      ? [`requests with ${status.header} reach the canary only, through ${status.inPlace.join(', ')}`]
      : []),
    ...editedText(status),
    ...unreadableText(status),
    ...status.absent.map((label) => `${label} not in place`),
  ];
  return `test traffic: ${parts.join('; ')}`;
}

/** After the end, only what is left matters: a test route or rule still there (a kept edit), or unread. */
function leftTestTrafficLines(status: TestTrafficStatus): string[] {
  const left = [...status.inPlace.map((label) => `${label} still in place`), ...editedText(status)];
  const unread = unreadableText(status);
  const lines = [
    ...(left.length > 0
      ? [
          `test traffic left: ${left.join('; ')}: remove it by hand, then run mode: rollback to scale the canary down`,
        ]
      : []),
    ...(unread.length > 0 ? [`test traffic: ${unread.join('; ')}`] : []),
  ];
  return lines;
}
