import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { build } from 'esbuild';
import { esbuildOptions } from '../../infra/bundling.js';
import { runNode } from '../support/run-node.js';

// A handler-like bundle built as the construct builds them (split, minified, maps beside each file), whose code
// throws on a known line of a known file, in a chunk loaded on demand, and reports the error through mapStack.
let bundle: string;
let failing: string;

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'mapped-stack-'));
  failing = join(dir, 'failing.ts');
  await writeFile(
    failing,
    [
      '/** Fails on line 4, column 9. */',
      'export function fail(): never {',
      "  const reason = 'drift';",
      '  throw new Error(reason);',
      '}',
      '',
    ].join('\n'),
  );
  const entry = join(dir, 'entry.ts');
  await writeFile(
    entry,
    [
      `import { mapStack } from '${resolve('src/orchestrator/runtime/mapped-stack.ts')}';`,
      "const { fail } = await import('./failing.ts');",
      'try { fail(); } catch (error) { console.log(mapStack(error).stack); }',
    ].join('\n'),
  );
  // Linked as with -c sourceMaps=true, so that the --enable-source-maps case below finds the maps too.
  await build({
    ...esbuildOptions(entry, join(dir, 'out'), { linkedMaps: true }),
    absWorkingDir: resolve('.'),
  });
  bundle = join(dir, 'out', 'index.mjs');
}, 30_000);

const frameOf = (stack: string) => stack.split('\n')[1] ?? '';

describe('an error a handler reports', () => {
  it('names the source line that threw, read from the map beside the bundle, without --enable-source-maps', async () => {
    const run = await runNode(bundle, [], {});
    expect(run.code).toBe(0);
    expect(frameOf(run.stdout)).toMatch(/failing\.ts:4:9\)$/);
    expect(run.stdout).not.toMatch(/\.mjs:\d+:\d+/);
  });

  it('is left as Node writes it with --enable-source-maps', async () => {
    const run = await runNode('--enable-source-maps', [bundle], {});
    expect(frameOf(run.stdout)).toContain(`${failing}:4:9`);
  });

  it('keeps the bundle frames when no map is there', async () => {
    const copy = join(tmpdir(), `no-map-${process.pid}`);
    await cp(dirname(bundle), copy, { recursive: true, filter: (source) => !source.endsWith('.map') });
    const run = await runNode(join(copy, 'index.mjs'), [], {});
    expect(frameOf(run.stdout)).toContain(`${pathToFileURL(join(copy, 'chunks')).href}/`);
    await rm(copy, { recursive: true });
  });
});
