import { describe, expect, it } from '@jest/globals';
import { chartColours, chartMarkdown, chartSeries, maxChartPoints } from '../../src/report/canary-chart.js';
import { type TimelineEntry, timelineOf } from '../../src/report/timeline.js';
import { seedDocument } from './fixtures.js';
import { HistoryBuilder } from './history.js';

const document = seedDocument();
const start = Date.parse('2026-11-22T05:00:00Z');

/** A timeline made directly: `at` in seconds from the start. */
function shift(seconds: number, step: number, weight: number): TimelineEntry {
  return { kind: 'shift', at: new Date(start + seconds * 1000), step, weight };
}
function check(
  seconds: number,
  weight: number,
  verdict: 'PASS' | 'FAIL' | 'INCONCLUSIVE',
  canary?: number,
  stable?: number,
  number = 0,
): TimelineEntry {
  const at = new Date(start + seconds * 1000);
  return {
    kind: 'check',
    at,
    step: 1,
    weight,
    number,
    check: {
      at: at.toISOString(),
      weight,
      verdict,
      reason: verdict,
      canaryErrorRatePct: canary,
      stableErrorRatePct: stable,
      canaryRequests: 1000,
    },
  };
}
function ended(seconds: number, kind: 'rollback' | 'promoted'): TimelineEntry[] {
  const at = new Date(start + seconds * 1000);
  const end: TimelineEntry = { kind: 'end', at, status: kind === 'promoted' ? 'SUCCEEDED' : 'FAILED' };
  return kind === 'promoted'
    ? [{ kind: 'promoted', at }, end]
    : [
        {
          kind: 'rollback',
          at,
          restoredRoutes: ['serviceB'],
          restoredKeepingEdits: [],
          keptEditedRoutes: [],
          services: [],
        },
        end,
      ];
}

function times<T>(count: number, value: T): T[] {
  return Array.from({ length: count }, () => value);
}

/** A canary of `steps` steps of `bakeSeconds`, a PASS check every `intervalSeconds`, promoted at the end. */
function longCanary(steps: number[], bakeSeconds: number, intervalSeconds: number): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  let seconds = 0;
  let number = 0;
  for (const [index, weight] of steps.entries()) {
    entries.push(shift(seconds, index + 1, weight));
    for (let elapsed = intervalSeconds; elapsed <= bakeSeconds; elapsed += intervalSeconds)
      entries.push(check(seconds + elapsed, weight, 'PASS', 0.2, 0.1, ++number));
    seconds += bakeSeconds;
  }
  return [...entries, ...ended(seconds + 30, 'promoted')];
}

