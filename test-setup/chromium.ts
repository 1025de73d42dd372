import { existsSync } from 'node:fs';
import { type BrowserServer, chromium } from 'playwright-core';
import { chromiumFlags, chromiumPath, sharedChromiumVariable } from '../local/summary/render-summary.js';

/**
 * One Chromium for the whole test run, which every test file that draws job summaries connects to (its own
 * page each), instead of one browser per file. Jest's workers start after the global setup and inherit its
 * environment. Without Chromium installed nothing starts, and those files say what to install.
 */
const running = globalThis as { sharedChromium?: BrowserServer };

export async function startSharedChromium(): Promise<void> {
  if (!existsSync(chromiumPath) || process.env[sharedChromiumVariable]) return;
  running.sharedChromium = await chromium.launchServer({
    executablePath: chromiumPath,
    args: chromiumFlags,
    headless: true,
  });
  process.env[sharedChromiumVariable] = running.sharedChromium.wsEndpoint();
}

export async function stopSharedChromium(): Promise<void> {
  await running.sharedChromium?.close();
  delete running.sharedChromium;
}
