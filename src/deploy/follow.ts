import type { Executions } from '../orchestrator/sfn.js';
import { pause } from '../pace.js';
import { pausedAt } from '../report/canary-summary.js';
import type { Log } from '../report/log.js';
import { describeEntry, type TimelineEntry, timelineOf } from '../report/timeline.js';

export interface FollowOptions {
  log: Log;
  pollSeconds: number;
  /** Stop following (the execution goes on) after this many seconds. */
  maxSeconds: number;
  sleep?: (seconds: number) => Promise<void>;
  now?: () => number;
  /** Stop at a pause (status PAUSED): a later job resumes it with mode: promote. */
  stopAtPause?: boolean;
  /** The pause that began at this time (its `since`) was resumed: following goes on past it. */
  resumedPauseSince?: string;
}

export interface FollowResult {
  /** SUCCEEDED, FAILED, ABORTED, TIMED_OUT; PAUSED when it stopped at a pause; RUNNING when following stopped first. */
  status: string;
  entries: TimelineEntry[];
}

/**
 * Follows an execution through its history, logging each event once and in order as it happens, until it
 * ends or `maxSeconds` pass. The whole history is re-read each poll (one call per 1,000 events), skipping
 * the events already seen: history event ids ascend.
 */
export async function followExecution(
  executions: Executions,
  executionArn: string,
  options: FollowOptions,
): Promise<FollowResult> {
  const sleep = options.sleep ?? pause;
  const now = options.now ?? Date.now;
  const deadline = now() + options.maxSeconds * 1000;
  const entries: TimelineEntry[] = [];
  let lastSeenId = 0;
  let checks = 0;
  for (;;) {
    const fresh = [];
    let token: string | undefined;
    do {
      const page = await executions.historyPage(executionArn, token);
      fresh.push(...page.events.filter((event) => (event.id ?? 0) > lastSeenId));
      token = page.nextToken;
    } while (token);
    lastSeenId = Math.max(lastSeenId, ...fresh.map((event) => event.id ?? 0));
    const page = timelineOf(fresh, checks);
    checks = page.checks;
    for (const entry of page.entries) {
      entries.push(entry);
      options.log.info(describeEntry(entry));
    }
    const end = entries.find((entry) => entry.kind === 'end');
    if (end?.kind === 'end') return { status: end.status, entries };
    const paused = options.stopAtPause ? pausedAt(entries) : undefined;
    if (paused && paused.since !== options.resumedPauseSince) return { status: 'PAUSED', entries };
    if (now() >= deadline) return { status: 'RUNNING', entries };
    await sleep(options.pollSeconds);
  }
}