describe('the chart series, on a regular time grid', () => {
  it('samples a promoted canary on the finest grid within the bound: weight steps, error rates, no FAIL', () => {
    const history = new HistoryBuilder(document)
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
    const series = chartSeries(timelineOf(history.events).entries);
    // Shifts at 0, 2 and 3 min, checks every minute, promoted at 5 min: 81 points, every 3.75 s (16 a minute).
    expect(series).toEqual({
      stepSeconds: 3.75,
      weight: [...times(32, 25), ...times(16, 50), ...times(32, 100), 0],
      canaryErrorPct: [
        ...times(16, 0),
        ...times(16, 0.3),
        ...times(16, 0),
        ...times(16, 0.5),
        ...times(17, 0.4),
      ],
      stableErrorPct: [...times(16, 0), ...times(48, 0.2), ...times(17, 0.3)],
      failed: times(81, false),
    });
  });

  it('puts each point at i × step from the start, so a shift shows at the first point after it', () => {
    const entries = [
      shift(0, 1, 25),
      ...[10, 20, 30, 40, 50, 60, 70, 80, 90].map((at) => check(at, 25, 'PASS', 0.1, 0.1)),
      shift(95, 2, 50),
      check(105, 50, 'PASS', 0.2, 0.1),
      check(115, 50, 'FAIL', 3, 0.1),
      ...ended(116, 'rollback'),
    ];
    const series = chartSeries(entries)!;
    expect(series.stepSeconds).toBe(1.875);
    // Points at 0, 1.875, ..., 116.25 s: 50% from 95 s (point 51 at 95.625 s), FAIL and 0 at 116.25 s.
    expect(series.weight).toEqual([...times(51, 25), ...times(11, 50), 0]);
    expect(series.failed).toEqual([...times(62, false), true]);
    expect(series.canaryErrorPct.slice(-3)).toEqual([0.2, 0.2, 3]);
    expect(chartMarkdown(series)).toContain('  x-axis "minutes since start" 0 --> 1.9375');
  });

  it('keeps a step that began and ended between two points (a rollback soon after a shift)', () => {
    const entries = [
      ...longCanary([25, 50], 3600, 60).filter((entry) => entry.kind === 'shift' || entry.kind === 'check'),
      shift(7230, 3, 100),
      check(7260, 100, 'FAIL', 4, 0.1),
      ...ended(7270, 'rollback'),
    ];
    const series = chartSeries(entries)!;
    expect(series.stepSeconds).toBe(120);
    // Points at 7200 s (50%) and 7320 s: 100% held from 7230 s to 7270 s shows there, 0 one point later.
    expect(series.weight.slice(-3)).toEqual([50, 100, 0]);
    expect(series.failed.slice(-3)).toEqual([false, true, false]);
  });

  it('stays within the point bound for a canary of hours, and every series has one value per point', () => {
    const entries = longCanary([5, 10, 25, 50, 100], 3 * 3600, 10); // 15 hours, 5,400 checks
    const series = chartSeries(entries)!;
    const points = series.weight.length;
    expect(points).toBeLessThanOrEqual(maxChartPoints);
    expect(points).toBeGreaterThan(maxChartPoints / 2);
    expect(series.stepSeconds % 15).toBe(0);
    expect((points - 1) * series.stepSeconds).toBeGreaterThanOrEqual(15 * 3600 + 30);
    for (const values of [series.canaryErrorPct, series.stableErrorPct, series.failed])
      expect(values).toHaveLength(points);
    expect(new Set(series.weight)).toEqual(new Set([5, 10, 25, 50, 100, 0]));
  });

  it('ignores entries of kinds it does not chart', () => {
    const entries = [
      shift(0, 1, 25),
      { kind: 'pause', at: new Date(start + 30_000) } as unknown as TimelineEntry,
      check(60, 25, 'PASS', 0.1, 0.1),
      ...ended(70, 'promoted'),
    ];
    expect(chartSeries(entries)?.weight).toEqual([...times(38, 25), 0]);
  });

  it('draws no chart before the first shift', () => {
    expect(chartSeries([])).toBeUndefined();
    expect(chartSeries([{ kind: 'end', at: new Date(start), status: 'ABORTED' }])).toBeUndefined();
  });
});

/** The series of a chart block by colour (its init directive's palette), in the order they are drawn. */
function seriesByColour(block: string): Map<string, { drawn: number; values: number[] }> {
  const palette = /"plotColorPalette":"([^"]*)"/.exec(block)![1]!.split(', ');
  const lines = [...block.matchAll(/^ {2}line \[(.*)\]$/gm)].map((line) => line[1]!.split(', ').map(Number));
  return new Map(lines.map((values, drawn) => [palette[drawn]!, { drawn, values }]));
}

