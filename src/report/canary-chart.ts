import type { TimelineEntry } from './timeline.js';

/** Charts stay readable, and the summary small, for canaries of any length. */
export const maxChartPoints = 120;

/**
 * Grid steps in seconds, each 15 s × 2^k or a multiple of 15 s: a whole number of 1/32 minutes, exact in binary
 * floating point, so Mermaid's numeric x-axis (which steps from min to max by (max - min) / (points - 1)) puts
 * every point exactly on its time and drops none.
 */
const gridSteps = [
  1.875, 3.75, 7.5, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400,
];

/** Colours readable on GitHub's light and dark themes (contrast ≥ 3:1 on white and on #333 and #0d1117). */
export const chartColours = {
  weight: '#2f81f7',
  fail: '#e5534b',
  stable: '#2da44e',
  canary: '#a371f7',
} as const;

/** The canary sampled on a regular time grid: point i is at `i × stepSeconds` from the first entry. */
export interface ChartSeries {
  stepSeconds: number;
  /** Canary weight (%) in force at each point; a weight held only between two points shows at the later one. */
  weight: number[];
  /** Canary and stable 5xx rate (%) of the last check (the highest, when there were several since the point before). */
  canaryErrorPct: number[];
  stableErrorPct: number[];
  /** A check since the previous point said FAIL. */
  failed: boolean[];
  /** When checks judged latency: the percentile, and canary and stable at it (ms) of the last check, as above. */
  latency?: { percentile: string; canaryMs: number[]; stableMs: number[] };
}

type Check = Extract<TimelineEntry, { kind: 'check' }>;

/** The series of the charts, or undefined when the canary never shifted. */
export function chartSeries(
  entries: readonly TimelineEntry[],
  maxPoints = maxChartPoints,
): ChartSeries | undefined {
  if (!entries.some((entry) => entry.kind === 'shift')) return undefined;
  const sorted = [...entries].sort((a, b) => a.at.getTime() - b.at.getTime());
  const start = sorted[0]!.at.getTime();
  const durationSeconds = (sorted.at(-1)!.at.getTime() - start) / 1000;
  // The finest grid within the bound, so that a step change is nearly vertical; room for one point more than
  // the duration needs (see the end of the loop).
  const wanted = durationSeconds / (maxPoints - 2);
  const stepSeconds = gridSteps.find((step) => step >= wanted) ?? Math.ceil(wanted / 86400) * 86400;
  const points = Math.max(2, Math.ceil(durationSeconds / stepSeconds) + 1);

  const series: ChartSeries = { stepSeconds, weight: [], canaryErrorPct: [], stableErrorPct: [], failed: [] };
  let next = 0;
  let weight = 0;
  let canary = 0;
  let stable = 0;
  const checks = sorted.filter((entry): entry is Check => entry.kind === 'check');
  const percentile = checks.find((entry) => entry.check.latency)?.check.latency?.percentile;
  const latency = percentile ? { percentile, canaryMs: [] as number[], stableMs: [] as number[] } : undefined;
  let canaryMs = 0;
  let stableMs = 0;
  for (let point = 0; point < points || series.weight.at(-1) !== weight; point++) {
    const time = start + point * stepSeconds * 1000;
    const weightBefore = weight;
    let peak = weight;
    const cell: Check[] = [];
    for (; next < sorted.length && sorted[next]!.at.getTime() <= time; next++) {
      const entry = sorted[next]!;
      weight = weightAfter(entry, weight);
      peak = Math.max(peak, weight);
      if (entry.kind === 'check') cell.push(entry);
    }
    // A step that started and ended between two points (a fast rollback) still shows; when that is the last
    // point, one more shows the weight at the end.
    series.weight.push(peak > weightBefore && peak > weight ? peak : weight);
    canary = worst(cell.map((entry) => entry.check.canaryErrorRatePct)) ?? canary;
    stable = worst(cell.map((entry) => entry.check.stableErrorRatePct)) ?? stable;
    series.canaryErrorPct.push(canary);
    series.stableErrorPct.push(stable);
    series.failed.push(cell.some((entry) => entry.check.verdict === 'FAIL'));
    if (latency) {
      canaryMs = worst(cell.map((entry) => entry.check.latency?.canaryMs)) ?? canaryMs;
      stableMs = worst(cell.map((entry) => entry.check.latency?.stableMs)) ?? stableMs;
      latency.canaryMs.push(canaryMs);
      latency.stableMs.push(stableMs);
    }
  }
  return latency ? { ...series, latency } : series;
}

function weightAfter(entry: TimelineEntry, weight: number): number {
  if (entry.kind === 'shift' || entry.kind === 'check') return entry.weight;
  if (entry.kind === 'rollback' || entry.kind === 'promoted') return 0;
  return weight;
}

