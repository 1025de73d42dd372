#!/usr/bin/env node
// Bundles the Action (dist/index.js) and the CLI (dist/cli/index.js): ESM, minified, split so that each mode,
// command and SDK client is its own chunk, loaded when a run first reaches it. esbuild tree-shakes the SDK's ES
// modules, where ncc bundled their CommonJS builds whole.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** Handlers are ESM bundles; a CommonJS dependency that calls require() needs one defined. */
const requireShim =
  "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";

/**
 * Parts of the Actions toolkit that run nothing when loaded and that the Action never calls (the OIDC token
 * client and its HTTP stack, the platform probe), yet the toolkit's entry imports them: marked side-effect
 * free so that esbuild leaves them out when unused (undici alone is 400 KB a start would parse for nothing).
 */
const unusedToolkit = {
  name: 'unused-toolkit',
  setup(builder) {
    builder.onResolve(
      { filter: /^@actions\/(http-client|exec|io)(\/|$)|^\.\/(oidc-utils|platform)\.js$/ },
      async (args) => {
        if (
          args.pluginData === unusedToolkit ||
          (args.path.startsWith('.') && !/[/\\]@actions[/\\]core[/\\]/.test(args.importer))
        )
          return undefined;
        const resolved = await builder.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: unusedToolkit,
        });
        return resolved.errors.length > 0 ? resolved : { path: resolved.path, sideEffects: false };
      },
    );
  },
};

/** The options dist is built with; the bench builds its yardsticks with the same. */
export function distOptions(entry, outdir) {
  return {
    entryPoints: { index: entry },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    mainFields: ['module', 'main'],
    chunkNames: 'chunks/[name]-[hash]',
    minify: true,
    legalComments: 'none',
    banner: { js: requireShim },
    plugins: [unusedToolkit],
    logLevel: 'warning',
  };
}

/** Bundles one entry into outdir, an ES module package of its own. */
export async function bundle(entry, outdir) {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  await build(distOptions(entry, outdir));
  writeFileSync(join(outdir, 'package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`);
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  // Two builds, not one with two entries: a chunk shared by both would make each start load the other's code.
  await bundle('src/index.ts', 'dist');
  await bundle('src/cli.ts', 'dist/cli');
}
