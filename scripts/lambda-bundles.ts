import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, type CfnResource, Stack } from 'aws-cdk-lib';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { handlerNames } from '../infra/handlers.js';
import { buildOrchestratorApp } from '../infra/orchestrator-app.js';
import { buildClientFloors, handlerBundle } from './lambda-metafile.js';

/**
 * The Lambda bundles exactly as `cdk synth` builds them: synthesizes the orchestrator app (the seeds' context)
 * into a cloud assembly and prints, as one JSON line, each handler's asset directory and size, the NODE_OPTIONS
 * its function runs with, what a cold start on each router loads from it (read from esbuild's metafile), and
 * floors for its largest cold start: bundles of only the SDK clients that cold start loads, built with the same
 * options, whole and split. With `--keep DIR` the assembly and the floors stay in DIR (to time their start-up).
 */
const keep = process.argv.indexOf('--keep');
const outdir = keep > 0 ? process.argv[keep + 1]! : mkdtempSync(join(tmpdir(), 'appmesh-canary-synth-'));
try {
  const app = new App({
    outdir,
    context: {
      mesh: 'apps',
      cluster: 'apps',
      services: 'serviceB,serviceBv2',
      passRoles: 'arn:aws:iam::111122223333:role/taskB-task,arn:aws:iam::111122223333:role/taskB-execution',
      // As the cdk CLI sets it: each function names its asset directory.
      'aws:cdk:enable-asset-metadata': true,
    },
  });
  const { orchestrator } = buildOrchestratorApp(app);
  app.synth();
  const bundles = [];
  for (const handler of handlerNames) {
    const cfn = orchestrator.functions[handler].node.defaultChild as CfnResource;
    const assetDir = join(outdir, String(cfn.getMetadata('aws:asset:path')));
    const environment = Stack.of(cfn).resolve((cfn as CfnFunction).environment) as {
      variables?: Record<string, unknown>;
    };
    // Built again beside the asset, at the same depth: the maps' relative source paths, and so the chunks' hashed
    // names, are the asset's; every file the metafile names must be in the asset.
    const { assetBytes, coldStarts, largest } = await handlerBundle(
      handler,
      join(outdir, `metafile-${handler}`),
    );
    const missing = coldStarts
      .flatMap((start) => start.files)
      .filter((file) => !existsSync(join(assetDir, file)));
    if (missing.length > 0) throw new Error(`${handler}: ${missing.join(', ')} not in its asset ${assetDir}`);
    const floorDir = join(outdir, 'floors', handler);
    bundles.push({
      handler,
      assetDir,
      assetBytes,
      mapBytes: sizeOfMaps(assetDir),
      nodeOptions: String(environment.variables?.NODE_OPTIONS ?? ''),
      coldStarts,
      largest,
      floorDir,
      floors: await buildClientFloors(largest.clients, floorDir),
    });
  }
  console.log(JSON.stringify(bundles));
} finally {
  if (keep < 0) rmSync(outdir, { recursive: true, force: true });
}

/** Bytes of the source maps shipped beside a bundle's files. */
function sizeOfMaps(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.map'))
    .reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
}
