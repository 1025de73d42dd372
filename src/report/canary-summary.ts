import { chartMarkdown, chartSeries } from './canary-chart.js';
import { durationText } from './duration.js';
import { describeEntry, formatPct, type TimelineEntry } from './timeline.js';

export { consoleUrlOf } from './console-url.js';

/**
 * Bytes of timeline lines in the summary. GitHub refuses a step summary over 1 MiB; this leaves room for
 * the rest of the summary (a long error cause, the deploy table) in every case.
 */
export const timelineBudgetBytes = 512 * 1024;

export interface CanaryReport {
  route: string;
  executionArn: string;
  consoleUrl: string;
  entries: TimelineEntry[];
}

interface StepRow {
  step: number;
  weight: number;
  started: Date;
  checks: number;
  maxCanaryErrorPct?: number;
  maxStableErrorPct?: number;
  verdicts: Map<string, number>;
}

/** The rows of the steps table: one per shift, with the checks made at that weight. */
export function stepRows(entries: readonly TimelineEntry[]): StepRow[] {
  const rows: StepRow[] = [];
  for (const entry of entries) {
    if (entry.kind === 'shift') {
      rows.push({
        step: entry.step,
        weight: entry.weight,
        started: entry.at,
        checks: 0,
        verdicts: new Map(),
      });
    }
    const row = rows.at(-1);
    if (entry.kind === 'check' && row) {
      row.checks += 1;
      row.verdicts.set(entry.check.verdict, (row.verdicts.get(entry.check.verdict) ?? 0) + 1);
      row.maxCanaryErrorPct = max(row.maxCanaryErrorPct, entry.check.canaryErrorRatePct);
      row.maxStableErrorPct = max(row.maxStableErrorPct, entry.check.stableErrorRatePct);
    }
  }
  return rows;
}

export function outcomeOf(entries: readonly TimelineEntry[]): string {
  const end = entries.findLast((entry) => entry.kind === 'end');
  if (end?.kind !== 'end') return pausedAt(entries) ? 'paused' : 'running';
  if (end.status === 'SUCCEEDED')
    return entries.some((entry) => entry.kind === 'promoted') ? 'promoted' : 'succeeded';
  // A rollback that could not finish (a route still sends the canary traffic) is not called rolled back.
  if (end.error === 'RollbackIncomplete' || end.error === 'RollbackFailed') return 'rollback incomplete';
  return entries.some((entry) => entry.kind === 'rollback') ? 'rolled back' : end.status.toLowerCase();
}

/** The job summary of a canary: outcome, reason, steps table, charts of weight and 5xx rates, timeline, link. */
export function canarySummaryMarkdown(report: CanaryReport): string {
  const { entries } = report;
  const lines = [`## appmesh-canary: ${report.route} — ${outcomeOf(entries)}`, ''];
  const end = entries.findLast((entry) => entry.kind === 'end');
  if (end?.kind === 'end' && end.status !== 'SUCCEEDED') {
    lines.push(`**Reason:** ${[end.error, end.cause].filter(Boolean).join(': ')}`, '');
  }
  const paused = end ? undefined : pausedAt(entries);
  if (paused) {
    lines.push(
      `**Paused** at ${paused.weight}% since ${paused.since}: health is still checked every interval. Resume with \`mode: promote\` (CLI: \`appmesh-canary promote\`); at ${paused.deadline} the pause times out and the canary ${paused.onTimeout === 'continue' ? 'continues' : 'rolls back'}.`,
      '',
    );
  }
  const rows = stepRows(entries);
  // Rolled back before the first weighted step (a hook on test traffic): no step to show, and no empty table.
  if (rows.length === 0)
    lines.push(
      end ? 'No weighted step ran: the canary never had production traffic.' : 'No weighted step yet.',
    );
  else {
    lines.push(
      '| Step | Canary weight | Started | Checks | Canary 5xx (max) | Stable 5xx (max) | Verdicts |',
    );
    lines.push('|---|---|---|---|---|---|---|');
  }
  for (const row of rows) {
    const verdicts = [...row.verdicts].map(([verdict, count]) => `${count}× ${verdict}`).join(', ') || '—';
    lines.push(
      `| ${row.step} | ${row.weight}% | ${row.started.toISOString()} | ${row.checks} | ${pct(row.maxCanaryErrorPct)} | ${pct(row.maxStableErrorPct)} | ${verdicts} |`,
    );
  }
  lines.push(...hookTableLines(entries));
  const series = chartSeries(entries);
  if (series) lines.push('', ...chartMarkdown(series));
  lines.push('', '<details><summary>Timeline</summary>', '');
  lines.push(...timelineLines(entries, report.consoleUrl));
  lines.push('', '</details>', '', `Execution: [${report.executionArn}](${report.consoleUrl})`, '');
  return lines.join('\n');
}

