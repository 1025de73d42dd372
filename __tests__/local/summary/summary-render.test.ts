import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  mermaidBlocks,
  openSummaryRenderer,
  type SummaryRenderer,
} from '../../../local/summary/render-summary.js';
import { chartProblems, linkProblems } from '../../../local/summary/summary-checks.js';
import { chartColours } from '../../../src/report/canary-chart.js';
import { canarySummaryMarkdown, consoleUrlOf } from '../../../src/report/canary-summary.js';
import { timelineOf } from '../../../src/report/timeline.js';
import { seedDocument } from '../../modes/fixtures.js';
import { HistoryBuilder } from '../../modes/history.js';

/** The checks of the job-summary test, on charts known to be good and known to be bad. One browser. */
let renderer: SummaryRenderer;
const folder = mkdtempSync(join(tmpdir(), 'appmesh-canary-summary-render-'));

function fenced(source: string): string {
  return ['```mermaid', source, '```', ''].join('\n');
}

describe('drawing a job summary in Chromium with Mermaid', () => {
  beforeAll(async () => {
    renderer = await openSummaryRenderer();
  });

  afterAll(async () => {
    await renderer?.close();
  });

  it('draws both charts of a rolled-back canary, in both themes, as their source says', async () => {
    const history = new HistoryBuilder(seedDocument())
      .shift(0)
      .check(0, 'PASS', { pct: 0.2, requests: 1204 }, 0.1)
      .check(0, 'FAIL', { pct: 4.8, requests: 2013 }, 0.2)
      .rollback()
      .failed('HealthCheckFailed', 'canary 4.8% 5xx');
    const markdown = canarySummaryMarkdown({
      route: 'serviceB',
      executionArn: 'arn',
      consoleUrl: 'url',
      entries: timelineOf(history.events).entries,
    });
    const rendered = await renderer.render(markdown, join(folder, 'rolled-back.png'));
    expect(rendered.blocks).toHaveLength(2);
    expect(rendered.charts.map((chart) => chart.theme)).toEqual(['default', 'default', 'dark', 'dark']);
    expect(rendered.charts.flatMap(chartProblems)).toEqual([]);
    const [weight, errors] = rendered.charts;
    expect(weight!.plots.map((plot) => plot.points.length)).toEqual([65]);
    expect(errors!.plots.map((plot) => plot.points.length)).toEqual([65, 65, 65]);
    // The FAIL mark shows (off the stable line, drawn over it) and sits on the canary's point.
    const [canary, marks, stable] = errors!.plots.map((plot) => plot.points);
    const shown = marks!.findIndex(([, y], at) => y !== stable![at]![1]);
    expect(shown).toBeGreaterThan(0);
    expect(marks![shown]).toEqual(canary![shown]);
  });

  it('draws every link of a summary in the colour GitHub gives links, readable in both themes', async () => {
    const executionArn =
      'arn:aws:states:us-west-2:123456789012:execution:appmesh-canary:serviceB-0000002-20261206T060425Z';
    const history = new HistoryBuilder(seedDocument())
      .shift(0)
      .check(0, 'FAIL', { pct: 4.8, requests: 2013 }, 0.2)
      .rollback()
      .failed('HealthCheckFailed', 'canary 4.8% 5xx');
    const markdown = canarySummaryMarkdown({
      route: 'serviceB',
      executionArn,
      consoleUrl: consoleUrlOf(executionArn),
      entries: timelineOf(history.events).entries,
    });
    const rendered = await renderer.render(markdown, join(folder, 'links.png'));
    expect(rendered.links.map((link) => [link.theme, link.text, link.href])).toEqual([
      ['default', executionArn, consoleUrlOf(executionArn)],
      ['dark', executionArn, consoleUrlOf(executionArn)],
    ]);
    expect(rendered.links.flatMap((link) => link.texts.map((text) => text.colour))).toEqual([
      'rgb(9, 105, 218)',
      'rgb(68, 147, 248)',
    ]);
    expect(rendered.links.flatMap(linkProblems)).toEqual([]);
  });

  it('finds what was wrong with the former chart: a near-white line, labels evenly spaced whatever the time', async () => {
    const former = [
      'xychart-beta',
      '  title "Canary weight (%)"',
      '  x-axis "minutes since start" ["0.0", "0.3", "0.6", "3.7", "5.0"]',
      '  y-axis "canary %" 0 --> 100',
      '  line [25, 25, 50, 50, 0]',
    ].join('\n');
    const rendered = await renderer.render(fenced(former), join(folder, 'former.png'));
    const [light, dark] = rendered.charts.map(chartProblems);
    expect(light).toContainEqual(
      expect.stringMatching(/^default theme, series 1 \(line\): colour .* contrast 1\.\d+ < 3$/),
    );
    expect(light).toContainEqual('default theme: x-axis label 0.3 is not where a linear time scale puts it');
    expect(dark).toContainEqual('dark theme: x-axis label 0.3 is not where a linear time scale puts it');
  });

  it("finds a FAIL mark drawn above the canary's point: the former spike to the top of the axis", async () => {
    const palette = [chartColours.fail, chartColours.stable, chartColours.canary].join(', ');
    const former = [
      `%%{init: {"themeVariables":{"xyChart":{"plotColorPalette":"${palette}"}}}}%%`,
      'xychart-beta',
      '  x-axis "minutes since start" 0 --> 0.125',
      '  y-axis "5xx %" 0 --> 8',
      '  line [0, 0, 0, 8, 5]',
      '  line [0, 0, 0, 0.1, 0.1]',
      '  line [0, 0, 0, 5, 5]',
    ].join('\n');
    const rendered = await renderer.render(fenced(former), join(folder, 'fail-above-canary.png'));
    for (const chart of rendered.charts)
      expect(chartProblems(chart)).toEqual([
        expect.stringMatching(
          new RegExp(
            `^${chart.theme} theme: FAIL mark at point 4 \\(8, canary 5\\) is drawn \\d+\\.\\d px above the canary's point$`,
          ),
        ),
      ]);
  });

  it('finds repeated time labels collapsed into one place', async () => {
    const repeated = [
      'xychart-beta',
      '  x-axis ["0.0", "1.2", "1.2", "2.4"]',
      '  y-axis 0 --> 100',
      '  line [25, 25, 50, 0]',
    ].join('\n');
    const [light] = (await renderer.render(fenced(repeated), join(folder, 'repeated.png'))).charts;
    expect(chartProblems(light!)).toContainEqual(
      expect.stringMatching(/gaps between points range from 0\.00/),
    );
  });

  it('reports a Mermaid syntax error instead of a chart', async () => {
    const broken = 'xychart-beta\n  line [25, oops]';
    const [light] = (await renderer.render(fenced(broken), join(folder, 'broken.png'))).charts;
    expect(light!.svg).toBe(false);
    expect(chartProblems(light!)).toEqual([expect.stringMatching(/^default theme: Mermaid error: .+/)]);
  });
});

