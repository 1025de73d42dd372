import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { buildOrchestratorApp } from '../../infra/orchestrator-app.js';
import { defaultExecutionTimeout } from '../../infra/props.js';
import { parseDurationSeconds } from '../../src/config/inputs.js';
import { handlersUnderTest, repoRoot } from './support/handlers.js';

// `npx cdk deploy` runs the same app from the repository root (cdk.json) and from infra/ (infra/cdk.json).
const cdkJsonFiles = ['cdk.json', join('infra', 'cdk.json')];

const handlers = handlersUnderTest();
const outdir = mkdtempSync(join(tmpdir(), 'appmesh-canary-cdk-json-'));
afterAll(() => {
  handlers.cleanup();
  rmSync(outdir, { recursive: true, force: true });
});

function contextOf(file: string): Record<string, unknown> {
  return (JSON.parse(readFileSync(join(repoRoot, file), 'utf8')) as { context: Record<string, unknown> })
    .context;
}

/** The state machine's TimeoutSeconds, synthesized as `cdk synth` would from that cdk.json (plus a router). */
function synthesizedTimeout(file: string): number {
  const app = new App({
    outdir: join(outdir, file.replace(/\W/g, '-')),
    context: {
      ...contextOf(file),
      mesh: 'apps',
      passRoles: 'arn:aws:iam::111122223333:role/taskB-task',
      ...(handlers.lambdasDir ? { lambdasDir: handlers.lambdasDir } : {}),
      // No stack is bundled: the Lambdas' code does not change the state machine.
      'aws:cdk:bundling-stacks': [],
    },
  });
  const { stack } = buildOrchestratorApp(app);
  const machines = Template.fromStack(stack).findResources('AWS::StepFunctions::StateMachine');
  const [machine] = Object.values(machines) as Array<{ Properties: { DefinitionString: string } }>;
  return (JSON.parse(machine!.Properties.DefinitionString) as { TimeoutSeconds: number }).TimeoutSeconds;
}

describe('cdk.json', () => {
  it('gives the same execution timeout whichever folder the app is synthesized from: the code default', () => {
    const timeouts = Object.fromEntries(cdkJsonFiles.map((file) => [file, synthesizedTimeout(file)]));
    const expected = defaultExecutionTimeout.toSeconds();
    expect(timeouts).toEqual(Object.fromEntries(cdkJsonFiles.map((file) => [file, expected])));
  }, 120_000);

  it('sets no default of its own: both files hold the same context', () => {
    expect(contextOf(join('infra', 'cdk.json'))).toEqual(contextOf('cdk.json'));
  });

  it('documents the code default in the infra/README.md table', () => {
    const readme = readFileSync(join(repoRoot, 'infra', 'README.md'), 'utf8');
    const row = readme.split('\n').find((line) => line.startsWith('| `executionTimeout` |'));
    const documented = row?.split('|').at(-2)?.trim() ?? '';
    expect(parseDurationSeconds('executionTimeout', documented)).toBe(defaultExecutionTimeout.toSeconds());
  });
});
