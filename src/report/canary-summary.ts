import { describeEntry, formatPct, type TimelineEntry } from './timeline.js';

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

/** Canary weight over time: one point per shift and per check, and the end (0 after a rollback or promotion). */
export function weightSeries(entries: readonly TimelineEntry[]): { at: Date; weight: number }[] {
  const points: { at: Date; weight: number }[] = [];
  let weight = 0;
  for (const entry of entries) {
    if (entry.kind === 'shift' || entry.kind === 'check') weight = entry.weight;
    if (entry.kind === 'rollback' || entry.kind === 'promoted') weight = 0;
    if (
      entry.kind === 'shift' ||
      entry.kind === 'check' ||
      entry.kind === 'rollback' ||
      entry.kind === 'promoted'
    ) {
      points.push({ at: entry.at, weight });
    }
  }
  return points;
}

export function outcomeOf(entries: readonly TimelineEntry[]): string {
  const end = entries.findLast((entry) => entry.kind === 'end');
  if (end?.kind !== 'end') return 'running';
  if (end.status === 'SUCCEEDED')
    return entries.some((entry) => entry.kind === 'promoted') ? 'promoted' : 'succeeded';
  // A rollback that could not finish (a route still sends the canary traffic) is not called rolled back.
  if (end.error === 'RollbackIncomplete' || end.error === 'RollbackFailed') return 'rollback incomplete';
  return entries.some((entry) => entry.kind === 'rollback') ? 'rolled back' : end.status.toLowerCase();
}

/** The job summary of a canary: outcome, reason, steps table, weight chart, links. */
export function canarySummaryMarkdown(report: CanaryReport): string {
  const { entries } = report;
  const start = entries[0]?.at;
  const minutes = (at: Date) => (start ? ((at.getTime() - start.getTime()) / 60000).toFixed(1) : '0');
  const lines = [`## appmesh-canary: ${report.route} — ${outcomeOf(entries)}`, ''];
  const end = entries.findLast((entry) => entry.kind === 'end');
  if (end?.kind === 'end' && end.status !== 'SUCCEEDED') {
    lines.push(`**Reason:** ${[end.error, end.cause].filter(Boolean).join(': ')}`, '');
  }
  lines.push('| Step | Canary weight | Started | Checks | Canary 5xx (max) | Stable 5xx (max) | Verdicts |');
  lines.push('|---|---|---|---|---|---|---|');
  for (const row of stepRows(entries)) {
    const verdicts = [...row.verdicts].map(([verdict, count]) => `${count}× ${verdict}`).join(', ') || '—';
    lines.push(
      `| ${row.step} | ${row.weight}% | ${row.started.toISOString()} | ${row.checks} | ${pct(row.maxCanaryErrorPct)} | ${pct(row.maxStableErrorPct)} | ${verdicts} |`,
    );
  }
  const series = weightSeries(entries);
  if (series.length > 0) {
    lines.push(
      '',
      '```mermaid',
      'xychart-beta',
      '  title "Canary weight (%)"',
      `  x-axis "minutes since start" [${series.map((point) => `"${minutes(point.at)}"`).join(', ')}]`,
      '  y-axis "canary %" 0 --> 100',
      `  line [${series.map((point) => point.weight).join(', ')}]`,
      '```',
    );
  }
  lines.push('', '<details><summary>Timeline</summary>', '');
  for (const entry of entries) lines.push(`- ${entry.at.toISOString()} ${describeEntry(entry)}`);
  lines.push('', '</details>', '', `Execution: [${report.executionArn}](${report.consoleUrl})`, '');
  return lines.join('\n');
}

function pct(value: number | undefined): string {
  return value === undefined ? '—' : formatPct(value);
}

function max(current: number | undefined, value: number | undefined): number | undefined {
  if (value === undefined) return current;
  return current === undefined ? value : Math.max(current, value);
}

export function consoleUrlOf(executionArn: string): string {
  const region = executionArn.split(':')[3] ?? 'us-east-1';
  const domain = region.startsWith('cn-') ? 'console.amazonaws.cn' : 'console.aws.amazon.com';
  return `https://${region}.${domain}/states/home?region=${region}#/v2/executions/details/${executionArn}`;
}