describe('the chart markdown', () => {
  it('colours every line explicitly: weight, then canary, FAIL marks and stable 5xx', () => {
    const entries = [
      shift(0, 1, 25),
      check(60, 25, 'PASS', 0.5, 0.2),
      check(120, 25, 'FAIL', 4.8, 0.2),
      ...ended(125, 'rollback'),
    ];
    const markdown = chartMarkdown(chartSeries(entries)!).join('\n');
    const blocks = markdown.split('```mermaid').slice(1);
    expect(blocks).toHaveLength(2);
    for (const block of blocks)
      expect(block).toMatch(/^\n%%\{init: \{"themeVariables":\{"xyChart":\{"plotColorPalette":"#[0-9a-f]{6}/);
    const [weight, errors] = blocks.map(seriesByColour);
    // 68 points every 1.875 s: checks at points 32 and 64, the rollback at point 67.
    expect([...weight!]).toEqual([[chartColours.weight, { drawn: 0, values: [...times(67, 25), 0] }]]);
    expect(blocks[1]).toContain('  y-axis "5xx %" 0 --> 8');
    expect([...errors!.keys()]).toEqual([chartColours.canary, chartColours.fail, chartColours.stable]);
    expect(errors!.get(chartColours.canary)!.values).toEqual([
      ...times(32, 0),
      ...times(32, 0.5),
      ...times(4, 4.8),
    ]);
    expect(errors!.get(chartColours.stable)!.values).toEqual([...times(32, 0), ...times(36, 0.2)]);
  });

  it("puts each FAIL mark at the canary's rate of that check, never above it, and hides it elsewhere", () => {
    const entries = [
      shift(0, 1, 25),
      check(30, 25, 'PASS', 0.8, 1.2),
      check(60, 25, 'FAIL', 5, 0.1),
      check(90, 25, 'PASS', 0.4, 0.1),
      check(120, 25, 'FAIL', 2.5, 0.3),
      check(150, 25, 'FAIL', 3, 0.3),
      ...ended(150, 'rollback'),
    ];
    const series = chartSeries(entries)!;
    const block = chartMarkdown(series).join('\n').split('```mermaid')[2]!;
    const errors = seriesByColour(block);
    const canary = errors.get(chartColours.canary)!;
    const marks = errors.get(chartColours.fail)!;
    const stable = errors.get(chartColours.stable)!;
    const failedAt = series.failed.flatMap((failed, index) => (failed ? [index] : []));
    // Points every 1.875 s: the checks at 60, 120 and 150 s fall at points 32, 64 and 80 (the last one).
    expect(failedAt).toEqual([32, 64, 80]);
    expect(canary.values.length).toBe(81);
    for (const index of failedAt) expect(marks.values[index]).toBe(canary.values[index]);
    // The axis leaves room above 5%; the mark of the 5% FAIL stays at 5, not at the top of the axis.
    expect(block).toContain('  y-axis "5xx %" 0 --> 8');
    expect(failedAt.map((index) => marks.values[index])).toEqual([5, 2.5, 3]);
    // Elsewhere the marks run under the stable line, drawn after them, and over the canary line.
    expect(marks.values.filter((_, index) => !failedAt.includes(index))).toEqual(
      stable.values.filter((_, index) => !failedAt.includes(index)),
    );
    expect([canary.drawn, marks.drawn, stable.drawn]).toEqual([0, 1, 2]);
  });
});

describe('the latency chart', () => {
  /** A check that judged latency: canary and stable p99 in ms. */
  function timed(
    seconds: number,
    verdict: 'PASS' | 'FAIL',
    canaryMs: number,
    stableMs: number,
  ): TimelineEntry {
    const entry = check(seconds, 25, verdict, 0, 0.1) as Extract<TimelineEntry, { kind: 'check' }>;
    return { ...entry, check: { ...entry.check, latency: { percentile: 'p99', canaryMs, stableMs } } };
  }

  it('draws canary and stable at the percentile on the same time axis as the 5xx, its FAILs at the canary', () => {
    const entries = [
      shift(0, 1, 25),
      timed(60, 'PASS', 120, 113),
      timed(120, 'FAIL', 355, 113),
      ...ended(125, 'rollback'),
    ];
    const series = chartSeries(entries)!;
    const blocks = chartMarkdown(series).join('\n').split('```mermaid').slice(1);
    expect(blocks).toHaveLength(3);
    const axis = (block: string) => /x-axis .*$/m.exec(block)![0];
    expect(axis(blocks[2]!)).toBe(axis(blocks[1]!));
    expect(blocks[2]).toContain('  title "p99 latency (ms) of the checks"');
    // Room above the highest line: 355 × 1.5 rounds up to 600.
    expect(blocks[2]).toContain('  y-axis "p99 ms" 0 --> 600');
    const lines = seriesByColour(blocks[2]!);
    expect([...lines.keys()]).toEqual([chartColours.canary, chartColours.fail, chartColours.stable]);
    const failedAt = series.failed.flatMap((failed, index) => (failed ? [index] : []));
    expect(failedAt).toEqual([64]);
    expect(lines.get(chartColours.canary)!.values).toEqual([
      ...times(32, 0),
      ...times(32, 120),
      ...times(4, 355),
    ]);
    expect(lines.get(chartColours.fail)!.values[64]).toBe(355);
    expect(lines.get(chartColours.stable)!.values).toEqual([...times(32, 0), ...times(36, 113)]);
  });

  it('is left out when no check judged latency', () => {
    const entries = [shift(0, 1, 25), check(60, 25, 'PASS', 0.5, 0.2), ...ended(65, 'promoted')];
    expect(chartSeries(entries)!.latency).toBeUndefined();
    expect(chartMarkdown(chartSeries(entries)!).join('\n').split('```mermaid')).toHaveLength(3);
  });
});
