import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from '@jest/globals';

import { runNode } from '../support/run-node.js';

const entry = resolve('dist/cli/index.js');
const preload = pathToFileURL(resolve('__tests__/support/loaded-files.mjs')).href;

/** The files a CLI command line loads, as the committed bundle runs it. */
async function loadedBy(args: string[]) {
  const run = await runNode('--import', [preload, entry, ...args], {});
  expect(run.code).toBe(0);
  return [...run.stderr.matchAll(/^loaded (.+)$/gm)].map((match) => match[1]);
}

describe('CLI start-up', () => {
  it.each([[['--help']], [['deploy', '--help']], [['analyze', '--help']]])(
    '%j loads what --version loads: no command code',
    async (args) => {
      expect(await loadedBy(args)).toEqual(await loadedBy(['--version']));
    },
  );

  it('--version loads the entry and its own small chunks, no SDK', async () => {
    const files = await loadedBy(['--version']);
    expect(files[0]).toBe(pathToFileURL(entry).href);
    let bytes = 0;
    for (const file of files) {
      const code = await readFile(fileURLToPath(file!), 'utf8');
      bytes += code.length;
      // Every SDK client carries its user agent's name.
      expect(code).not.toContain('aws-sdk-js');
    }
    expect(bytes).toBeLessThan(150 * 1024);
  });
});
