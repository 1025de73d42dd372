import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type LocalStack, startLocalStack } from '../../local/index.js';
import { type HandlerBundle, handlerBundle } from '../../scripts/lambda-metafile.js';
import { scenarioFile } from '../e2e/harness.js';
import { seedDocument } from '../orchestrator/fixtures.js';
import { runNode } from '../support/run-node.js';

// The rollback and check Lambdas as the construct bundles them (split into chunks), each run by Node in a process
// of its own against the local stack: what a cold start loads, and that it does the work from those chunks.
let stack: LocalStack;
let dir: string;
let checkDir: string;
let checkBundle: HandlerBundle;

beforeAll(async () => {
  stack = await startLocalStack({ scenario: scenarioFile });
  dir = await mkdtemp(join(tmpdir(), 'bundled-rollback-'));
  await handlerBundle('rollback', dir);
  checkDir = await mkdtemp(join(tmpdir(), 'bundled-check-'));
  checkBundle = await handlerBundle('check', checkDir);
}, 60_000);

afterAll(async () => {
  await stack?.stop();
  for (const path of [dir, checkDir]) if (path) await rm(path, { recursive: true, force: true });
});

const preload = pathToFileURL(resolve('__tests__/support/loaded-files.mjs')).href;

async function invoke(bundleDir: string, event: unknown) {
  const entry = pathToFileURL(join(bundleDir, 'index.mjs')).href;
  const script = [
    `const { handler } = await import(${JSON.stringify(entry)});`,
    `const result = await handler(${JSON.stringify(event)}, {});`,
    `console.log('RESULT ' + JSON.stringify(result));`,
  ].join(' ');
  const run = await runNode('--import', [preload, '--input-type=module', '-e', script], {
    ...stack.env,
    POWERTOOLS_LOG_LEVEL: 'SILENT',
  });
  const loaded = [...run.stderr.matchAll(/^loaded (file:.+)$/gm)].map((match) => fileURLToPath(match[1]!));
  const result = /^RESULT (.+)$/m.exec(run.stdout)?.[1];
  return { run, loaded, result: result ? JSON.parse(result) : undefined };
}

describe('a route handler bundled as the construct bundles it', () => {
  it('rolls back an App Mesh canary from its chunks, loading the App Mesh client and no other router’s', async () => {
    const { run, loaded, result } = await invoke(dir, {
      document: seedDocument(),
      failure: { Error: 'CanaryUnhealthy', Cause: 'a test of the bundle' },
    });
    expect(run.stderr).not.toMatch(/ERR_MODULE_NOT_FOUND|Cannot find/);
    expect(result).toMatchObject({ complete: true });
    expect(stack.calls.count('appmesh', 'DescribeRoute', 'client')).toBeGreaterThan(0);

    const bundleFiles = loaded.filter((file) => file.startsWith(dir));
    expect(bundleFiles.length).toBeGreaterThan(1);
    const code = (await Promise.all(bundleFiles.map((file) => readFile(file, 'utf8')))).join('\n');
    expect(code).toContain('@aws-sdk/client-app-mesh');
    expect(code).not.toContain('@aws-sdk/client-vpc-lattice');
    expect(code).not.toContain('@aws-sdk/client-elastic-load-balancing-v2');
  }, 60_000);
});

describe('a handler that never routes, bundled as the construct bundles it', () => {
  it('checks from exactly the files the budget test measures as its cold start', async () => {
    // The revision the local stack's canary service runs: the check judges only the version it registered.
    const seed = seedDocument();
    const document = {
      ...seed,
      canaryService: {
        ...seed.canaryService,
        newTaskDefinitionArn: 'arn:aws:ecs:us-west-2:123456789012:task-definition/taskBv2:1',
      },
    };
    const { run, loaded, result } = await invoke(checkDir, {
      document,
      progress: {
        stepIndex: 0,
        traffic: document.snapshot,
        bake: { checks: 0, elapsedSeconds: 0, passes: 0 },
        counters: { failuresSinceLastPass: 0, inconclusiveSinceLastPass: 0 },
        decision: 'bake',
        reason: '',
      },
    });
    expect(run.stderr).not.toMatch(/ERR_MODULE_NOT_FOUND|Cannot find/);
    expect(result).toMatchObject({ stepIndex: 0, lastCheck: { weight: 25 } });
    expect(stack.calls.count('cloudwatch', 'DescribeAlarms', 'client')).toBeGreaterThan(0);

    // The budget test's cold start (read from the metafile) is what Node loads at the first invocation.
    const [coldStart, ...more] = checkBundle.coldStarts;
    expect(more).toEqual([]);
    const bundleFiles = loaded
      .filter((file) => file.startsWith(checkDir))
      .map((file) => file.slice(checkDir.length + 1));
    expect(bundleFiles.sort()).toEqual([...coldStart!.files].sort());
  }, 60_000);
});
