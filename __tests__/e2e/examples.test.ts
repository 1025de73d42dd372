import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import type { LocalStack } from '../../local/index.js';
import { canaryShare, routerView, scenarioFiles } from '../../local/runs/router-view.js';
import { seedNames } from '../../local/seed/seed.js';
import { action, e2eStack, imageOf } from './harness.js';
import { itDrawsEveryJobSummary } from './job-summaries.js';

/**
 * The router examples run as written: the canary step's `with:` of examples/deploy-lattice.yml and
 * examples/deploy-alb.yml, through the real bundle against the local stack seeded with that router. Only what
 * GitHub fills in differs: the built image (steps.build.outputs.image), the token, and the API behind it (a
 * stand-in that records the deployment). The job's region and every ARN in the file are the stack's.
 */
interface Step {
  uses?: string;
  with?: Record<string, string | number | boolean>;
}

let github: Server;
let apiUrl: string;
const received: string[] = [];
const timeout = 120_000;

beforeAll(async () => {
  github = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      received.push(`${request.method} ${request.url}`);
      const created = request.method === 'POST';
      response.writeHead(created ? 201 : 200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(created ? { id: 7 } : []));
    });
  });
  await new Promise<void>((resolve) => github.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(github.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => github?.close(resolve));
});

/** The job's steps of an example workflow. */
function stepsOf(file: string): Step[] {
  const workflow = parse(readFileSync(file, 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
  return Object.values(workflow.jobs).flatMap((job) => job.steps);
}

/** The inputs GitHub passes: every value a string, each expression replaced by what the runner gives it. */
function inputsOf(step: Step, expressions: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(step.with ?? {}).map(([name, value]) => [
      name,
      String(value).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
        const given = expressions[expression];
        if (given === undefined) throw new Error(`${name}: no value for the expression ${expression}`);
        return given;
      }),
    ]),
  );
}

describe.each([
  ['examples/deploy-lattice.yml', 'vpc-lattice'],
  ['examples/deploy-alb.yml', 'alb'],
] as const)('%s', (file, router) => {
  let stack: LocalStack;

  beforeAll(async () => {
    stack = await e2eStack(200, scenarioFiles[router]);
  });

  afterEach(() => {
    received.length = 0;
  });

  afterAll(async () => {
    await stack?.settled();
    await stack?.stop();
  });

  it(
    'promotes a healthy version with the inputs as written',
    async () => {
      const steps = stepsOf(file);
      const canary = steps.find((step) => step.uses?.startsWith('org/appmesh-canary@'))!;
      const credentials = steps.find((step) =>
        step.uses?.startsWith('aws-actions/configure-aws-credentials@'),
      );
      expect(credentials?.with?.['aws-region']).toBe(stack.region);
      expect(canary.with?.['state-machine-arn']).toBe(stack.stateMachineArn);
      expect(canary.with?.router).toBe(router);
      // The workspace holds what the workflow checked out: the app-only task definition it names.
      const workspace = mkdtempSync(join(tmpdir(), 'appmesh-canary-workspace-'));
      mkdirSync(join(workspace, 'ecs'));
      copyFileSync('examples/taskB.json', join(workspace, String(canary.with?.['task-definition'])));
      const image = imageOf(stack, '2.0.0');
      const view = routerView(stack, router);
      const before = view.weightsAt();
      const mark = view.writeCount();

      const run = await action(
        stack,
        inputsOf(canary, { 'steps.build.outputs.image': image, 'github.token': 'test-token' }),
        { workspace, env: { GITHUB_API_URL: apiUrl } },
      );
      await stack.settled();

      expect(run.stdout.split('\n').filter((line) => line.startsWith('::error::'))).toEqual([]);
      expect(run.code).toBe(0);
      expect(run.outputs.status).toBe('SUCCEEDED');
      expect(view.writesSince(mark).map((write) => canaryShare(write.weights, view))).toEqual([
        25, 50, 100, 0,
      ]);
      expect(view.weightsAt()).toEqual(before);
      expect(stack.service(seedNames.stableService).image).toBe(image);
      expect(stack.service(seedNames.canaryService).desiredCount).toBe(0);
      expect(received).toEqual([
        'POST /repos/example/serviceb/deployments',
        'POST /repos/example/serviceb/deployments/7/statuses',
        'POST /repos/example/serviceb/deployments/7/statuses',
      ]);
    },
    timeout,
  );
});

describe('examples/hooks/deploy-with-hooks.yml', () => {
  let stack: LocalStack;

  beforeAll(async () => {
    stack = await e2eStack(200, scenarioFiles['app-mesh']);
  });

  afterAll(async () => {
    await stack?.settled();
    await stack?.stop();
  });

  const runExample = async (tag: string) => {
    const canary = stepsOf('examples/hooks/deploy-with-hooks.yml').find((step) =>
      step.uses?.startsWith('org/appmesh-canary@'),
    )!;
    expect(canary.with?.['state-machine-arn']).toBe(stack.stateMachineArn);
    const workspace = mkdtempSync(join(tmpdir(), 'appmesh-canary-workspace-'));
    mkdirSync(join(workspace, 'ecs'));
    copyFileSync('examples/taskB.json', join(workspace, String(canary.with?.['task-definition'])));
    const run = await action(
      stack,
      inputsOf(canary, { 'steps.build.outputs.image': imageOf(stack, tag), 'github.token': 'test-token' }),
      { workspace, env: { GITHUB_API_URL: apiUrl } },
    );
    await stack.settled();
    return run;
  };

  it(
    'promotes a healthy version past its smoke hook on test traffic and at each step, with the inputs as written',
    async () => {
      const run = await runExample('2.0.0');
      expect(run.stdout.split('\n').filter((line) => line.startsWith('::error::'))).toEqual([]);
      expect(run.outputs.status).toBe('SUCCEEDED');
      expect(run.stdout).toMatch(
        /hook test-traffic \S+function:canary-smoke: SUCCEEDED after .* 10 smoke requests passed/,
      );
      expect(
        run.stdout.match(/hook after-shift \(step \d\) \S+function:canary-smoke: SUCCEEDED/g),
      ).toHaveLength(3);
    },
    timeout,
  );

  it(
    'rolls back a failing version at its smoke test, before any user request reaches it',
    async () => {
      const view = routerView(stack, 'app-mesh');
      const mark = view.writeCount();
      const run = await runExample('2.0.1-5xx');
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(
        /canary FAILED: HookFailed: hook test-traffic \S+function:canary-smoke FAILED: 10 of 10 smoke requests failed/,
      );
      expect(view.writesSince(mark)).toEqual([]);
    },
    timeout,
  );
});

itDrawsEveryJobSummary('examples.test.ts');
