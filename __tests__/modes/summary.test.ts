import { describe, expect, it } from '@jest/globals';
import { maxChartPoints } from '../../src/report/canary-chart.js';
import { canarySummaryMarkdown, stepRows, timelineBudgetBytes } from '../../src/report/canary-summary.js';
import { describeEntry, type TimelineEntry, timelineOf } from '../../src/report/timeline.js';
import { seedDocument } from './fixtures.js';
import { HistoryBuilder } from './history.js';

const document = seedDocument();

function promotedHistory() {
  return new HistoryBuilder(document)
    .shift(0)
    .check(0, 'PASS', { pct: 0.3, requests: 1204 }, 0.2)
    .check(0, 'INCONCLUSIVE', { pct: 0, requests: 20 }, 0.2)
    .shift(1)
    .check(1, 'PASS', { pct: 0.5, requests: 2400 }, 0.2)
    .shift(2)
    .check(2, 'PASS', { pct: 0.4, requests: 4800 }, 0.3)
    .promote('arn:aws:ecs:us-west-2:123456789012:task-definition/taskB:8')
    .finish()
    .succeeded();
}

describe('the job summary, read from the execution history', () => {
  it('has one table row per step with the checks made at its weight', () => {
    const history = promotedHistory();
    const { entries } = timelineOf(history.events);
    const rows = stepRows(entries).map((row) => ({
      step: row.step,
      weight: row.weight,
      checks: row.checks,
      maxCanary: row.maxCanaryErrorPct,
      verdicts: Object.fromEntries(row.verdicts),
    }));
    expect(rows).toEqual([
      { step: 1, weight: 25, checks: 2, maxCanary: 0.3, verdicts: { PASS: 1, INCONCLUSIVE: 1 } },
      { step: 2, weight: 50, checks: 1, maxCanary: 0.5, verdicts: { PASS: 1 } },
      { step: 3, weight: 100, checks: 1, maxCanary: 0.4, verdicts: { PASS: 1 } },
    ]);
    const started = history.events.filter((event) => event.stateExitedEventDetails?.name === 'Shift');
    expect(stepRows(entries).map((row) => row.started)).toEqual(started.map((event) => event.timestamp));
  });

  it('says no weighted step ran, rather than an empty table, when the canary rolled back before the first one', () => {
    const { entries } = timelineOf(
      new HistoryBuilder(document)
        .rollback(0, [])
        .failed('HookFailed', 'hook test-traffic arn:aws:lambda:us-west-2:123456789012:function:smoke FAILED')
        .events,
    );
    const markdown = canarySummaryMarkdown({
      route: 'serviceB',
      executionArn: 'arn:aws:states:us-west-2:123456789012:execution:appmesh-canary:x',
      consoleUrl: 'https://console.example/x',
      entries,
    });
    expect(markdown).toContain('No weighted step ran: the canary never had production traffic.');
    expect(markdown).not.toContain('| Step | Canary weight');
    expect(markdown).toContain('**Reason:** HookFailed: hook test-traffic');
  });

  it('charts the canary weight on a regular grid, down to 0 when promoted', () => {
    const { entries } = timelineOf(promotedHistory().events);
    const markdown = canarySummaryMarkdown({
      route: 'serviceB',
      executionArn: 'arn:aws:states:us-west-2:123456789012:execution:appmesh-canary:x',
      consoleUrl: 'https://console.example/x',
      entries,
    });
    expect(markdown).toContain('## appmesh-canary: serviceB — promoted');
    expect(markdown).toContain(
      `  line [${[...Array(32).fill(25), ...Array(16).fill(50), ...Array(32).fill(100), 0].join(', ')}]`,
    );
    expect(markdown).toContain(
      '| 1 | 25% | 2026-11-22T05:00:00.000Z | 2 | 0.3% | 0.2% | 1× PASS, 1× INCONCLUSIVE |',
    );
    expect(markdown).not.toContain('**Reason:**');
  });

  it('gives the reason of a rollback', () => {
    const history = new HistoryBuilder(document)
      .shift(0)
      .check(0, 'FAIL', { pct: 4.8, requests: 2013 }, 0.2)
      .rollback()
      .failed('HealthCheckFailed', 'canary 4.8% 5xx (2,013 req) vs stable 0.2% (6,022 req), p<0.001 — FAIL');
    const markdown = canarySummaryMarkdown({
      route: 'serviceB',
      executionArn: 'arn',
      consoleUrl: 'url',
      entries: timelineOf(history.events).entries,
    });
    expect(markdown).toContain('## appmesh-canary: serviceB — rolled back');
    expect(markdown).toContain(
      '**Reason:** HealthCheckFailed: canary 4.8% 5xx (2,013 req) vs stable 0.2% (6,022 req), p<0.001 — FAIL',
    );
    expect(markdown).toContain(`  line [${[...Array(32).fill(25), 0].join(', ')}]`);
  });
});