describe('the links of a summary', () => {
  const link = { href: 'https://example.com', text: 'the execution' };

  it("finds a link drawn in the browser's own blue on GitHub's dark page, and one without text", () => {
    const dark = {
      ...link,
      theme: 'dark',
      texts: [{ colour: 'rgb(0, 0, 238)', background: 'rgb(13, 17, 23)' }],
    };
    expect(linkProblems(dark)).toEqual([
      'dark theme, link "the execution" (https://example.com): colour rgb(0, 0, 238) on rgb(13, 17, 23) has contrast 2.01 < 4.5',
    ]);
    expect(linkProblems({ ...link, text: '', theme: 'default', texts: [] })).toEqual([
      'default theme, link "" (https://example.com): shows no text',
    ]);
  });

  it('passes the colours GitHub gives links on its light and dark pages', () => {
    for (const [colour, background] of [
      ['rgb(9, 105, 218)', 'rgb(255, 255, 255)'],
      ['rgb(68, 147, 248)', 'rgb(13, 17, 23)'],
    ] as const)
      expect(linkProblems({ ...link, theme: 'any', texts: [{ colour, background }] })).toEqual([]);
  });
});

describe('the mermaid blocks of a summary', () => {
  it('are the fenced blocks whose language is mermaid, as a CommonMark parser reads them', () => {
    const markdown = [
      '```mermaid',
      'xychart-beta',
      '```',
      '',
      '````markdown',
      '```mermaid',
      'not a block: the content of another fence',
      '```',
      '````',
      '',
      '~~~ mermaid title',
      'pie',
      '~~~',
      '',
      '    ```mermaid',
      '    an indented code block',
      '    ```',
    ].join('\n');
    expect(mermaidBlocks(markdown)).toEqual(['xychart-beta\n', 'pie\n']);
  });
});
