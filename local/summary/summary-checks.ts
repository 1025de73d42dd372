/**
 * What a rendered job-summary chart must satisfy, read from the Mermaid source and from the SVG that Mermaid
 * drew: no error, every point of every series drawn, on a regular time grid, at its value, in a colour that
 * stands out from the chart's background, each FAIL mark on the canary's point; and every link readable.
 */

import { chartColours } from '../../src/report/canary-chart.js';

export type Rgb = [number, number, number];

/** One series as the Mermaid block states it. */
export interface SourcePlot {
  kind: 'line' | 'bar';
  values: number[];
}

export interface SourceChart {
  xRange?: [number, number];
  /** A categorical x-axis: its labels. */
  xCategories?: string[];
  yRange?: [number, number];
  plots: SourcePlot[];
}

/** One series as drawn: the points (line vertices, or bar top centres) and the colour. */
export interface DrawnPlot {
  kind: 'line' | 'bar';
  colour: string;
  points: [number, number][];
}

/** What the browser saw for one chart under one theme. */
export interface DrawnChart {
  theme: string;
  source: string;
  error?: string;
  svg: boolean;
  errorElements: number;
  background: string;
  /** The x-axis tick labels as drawn: text and horizontal position. */
  xTicks: { text: string; x: number }[];
  plots: DrawnPlot[];
}

/** Lowest contrast (WCAG) of a series against the chart background: the level of large text and graphics. */
export const minContrast = 3;

/** Lowest contrast (WCAG AA) of a link's text against what is behind it: the level of body text. */
export const minTextContrast = 4.5;

/** A link as drawn under one theme: for each element that holds some of its text, its colour and background. */
export interface DrawnLink {
  theme: string;
  href: string;
  text: string;
  texts: { colour: string; background: string }[];
}

/** The series and axes of an xychart block (the subset of the syntax the summaries use). */
export function parseXyChart(source: string): SourceChart {
  const chart: SourceChart = { plots: [] };
  for (const line of source.split('\n').map((text) => text.trim())) {
    const plot = /^(line|bar)\s*\[(.*)\]$/.exec(line);
    if (plot) {
      const values = plot[2]!.trim() === '' ? [] : plot[2]!.split(',').map((value) => Number(value.trim()));
      chart.plots.push({ kind: plot[1] as 'line' | 'bar', values });
    }
    const categories = /^x-axis\b[^[]*\[(.*)\]$/.exec(line);
    if (categories)
      chart.xCategories = categories[1]!.split(',').map((label) => label.trim().replace(/^"(.*)"$/, '$1'));
    const range = /^([xy])-axis\b.*?(-?[\d.]+)\s*-->\s*(-?[\d.]+)$/.exec(line);
    if (range) chart[range[1] === 'x' ? 'xRange' : 'yRange'] = [Number(range[2]), Number(range[3])];
  }
  return chart;
}

/** The vertices of an SVG path made of M and L commands (d3's linear curve). */
export function pathPoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  const number = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?`;
  const command = new RegExp(String.raw`[ML]\s*(${number})[\s,]+(${number})`, 'gi');
  for (const match of d.matchAll(command)) points.push([Number(match[1]), Number(match[2])]);
  return points;
}

/** A CSS colour as the browser computes it: rgb(r, g, b) or rgba(r, g, b, a). */
export function parseRgb(colour: string): Rgb | undefined {
  const match = /^rgba?\(\s*(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)/.exec(colour);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

/** WCAG 2 contrast ratio of two colours (1 to 21). */
export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((channel) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Everything wrong with one drawn chart; empty when it shows what its source says. */
export function chartProblems(chart: DrawnChart): string[] {
  const where = `${chart.theme} theme`;
  if (chart.error) return [`${where}: Mermaid error: ${chart.error}`];
  if (!chart.svg) return [`${where}: no SVG`];
  const problems: string[] = [];
  if (chart.errorElements > 0) problems.push(`${where}: the SVG holds Mermaid's error mark`);
  const source = parseXyChart(chart.source);
  if (source.plots.length === 0) return problems;
  if (chart.plots.length !== source.plots.length)
    problems.push(`${where}: ${chart.plots.length} series drawn, ${source.plots.length} in the source`);
  const background = parseRgb(chart.background);
  if (!background) problems.push(`${where}: chart background ${chart.background} is not a colour`);
  const xs = chart.plots[0]?.points.map(([x]) => x) ?? [];
  for (const [index, plot] of chart.plots.entries()) {
    const name = `${where}, series ${index + 1} (${plot.kind})`;
    const expected = source.plots[index];
    if (!expected) continue;
    if (plot.kind !== expected.kind)
      problems.push(`${name}: drawn as ${plot.kind}, source says ${expected.kind}`);
    if (plot.points.length !== expected.values.length)
      problems.push(`${name}: ${plot.points.length} points drawn, ${expected.values.length} in the source`);
    const colour = parseRgb(plot.colour);
    if (!colour) problems.push(`${name}: colour ${plot.colour} does not parse`);
    else if (background && contrast(colour, background) < minContrast)
      problems.push(
        `${name}: colour ${plot.colour} on background ${chart.background} has contrast ${contrast(colour, background).toFixed(2)} < ${minContrast}`,
      );
    if (plot.points.some(([x], at) => Math.abs(x - (xs[at] ?? Number.NaN)) > 0.5))
      problems.push(`${name}: points not at the same times as the first series`);
    problems.push(...spacingProblems(name, plot.points), ...valueProblems(name, plot, expected));
  }
  problems.push(...timeAxisProblems(where, chart, source), ...failMarkProblems(where, chart, source));
  return problems;
}

