import { type BundlingOptions, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { BuildOptions } from 'esbuild';

/** Handlers are ESM bundles; a CommonJS dependency that calls require() needs one defined. */
export const requireShim =
  "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";

/** How every handler is bundled (NodejsFunction runs esbuild with these). */
export const handlerBundling = {
  format: OutputFormat.ESM,
  target: 'node24',
  mainFields: ['module', 'main'],
  // The SDK clients are bundled at the versions tested here, not taken from the runtime.
  externalModules: [],
  minify: true,
  sourceMap: true,
  sourcesContent: false,
  banner: requireShim,
} satisfies BundlingOptions;

/**
 * The same build through esbuild's API, for what reads a bundle's metafile (the bench, the budget test):
 * NodejsFunction passes exactly these flags to the esbuild CLI.
 */
export function esbuildOptions(entry: string, outfile: string): BuildOptions {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: handlerBundling.target,
    mainFields: [...handlerBundling.mainFields],
    minify: handlerBundling.minify,
    sourcemap: handlerBundling.sourceMap,
    sourcesContent: handlerBundling.sourcesContent,
    banner: { js: handlerBundling.banner },
    logLevel: 'silent',
  };
}
