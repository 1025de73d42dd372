import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, type CfnResource } from 'aws-cdk-lib';
import { handlerNames } from '../infra/handlers.js';
import { buildOrchestratorApp } from '../infra/orchestrator-app.js';

/**
 * The Lambda bundles exactly as `cdk synth` builds them: synthesizes the orchestrator app (the seeds' context)
 * into a temporary cloud assembly and prints, as one JSON line, each handler's asset files and sizes.
 */
const outdir = mkdtempSync(join(tmpdir(), 'appmesh-canary-synth-'));
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
  const bundles = handlerNames.map((handler) => {
    const cfn = orchestrator.functions[handler].node.defaultChild as CfnResource;
    const assetDir = join(outdir, String(cfn.getMetadata('aws:asset:path')));
    const files = Object.fromEntries(
      readdirSync(assetDir).map((file) => [file, statSync(join(assetDir, file)).size]),
    );
    return { handler, files };
  });
  console.log(JSON.stringify(bundles));
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