/** The hooks table: one row per finished hook run (stage, target, duration, verdict, reason); none without hooks. */
export function hookTableLines(entries: readonly TimelineEntry[]): string[] {
  const runs = entries.flatMap((entry) =>
    entry.kind === 'hook' && entry.run.verdict !== 'IN_PROGRESS' ? [entry.run] : [],
  );
  if (runs.length === 0) return [];
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
  return [
    '',
    '| Hook | Target | Duration | Verdict | Reason |',
    '|---|---|---|---|---|',
    ...runs.map(
      (run) =>
        `| ${run.stage}${run.step ? ` (step ${run.step})` : ''} | ${cell(run.target)} | ${durationText(run.durationSeconds * 1000)} | ${run.verdict} | ${cell(run.reason)} |`,
    ),
  ];
}

/**
 * One line per entry; when they would pass the budget, the first and the last ones, with the number left out
 * in between (the execution history has them all).
 */
export function timelineLines(entries: readonly TimelineEntry[], consoleUrl: string): string[] {
  const all = entries.map((entry) => `- ${entry.at.toISOString()} ${describeEntry(entry)}`);
  const bytes = (line: string) => Buffer.byteLength(line) + 1;
  if (all.reduce((sum, line) => sum + bytes(line), 0) <= timelineBudgetBytes) return all;
  const head: string[] = [];
  const tail: string[] = [];
  let used = 0;
  for (let first = 0, last = all.length - 1; first <= last; ) {
    const fromHead = head.length <= tail.length;
    const line = all[fromHead ? first : last]!;
    if (used + bytes(line) > timelineBudgetBytes) break;
    used += bytes(line);
    if (fromHead) head.push(all[first++]!);
    else tail.unshift(all[last--]!);
  }
  const omitted = all.length - head.length - tail.length;
  return [...head, `- … ${omitted} more entries: see [the execution history](${consoleUrl})`, ...tail];
}

/** The pause in force: the last one, not resumed since. */
export function pausedAt(
  entries: readonly TimelineEntry[],
): Extract<TimelineEntry, { kind: 'paused' }> | undefined {
  const last = entries.findLast(
    (entry) => entry.kind === 'paused' || entry.kind === 'resumed' || entry.kind === 'end',
  );
  return last?.kind === 'paused' ? last : undefined;
}

function pct(value: number | undefined): string {
  return value === undefined ? '—' : formatPct(value);
}

function max(current: number | undefined, value: number | undefined): number | undefined {
  if (value === undefined) return current;
  return current === undefined ? value : Math.max(current, value);
}

/** A canary that ended otherwise than SUCCEEDED fails the job, saying how and why. */
export function canaryFailureOf(entries: readonly TimelineEntry[]): string | undefined {
  const end = entries.findLast((entry) => entry.kind === 'end');
  if (end?.kind !== 'end' || end.status === 'SUCCEEDED') return undefined;
  return `canary ${outcomeOf(entries)} (${end.status}): ${[end.error, end.cause].filter(Boolean).join(': ')}`;
}
