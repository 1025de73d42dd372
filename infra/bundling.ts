import { relative } from 'node:path';
import { AssetHashType, DockerImage } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { type BuildOptions, buildSync } from 'esbuild';

/**
 * How every handler is bundled. Split into chunks: code reached only through `import()` (each router with its
 * SDK client, the SDK's credential providers a Lambda never uses) is its own file, loaded when first used, so
 * a cold start loads its deployment's router and nothing of the others. Split for every handler: bundled whole,
 * each would inline every router and credential provider (promote 438 KB against 324 KB split, hold 559 KB against
 * 446 KB, and slower to load). esbuild splits by file: a file the entry reaches that holds an import() makes its
 * targets chunks, and whatever they share with the entry part of every cold start, so a handler that never routes
 * must reach no such file (the budget test holds them to it). The SDK is bundled at the versions
 * tested here, not taken from the runtime. No require() shim: no dependency the handlers bundle calls require()
 * (the infra tests fail if one does), and a shim in each of some 30 chunks a cold start loads weighs 3 KB.
 */
export function esbuildOptions(entry: string, outdir: string, { linkedMaps = false } = {}): BuildOptions {
  return {
    entryPoints: { index: entry },
    outdir,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    mainFields: ['module', 'main'],
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    minify: true,
    // The maps ship beside the files either way (a handler maps its own errors' stacks through them); the
    // comment that links each file to its map serves only --enable-source-maps (the sourceMaps context).
    sourcemap: linkedMaps ? 'linked' : 'external',
    sourcesContent: false,
    logLevel: 'silent',
  };
}

/**
 * A handler's code as the construct deploys it: bundled on this machine (esbuild is a dependency of the
 * project) into index.mjs, its chunks and their maps; the asset is hashed from that output.
 */
export function handlerCode(entry: string, projectRoot: string, { linkedMaps = false } = {}): lambda.Code {
  return lambda.Code.fromAsset(projectRoot, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Never used: local bundling always succeeds or throws; CDK requires an image to be named.
      image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:24'),
      // CDK keys its bundling cache on these options, never on the local bundler: without the entry named here,
      // every handler of the stack would get the first one's bundle.
      environment: { HANDLER_ENTRY: relative(projectRoot, entry), LINKED_MAPS: String(linkedMaps) },
      local: {
        tryBundle(outputDir) {
          buildSync({ ...esbuildOptions(entry, outputDir, { linkedMaps }), absWorkingDir: projectRoot });
          return true;
        },
      },
    },
  });
}