function worst(values: (number | undefined)[]): number | undefined {
  const known = values.filter((value): value is number => value !== undefined);
  return known.length > 0 ? Math.max(...known) : undefined;
}

/**
 * Two Mermaid xychart blocks on one time axis (minutes since the first entry): the canary weight, then the
 * canary and stable 5xx rates, with a red spike from the stable line to the canary's rate at each FAIL.
 * Needs Mermaid ≥ 11.0.0 (docs/job-summary.md).
 */
export function chartMarkdown(series: ChartSeries): string[] {
  const last = series.weight.length - 1;
  const xAxis = `  x-axis "minutes since start" 0 --> ${(last * series.stepSeconds) / 60}`;
  const canary = series.canaryErrorPct.map(rounded);
  const stable = series.stableErrorPct.map(rounded);
  // Room above the highest line, so that it stays clear of the top of the chart.
  const errorTop = niceCeiling(Math.max(1, ...canary, ...stable) * 1.5);
  return [
    '```mermaid',
    init([chartColours.weight]),
    'xychart-beta',
    '  title "Canary weight (%)"',
    xAxis,
    '  y-axis "canary %" 0 --> 100',
    `  line [${series.weight.join(', ')}]`,
    '```',
    '',
    '```mermaid',
    init([chartColours.canary, chartColours.fail, chartColours.stable]),
    'xychart-beta',
    '  title "5xx error rate (%) of the checks"',
    xAxis,
    `  y-axis "5xx %" 0 --> ${errorTop}`,
    `  line [${canary.join(', ')}]`,
    // Drawn over the canary line and under the stable one, which hides it except at a FAIL: there it goes to
    // the canary's own point, never above, so the spike shows the rate that failed.
    `  line [${failMarks(series.failed, canary, stable).join(', ')}]`,
    `  line [${stable.join(', ')}]`,
    '```',
    '',
    ...latencyChart(series, xAxis),
    series.latency
      ? `Blue: canary weight. Purple: canary 5xx and ${series.latency.percentile}. Green: stable's (over the purple where they meet). Red spike: a check that failed, its tip at the canary's value of that check. One point every ${duration(series.stepSeconds)}: the weight at that time and the last check before it (the worst, when there were several).`
      : `Blue: canary weight. Purple: canary 5xx. Green: stable 5xx (over the purple where they meet). Red spike: a check that failed, its tip at the canary's 5xx of that check. One point every ${duration(series.stepSeconds)}: the weight at that time and the last check before it (the worst, when there were several).`,
  ];
}

/** The latency percentile of canary and stable, on the same time axis, FAILs marked as on the 5xx chart. */
function latencyChart(series: ChartSeries, xAxis: string): string[] {
  if (!series.latency) return [];
  const { percentile } = series.latency;
  const canary = series.latency.canaryMs.map(Math.round);
  const stable = series.latency.stableMs.map(Math.round);
  const top = niceCeiling(Math.max(1, ...canary, ...stable) * 1.5);
  return [
    '```mermaid',
    init([chartColours.canary, chartColours.fail, chartColours.stable]),
    'xychart-beta',
    `  title "${percentile} latency (ms) of the checks"`,
    xAxis,
    `  y-axis "${percentile} ms" 0 --> ${top}`,
    `  line [${canary.join(', ')}]`,
    `  line [${failMarks(series.failed, canary, stable).join(', ')}]`,
    `  line [${stable.join(', ')}]`,
    '```',
    '',
  ];
}

/** The canary's rate at each point whose checks said FAIL; elsewhere the stable's, hidden under its line. */
function failMarks(
  failed: readonly boolean[],
  canary: readonly number[],
  stable: readonly number[],
): number[] {
  return failed.map((fail, index) => (fail ? canary[index]! : stable[index]!));
}

/** Theme variables in an init directive: they apply on top of the theme GitHub picks (light or dark). */
function init(palette: string[]): string {
  const config = {
    themeVariables: { xyChart: { plotColorPalette: palette.join(', ') } },
    xyChart: { height: 320 },
  };
  return `%%{init: ${JSON.stringify(config)}}%%`;
}

function rounded(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The smallest of 1, 1.5, 2, 3, 4, 5, 6, 8 × 10^k at or above `value`. */
function niceCeiling(value: number): number {
  const scale = 10 ** Math.floor(Math.log10(value));
  const mantissa = [1, 1.5, 2, 3, 4, 5, 6, 8, 10].find((candidate) => candidate * scale >= value) ?? 10;
  return rounded(mantissa * scale);
}

function duration(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}