/**
 * The FAIL marks (the series in the FAIL colour) show where no series drawn after them has the same value;
 * each one that shows must be drawn on the canary's point of that time: the rate that failed, not above it.
 */
function failMarkProblems(where: string, chart: DrawnChart, source: SourceChart): string[] {
  const drawnIn = (hex: string) => chart.plots.findIndex((plot) => sameColour(plot.colour, hex));
  const marks = drawnIn(chartColours.fail);
  if (marks < 0) return [];
  const canary = drawnIn(chartColours.canary);
  if (canary < 0) return [`${where}: FAIL marks without a canary series`];
  const [markValues, canaryValues] = [source.plots[marks]?.values ?? [], source.plots[canary]?.values ?? []];
  const [markPoints, canaryPoints] = [chart.plots[marks]!.points, chart.plots[canary]!.points];
  const problems: string[] = [];
  for (const [at, value] of markValues.entries()) {
    // Hidden there under a line drawn after the marks.
    if (source.plots.slice(marks + 1).some((plot) => plot.values[at] === value)) continue;
    const [[x, y], [canaryX, canaryY]] = [markPoints[at] ?? [NaN, NaN], canaryPoints[at] ?? [NaN, NaN]];
    const what = `${where}: FAIL mark at point ${at + 1} (${value}, canary ${canaryValues[at]})`;
    if (canaryY - y > 0.5)
      problems.push(`${what} is drawn ${(canaryY - y).toFixed(1)} px above the canary's point`);
    else if (!(Math.abs(x - canaryX) <= 0.5 && Math.abs(y - canaryY) <= 0.5))
      problems.push(`${what} is not drawn on the canary's point`);
  }
  return problems;
}

function sameColour(drawn: string, hex: string): boolean {
  const [rgb, expected] = [
    parseRgb(drawn),
    [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)),
  ];
  return expected.every((channel, index) => rgb?.[index] === channel);
}

