import { existsSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import { type Browser, chromium } from 'playwright-core';
import { timed } from '../profile.js';
import {
  type DrawnChart,
  type DrawnLink,
  type DrawnPlot,
  linkProblems,
  pathPoints,
} from './summary-checks.js';

/**
 * A job summary as a person sees it on GitHub: the markdown rendered to HTML, each ```mermaid block drawn by
 * Mermaid 11 in headless Chromium, once in GitHub's light theme and once in its dark theme, side by side in
 * one PNG. Test and demo tool: Debian's chromium package and the mermaid package, nothing downloaded: the
 * page's origin is served from this process, any other request is refused.
 */

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The WebSocket endpoint of a Chromium shared by a whole test run (test-setup/chromium.ts starts it). */
export const sharedChromiumVariable = 'APPMESH_CANARY_TEST_CHROMIUM';
const bundledMermaid = fileURLToPath(new URL('../../node_modules/mermaid/dist/', import.meta.url));
const origin = 'http://summary.test';
const pageScript = fileURLToPath(new URL('summary-page.js', import.meta.url));

/** Flags that keep Chromium off the network and quiet (no updates, no sync, no first-run). */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** GitHub's themes: the Mermaid theme it draws with, and its page colours (links: its accent colour). */
const themes = [
  { mermaid: 'default', background: '#ffffff', text: '#1f2328', link: '#0969da', border: '#d1d9e0' },
  { mermaid: 'dark', background: '#0d1117', text: '#f0f6fc', link: '#4493f8', border: '#3d444d' },
];

export interface RenderedSummary {
  png: string;
  /** The ```mermaid blocks, exactly as a CommonMark parser reads them from the markdown. */
  blocks: string[];
  /** Each block as drawn, for each theme (light first). */
  charts: DrawnChart[];
  /** Each link as drawn, for each theme (light first). */
  links: DrawnLink[];
}

export interface SummaryRenderer {
  /** Rejects when a link cannot be read in either theme (after writing the PNG, to look at). */
  render(markdown: string, png: string): Promise<RenderedSummary>;
  close(): Promise<void>;
}

/** A chart as the page reports it: lines as their SVG path, bars as points. */
type PageChart = Omit<DrawnChart, 'plots'> & {
  plots: (Omit<DrawnPlot, 'points'> & { d?: string; points?: [number, number][] })[];
};

const markdownIt = new MarkdownIt({ html: true, linkify: true });

/** The contents of the fenced code blocks whose language is mermaid, as GitHub picks them out. */
export function mermaidBlocks(markdown: string): string[] {
  return markdownIt
    .parse(markdown, {})
    .filter((token) => token.type === 'fence' && isMermaid(token.info))
    .map((token) => token.content);
}

function isMermaid(info: string): boolean {
  return info.trim().split(/\s+/)[0] === 'mermaid';
}

/** The summary as HTML, each mermaid block replaced by a placeholder that names its index. */
function summaryHtml(markdown: string): string {
  const tokens = markdownIt.parse(markdown, {});
  let chart = 0;
  for (const token of tokens) {
    if (token.type === 'fence' && isMermaid(token.info)) {
      token.type = 'html_block';
      token.content = `<div class="chart" data-chart="${chart++}"></div>\n`;
    }
  }
  return markdownIt.renderer.render(tokens, markdownIt.options, {});
}

/** The summary once per theme, side by side. */
function sectionsHtml(markdown: string): string {
  const body = summaryHtml(markdown);
  return themes
    .map(
      (theme) =>
        `<section data-theme="${theme.mermaid}" style="background:${theme.background};color:${theme.text};--link:${theme.link};--border:${theme.border}">${body}</section>`,
    )
    .join('');
}

// Mermaid measures text in a scratch element at the end of <body>: body stays a plain block, as on GitHub.
const pageHtml = `<!doctype html><html><head><meta charset="utf-8"><style>
body { margin: 0; font: 14px/1.5 "Liberation Sans", Arial, sans-serif; }
main { display: flex; align-items: stretch; width: max-content; }
section { width: 860px; padding: 16px 24px; box-sizing: border-box; }
table { border-collapse: collapse; } th, td { border: 1px solid var(--border); padding: 4px 8px; }
a { color: var(--link); }
.chart svg { max-width: 100%; height: auto; }
</style></head><body></body></html>`;

/**
 * Starts Chromium, or connects to the one the test run shares; fails with what to install when it is missing. `mermaidDist` draws with another release
 * of Mermaid (the dist/ folder of its package), e.g. to find the oldest one the summary's syntax needs.
 */
export async function openSummaryRenderer(options: { mermaidDist?: string } = {}): Promise<SummaryRenderer> {
  if (!existsSync(chromiumPath))
    throw new Error(
      `Chromium not found at ${chromiumPath}: install the Debian package (apt-get install -y chromium); .ci/run does`,
    );
  const shared = process.env[sharedChromiumVariable];
  const browser: Browser = await timed('Chromium start-up', () =>
    shared
      ? chromium.connect(shared)
      : chromium.launch({ executablePath: chromiumPath, args: chromiumFlags, headless: true }),
  );
  try {
    return await timed('Chromium start-up', () =>
      summaryRenderer(browser, options.mermaidDist ?? bundledMermaid),
    );
  } catch (error) {
    await browser.close();
    throw error;
  }
}

async function summaryRenderer(browser: Browser, mermaidDist: string): Promise<SummaryRenderer> {
  // One page for every summary, Mermaid loaded once: its ES module build, whose diagrams load on demand,
  // starts several times faster than the 3.5 MB mermaid.min.js.
  const page = await browser.newPage({ viewport: { width: 1720, height: 600 } });
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== origin) return route.abort();
    if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: pageHtml });
    if (url.pathname === '/summary-page.js')
      return route.fulfill({ contentType: 'text/javascript', path: pageScript });
    const file = join(mermaidDist, normalize(url.pathname));
    if (!file.startsWith(mermaidDist) || !existsSync(file)) return route.fulfill({ status: 404 });
    return route.fulfill({ contentType: 'text/javascript', path: file });
  });
  await page.goto(`${origin}/`);
  await page.addScriptTag({
    type: 'module',
    content: "import mermaid from '/mermaid.esm.min.mjs'; globalThis.mermaid = mermaid;",
  });
  await page.addScriptTag({ url: '/summary-page.js' });
  await page.waitForFunction(
    () => 'mermaid' in globalThis && 'drawCharts' in globalThis && 'readLinks' in globalThis,
  );
  return {
    render: (markdown, png) => timed('drawing summaries', () => draw(markdown, png)),
    close: () => browser.close(),
  };

  async function draw(markdown: string, png: string): Promise<RenderedSummary> {
    const blocks = mermaidBlocks(markdown);
    const drawn = (await page.evaluate(
      ({ html, sources }) => {
        const page = globalThis as unknown as {
          document: { body: { innerHTML: string } };
          drawCharts: (sources: string[]) => unknown;
        };
        page.document.body.innerHTML = `<main>${html}</main>`;
        return page.drawCharts(sources);
      },
      { html: sectionsHtml(markdown), sources: blocks },
    )) as PageChart[];
    const links = (await page.evaluate(() =>
      (globalThis as unknown as { readLinks: () => unknown }).readLinks(),
    )) as DrawnLink[];
    await page.screenshot({ path: png, fullPage: true });
    // Checked here, so that every summary drawn is, charts or not (a canary not started yet has none).
    const unreadable = links.flatMap(linkProblems);
    if (unreadable.length > 0) throw new Error(`${png}: unreadable links: ${unreadable.join('; ')}`);
    const charts = drawn.map((chart) => ({
      ...chart,
      plots: chart.plots.map(({ d, points, ...plot }) => ({
        ...plot,
        points: points ?? pathPoints(d ?? ''),
      })),
    }));
    return { png, blocks, charts, links };
  }
}
