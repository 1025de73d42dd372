import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
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
  it.each([[['--version']], [['--help']], [['deploy', '--help']], [['analyze', '--help']]])(
    '%j loads the entry alone: no command code, no SDK',
    async (args) => {
      expect(await loadedBy(args)).toEqual([pathToFileURL(entry).href]);
    },
  );

  it('holds no SDK client in its entry: each command loads its clients when it runs', async () => {
    const code = await readFile(entry, 'utf8');
    // Every SDK client carries its user agent's name.
    expect(code).not.toContain('aws-sdk-js');
  });
});