/** A link that cannot be read: no text (an image or a badge), or text too close to its background. */
export function linkProblems(link: DrawnLink): string[] {
  const name = `${link.theme} theme, link "${link.text}" (${link.href})`;
  if (link.texts.length === 0) return [`${name}: shows no text`];
  return link.texts.flatMap(({ colour, background }) => {
    const [text, behind] = [parseRgb(colour), parseRgb(background)];
    if (!text || !behind) return [`${name}: colour ${colour} on ${background} does not parse`];
    const ratio = contrast(text, behind);
    return ratio < minTextContrast
      ? [`${name}: colour ${colour} on ${background} has contrast ${ratio.toFixed(2)} < ${minTextContrast}`]
      : [];
  });
}

/** The time each point of the source stands for, read off its x-axis. */
function pointTimes(source: SourceChart): number[] {
  const count = source.plots[0]?.values.length ?? 0;
  if (source.xRange) {
    const [min, max] = source.xRange;
    return Array.from({ length: count }, (_, index) => min + ((max - min) * index) / Math.max(1, count - 1));
  }
  return (source.xCategories ?? []).map(Number);
}

/**
 * Time-true: the drawn x-axis labels are numbers on one linear scale, and each point sits where that scale
 * puts its time. A categorical axis of times fails here: its labels are evenly spaced whatever their values.
 */
function timeAxisProblems(where: string, chart: DrawnChart, source: SourceChart): string[] {
  const ticks = chart.xTicks.map((tick) => ({ value: Number(tick.text), x: tick.x }));
  if (ticks.length < 2 || ticks.some((tick) => !Number.isFinite(tick.value)))
    return [
      `${where}: x-axis labels ${chart.xTicks.map((tick) => tick.text).join(', ')} are not a numeric time scale`,
    ];
  const first = ticks[0]!;
  const last = ticks.at(-1)!;
  if (last.value === first.value) return [`${where}: x-axis labels do not span any time`];
  const xOf = (value: number) =>
    first.x + ((value - first.value) * (last.x - first.x)) / (last.value - first.value);
  const offScale = ticks.find((tick) => Math.abs(xOf(tick.value) - tick.x) > 1);
  if (offScale) return [`${where}: x-axis label ${offScale.value} is not where a linear time scale puts it`];
  const times = pointTimes(source);
  const points = chart.plots[0]?.points ?? [];
  const off = points.findIndex(([x], index) => !(Math.abs(xOf(times[index] ?? Number.NaN) - x) <= 1));
  return off >= 0 ? [`${where}: point ${off + 1} is not drawn at its time ${times[off]}`] : [];
}

/** Time-true: equal gaps between consecutive points (a regular grid). */
function spacingProblems(name: string, points: [number, number][]): string[] {
  const gaps = points.slice(1).map(([x], index) => x - points[index]![0]);
  if (gaps.length === 0) return [];
  const smallest = Math.min(...gaps);
  const largest = Math.max(...gaps);
  return smallest <= 0 || largest - smallest > 0.5
    ? [`${name}: gaps between points range from ${smallest.toFixed(2)} to ${largest.toFixed(2)} px`]
    : [];
}

/** Each point's height is the same linear function of its value (lines are drawn at their values). */
function valueProblems(name: string, plot: DrawnPlot, expected: SourcePlot): string[] {
  if (plot.kind !== 'line' || plot.points.length !== expected.values.length) return [];
  const low = expected.values.indexOf(Math.min(...expected.values));
  const high = expected.values.indexOf(Math.max(...expected.values));
  const [lowValue, highValue] = [expected.values[low]!, expected.values[high]!];
  const [lowY, highY] = [plot.points[low]![1], plot.points[high]![1]];
  if (highValue > lowValue && highY >= lowY) return [`${name}: higher values are not drawn higher`];
  const perUnit = highValue > lowValue ? (highY - lowY) / (highValue - lowValue) : 0;
  const off = expected.values.findIndex(
    (value, index) => Math.abs(lowY + (value - lowValue) * perUnit - plot.points[index]![1]) > 0.5,
  );
  return off >= 0 ? [`${name}: point ${off + 1} (${expected.values[off]}) is not drawn at its value`] : [];
}
