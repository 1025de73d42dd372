import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from '@jest/globals';
import { mermaidBlocks, openSummaryRenderer } from '../../local/summary/render-summary.js';
import { chartProblems, parseXyChart } from '../../local/summary/summary-checks.js';
import { jobSummaries } from './harness.js';

/** Where the PNG of each summary goes, one folder per test file. */
export function summaryPngFolder(file: string): string {
  return join(tmpdir(), 'appmesh-canary-e2e-summaries', file);
}

/**
 * The last test of an end-to-end file: draws every job summary its runs wrote, as GitHub shows them (Mermaid
 * 11 in headless Chromium, light and dark theme), and checks each chart against its source. One browser per
 * file. A run after this test would go unchecked: afterAll fails then.
 */
export function itDrawsEveryJobSummary(file: string): void {
  let drawn: number | undefined;
  it('draws the charts of every job summary these runs wrote, in Chromium with Mermaid', async () => {
    drawn = jobSummaries.length;
    const folder = summaryPngFolder(file);
    mkdirSync(folder, { recursive: true });
    const renderer = await openSummaryRenderer();
    const problems: string[] = [];
    let charts = 0;
    try {
      for (const summary of jobSummaries) {
        if (!summary.markdown.trim()) continue;
        const name = join(folder, summary.run.replace(/\W+/g, '-').replace(/-$/, ''));
        writeFileSync(`${name}.md`, summary.markdown);
        const png = `${name}.png`;
        const rendered = await renderer.render(summary.markdown, png);
        const where = `${summary.run}, ${png}`;
        // A canary that shifted (a row in the steps table) has its two charts, three when its checks judged
        // latency; one not started yet, none.
        const shifted = /^\| \d+ \| \d+% \|/m.test(summary.markdown);
        const expected = shifted ? (summary.markdown.includes('latency (ms) of the checks') ? 3 : 2) : 0;
        if (rendered.blocks.length !== expected)
          problems.push(`${where}: ${rendered.blocks.length} charts, ${expected} expected`);
        if (rendered.charts.length !== rendered.blocks.length * 2)
          problems.push(
            `${where}: ${rendered.charts.length} charts drawn for ${rendered.blocks.length} blocks`,
          );
        for (const chart of rendered.charts) {
          charts += 1;
          problems.push(...chartProblems(chart).map((problem) => `${where}: ${problem}`));
          const lengths = new Set(parseXyChart(chart.source).plots.map((plot) => plot.values.length));
          if (lengths.size > 1) problems.push(`${where}: series of different lengths ${[...lengths]}`);
        }
      }
    } finally {
      await renderer.close();
    }
    expect(problems).toEqual([]);
    expect(charts).toBeGreaterThan(0);
  }, 120_000);

  afterAll(() => {
    // Skipped (a run filtered by -t): nothing was drawn, so nothing went unchecked after it.
    if (drawn !== undefined && jobSummaries.length > drawn)
      throw new Error(
        `${jobSummaries.length - drawn} job summaries were written after the summary test ran: keep itDrawsEveryJobSummary last in ${file}`,
      );
  });
}

/** The series of a canary summary's charts (weight, 5xx, and latency when judged), as its markdown states them. */
export function canaryCharts(markdown: string) {
  const [weight, errors, latency, ...more] = mermaidBlocks(markdown).map((block) =>
    parseXyChart(block).plots.map((plot) => plot.values),
  );
  if (!weight || !errors || more.length > 0) throw new Error('a canary summary has two or three charts');
  const [canary5xx = [], failMarks = [], stable5xx = []] = errors;
  const [canaryMs = [], latencyFailMarks = [], stableMs = []] = latency ?? [];
  return {
    weight: weight[0] ?? [],
    failMarks,
    stable5xx,
    canary5xx,
    ...(latency ? { latency: { canaryMs, failMarks: latencyFailMarks, stableMs } } : {}),
  };
}

/** A series without its repeats: the steps it went through. */
export function levels(values: number[]): number[] {
  return values.filter((value, index) => index === 0 || value !== values[index - 1]);
}
