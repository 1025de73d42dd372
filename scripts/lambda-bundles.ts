import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, type CfnResource, Stack } from 'aws-cdk-lib';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { handlerNames } from '../infra/handlers.js';
import { buildOrchestratorApp } from '../infra/orchestrator-app.js';
import { buildClientFloor, handlerBundle } from './lambda-metafile.js';

/**
 * The Lambda bundles exactly as `cdk synth` builds them: synthesizes the orchestrator app (the seeds' context)
 * into a cloud assembly and prints, as one JSON line, each handler's asset directory, files and sizes, the
 * NODE_OPTIONS its function runs with, the SDK clients in its bundle, and a floor: a bundle of only those clients,
 * built with the same options. With `--keep DIR` the assembly and the floors stay in DIR (to time their start-up).
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
    const files = Object.fromEntries(
      readdirSync(assetDir).map((file) => [file, statSync(join(assetDir, file)).size]),
    );
    const environment = Stack.of(cfn).resolve((cfn as CfnFunction).environment) as {
      variables?: Record<string, unknown>;
    };
    const { clients } = await handlerBundle(handler);
    const floorDir = join(outdir, 'floors', handler);
    await buildClientFloor(clients, join(floorDir, 'index.mjs'));
    bundles.push({
      handler,
      assetDir,
      files,
      nodeOptions: String(environment.variables?.NODE_OPTIONS ?? ''),
      clients,
      floorDir,
      floorFiles: Object.fromEntries(
        readdirSync(floorDir).map((file) => [file, statSync(join(floorDir, file)).size]),
      ),
    });
  }
  console.log(JSON.stringify(bundles));
} finally {
  if (keep < 0) rmSync(outdir, { recursive: true, force: true });
}