describe('the summary of a long canary', () => {
  const start = Date.parse('2026-11-22T05:00:00Z');
  /** Hours of checks every 10 s, each with its error rates, then a rollback. */
  function hoursOfChecks(hours: number): TimelineEntry[] {
    const entries: TimelineEntry[] = [{ kind: 'shift', at: new Date(start), step: 1, weight: 25 }];
    const checks = (hours * 3600) / 10;
    for (let number = 1; number <= checks; number++) {
      const at = new Date(start + number * 10_000);
      const verdict = number === checks ? 'FAIL' : 'PASS';
      const check = {
        at: at.toISOString(),
        weight: 25,
        verdict,
        reason: `${verdict} at 25% (step 1 of 3): canary 0.4% 5xx (12,345 req) vs stable 0.3% (37,035 req)`,
        canaryErrorRatePct: number === checks ? 4.8 : 0.4,
        stableErrorRatePct: 0.3,
        canaryRequests: 12_345,
      } as const;
      entries.push({ kind: 'check', at, step: 1, weight: 25, number, check });
    }
    const end = new Date(start + checks * 10_000 + 1000);
    entries.push(
      {
        kind: 'rollback',
        at: end,
        restoredRoutes: ['serviceB'],
        restoredKeepingEdits: [],
        keptEditedRoutes: [],
        services: [],
      },
      { kind: 'end', at: end, status: 'FAILED', error: 'HealthCheckFailed', cause: 'x'.repeat(32_768) },
    );
    return entries;
  }
  const report = (entries: TimelineEntry[]) => ({
    route: 'serviceB',
    executionArn: 'arn:aws:states:us-west-2:123456789012:execution:appmesh-canary:x',
    consoleUrl: 'https://console.example/x',
    entries,
  });

  it("stays under GitHub's 1 MiB job summary limit with the first and last entries and the count left out", () => {
    const entries = hoursOfChecks(24); // 8,640 checks
    const markdown = canarySummaryMarkdown(report(entries));
    expect(Buffer.byteLength(markdown)).toBeLessThan(1024 * 1024 - 64 * 1024);
    const lines = markdown.split('\n');
    const listed = lines.filter((line) => /^- \d{4}-/.test(line));
    const omitted = lines.find((line) => line.startsWith('- … '));
    expect(omitted).toBe(
      `- … ${entries.length - listed.length} more entries: see [the execution history](https://console.example/x)`,
    );
    expect(listed[0]).toBe('- 2026-11-22T05:00:00.000Z step 1: 25% → canary');
    expect(listed.at(-1)).toMatch(/^- 2026-11-23T05:00:01\.000Z canary FAILED: HealthCheckFailed: x+$/);
    const timeline = listed.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
    expect(timeline).toBeLessThanOrEqual(timelineBudgetBytes);
    for (const line of lines.filter((text) => /^ {2}line \[/.test(text)))
      expect(line.split(',').length).toBeLessThanOrEqual(maxChartPoints);
  });

  it('lists every entry while they fit', () => {
    const entries = hoursOfChecks(1); // 360 checks
    const markdown = canarySummaryMarkdown(report(entries));
    expect(markdown).not.toContain('more entries');
    expect(markdown.split('\n').filter((line) => /^- \d{4}-/.test(line))).toHaveLength(entries.length);
  });
});

describe('timeline lines', () => {
  it('names what a target-group router restored and promoted, and keeps the App Mesh lines', () => {
    const rule = 'VPC Lattice rule all-paths of listener http-80';
    const lattice = {
      ...document,
      snapshot: { ...document.snapshot, router: 'vpc-lattice' },
    } as unknown as typeof document;
    const lines = (builder: HistoryBuilder) => timelineOf(builder.events).entries.map(describeEntry);
    expect(lines(new HistoryBuilder(lattice).rollback(0, [rule]).finish())).toEqual([
      `rolling back: restored ${rule}; canary service serviceBv2: scaled to 0`,
      'promoted: all traffic back on the stable target group, on the new version; canary scaled to 0',
    ]);
    expect(lines(new HistoryBuilder(document).rollback().finish())).toEqual([
      'rolling back: restored route serviceB; canary service serviceBv2: scaled to 0',
      'promoted: route 100% to the stable node on the new version, canary scaled to 0',
    ]);
  });

  it('says when a check saw no canary request rather than a 0% error rate', () => {
    const history = new HistoryBuilder(document)
      .shift(0)
      .check(0, 'INCONCLUSIVE', { pct: 0, requests: 0 }, 0.1);
    const { entries } = timelineOf(history.events);
    expect(entries.map(describeEntry)).toEqual([
      'step 1: 25% → canary',
      'check 1 at 25%: no canary requests vs stable 0.1% — INCONCLUSIVE',
    ]);
  });
});
