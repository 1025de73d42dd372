import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  mermaidBlocks,
  openSummaryRenderer,
  type SummaryRenderer,
} from '../../../local/summary/render-summary.js';
import { chartProblems } from '../../../local/summary/summary-checks.js';
import { canarySummaryMarkdown } from '../../../src/report/canary-summary.js';
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
